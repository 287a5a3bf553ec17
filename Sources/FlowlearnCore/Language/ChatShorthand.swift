/// Expands the shorthand people type in chat ("ppl", "nxt", "mgr", "mn", "w/o") into the
/// words it stands for, so matching sees "people", "next", "manager", "mijn".
///
/// Prepositions written short ("ipv", "ivm", "mbt", "tov") stay as they are: they are stop words,
/// while written out their nouns ("in verband met", "ten opzichte van") would read as topics.
///
/// Works on normalised words as `TextNormalizer.words(_:)` produces them, so "m'n" arrives as
/// "m", "n" and "w/o" as "w", "o": those pairs are recognised too. Only unambiguous,
/// widely used abbreviations are listed; anything else is left alone.
public enum ChatShorthand {
    /// Normalised words with the shorthand expanded; other words unchanged, order kept.
    public static func expand(_ words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            let word = words[i]
            if i + 1 < words.count, let pair = pairs[word + " " + words[i + 1]] {
                result += pair
                i += 2
                continue
            }
            if let expansion = single[word] { result += expansion } else { result.append(word) }
            i += 1
        }
        return result
    }

    /// Two-word forms left by apostrophes and slashes.
    static let pairs: [String: [String]] = [
        "m n": ["mijn"], "z n": ["zijn"], "w o": ["without"], "b c": ["because"], "d m": ["dm"],
        "1 1": ["one", "on", "one"], "o o": ["out", "of", "office"],
    ]

    /// Single-word shorthand (English and Dutch chat).
    static let single: [String: [String]] = [
        // English
        "ppl": ["people"], "nxt": ["next"], "wk": ["week"], "wks": ["weeks"], "mgr": ["manager"],
        "mgmt": ["management"], "mtg": ["meeting"], "mtgs": ["meetings"], "msg": ["message"],
        "msgs": ["messages"], "convo": ["conversation"], "convos": ["conversations"], "pres": ["presentation"],
        "prez": ["presentation"], "preso": ["presentation"], "tmrw": ["tomorrow"], "tmr": ["tomorrow"],
        "2moro": ["tomorrow"], "yr": ["year"], "yrs": ["years"], "hrs": ["hours"], "mins": ["minutes"],
        "info": ["information"], "pw": ["password"], "pwd": ["password"], "passwd": ["password"],
        "acct": ["account"], "govt": ["government"], "dept": ["department"], "colleage": ["colleague"],
        "cust": ["customer"], "emp": ["employee"], "appt": ["appointment"], "req": ["request"],
        "reqs": ["requirements"], "approx": ["approximately"], "thru": ["through"], "tho": ["though"],
        "bc": ["because"], "cuz": ["because"], "b4": ["before"], "pic": ["picture"],
        "docs": ["documents"], "doc": ["document"], "eod": ["end", "of", "day"],
        "1on1": ["one", "on", "one"], "1o1": ["one", "on", "one"], "ooo": ["out", "of", "office"],
        "wfh": ["working", "from", "home"], "pto": ["paid", "time", "off"], "rly": ["really"],
        "ur": ["your"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "abt": ["about"],
        "smth": ["something"], "sth": ["something"], "wanna": ["want"], "gonna": ["going"],
        // Dutch
        "mn": ["mijn"], "zn": ["zijn"],
        "ff": ["even"], "mss": ["misschien"], "wss": ["waarschijnlijk"], "wrs": ["waarschijnlijk"],
        "gwn": ["gewoon"], "idd": ["inderdaad"], "evt": ["eventueel"], "vd": ["van", "de"],
        "vh": ["van", "het"], "zsm": ["zo", "snel", "mogelijk"], "ws": ["waarschijnlijk"],
        "collegas": ["collega"], "colega": ["collega"], "colegas": ["collega"],
        "vergad": ["vergadering"], "ovl": ["overleg"], "lg": ["leidinggevende"], "mdw": ["medewerker"],
        "mdws": ["medewerkers"],
    ]
}
