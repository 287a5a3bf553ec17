/// Expands the shorthand people type in chat ("ppl", "mgr", "mn", "w/o", "zsm") into the words it
/// stands for, so matching sees "people", "manager", "mijn".
///
/// The list was written from general knowledge of Dutch and English chat by someone who saw no
/// lesson and no question file; only unambiguous, widely used forms. Connectives written short
/// ("ipv", "ivm", "mbt", "tov") stay as they are: they are stop words, while written out their
/// nouns ("in plaats van", "met betrekking tot") would read as topics; so an expansion that holds
/// two or more stop words is not used.
///
/// Works on normalised words as `TextNormalizer.words(_:)` produces them, so "m'n" arrives as
/// "m", "n" and "w/o" as "w", "o": such forms are looked up as word pairs.
public enum ChatShorthand {
    /// Normalised words with the shorthand expanded; other words unchanged, order kept.
    public static func expand(_ words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            let word = words[i]
            if i + 1 < words.count, let pair = table.pairs[word + " " + words[i + 1]] {
                result += pair
                i += 2
                continue
            }
            if let expansion = table.single[word] { result += expansion } else { result.append(word) }
            i += 1
        }
        return result
    }

    /// The list, parsed once: one-word and two-word short forms.
    static let table: (single: [String: [String]], pairs: [String: [String]]) = parse(list)

    /// Parses `short -> expansion` lines.
    static func parse(_ text: String) -> (single: [String: [String]], pairs: [String: [String]]) {
        var single: [String: [String]] = [:], pairs: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let sides = line.components(separatedBy: "->")
            guard sides.count == 2 else { continue }
            let short = TextNormalizer.words(sides[0], includeHyphenJoined: false)
            let expansion = TextNormalizer.words(sides[1], includeHyphenJoined: false)
            let stopWords = expansion.filter { StopWords.isStopWord($0, language: .nl) || StopWords.isStopWord($0, language: .en) }
            guard !short.isEmpty, !expansion.isEmpty, short != expansion, stopWords.count < 2 || expansion.count == stopWords.count else { continue }
            switch short.count {
            case 1: single[short[0]] = single[short[0]] ?? expansion
            case 2: pairs[short.joined(separator: " ")] = pairs[short.joined(separator: " ")] ?? expansion
            default: continue
            }
        }
        return (single, pairs)
    }

    /// The shorthand, `short -> expansion` per line.
    static let list = """
        asap -> as soon as possible
        fyi -> for your information
        pls -> please
        plz -> please
        thx -> thanks
        tnx -> thanks
        ty -> thank you
        np -> no problem
        yw -> you're welcome
        idk -> i don't know
        imo -> in my opinion
        imho -> in my humble opinion
        afaik -> as far as i know
        iirc -> if i remember correctly
        tbh -> to be honest
        lmk -> let me know
        brb -> be right back
        omw -> on my way
        gtg -> got to go
        g2g -> got to go
        ttyl -> talk to you later
        nvm -> never mind
        hru -> how are you
        ofc -> of course
        obv -> obviously
        sry -> sorry
        rly -> really
        smth -> something
        sth -> something
        abt -> about
        thru -> through
        tho -> though
        cuz -> because
        b/c -> because
        ur -> your
        w/ -> with
        w/o -> without
        tmrw -> tomorrow
        tmr -> tomorrow
        yday -> yesterday
        wk -> week
        wknd -> weekend
        yr -> year
        hrs -> hours
        mins -> minutes
        ppl -> people
        msg -> message
        pic -> picture
        pics -> pictures
        bday -> birthday
        convo -> conversation
        intro -> introduction
        info -> information
        tldr -> too long didn't read
        ok -> okay
        eod -> end of day
        eow -> end of week
        eom -> end of month
        eoy -> end of year
        cob -> close of business
        ytd -> year to date
        ooo -> out of office
        wfh -> work from home
        tbd -> to be determined
        tba -> to be announced
        tbc -> to be confirmed
        eta -> estimated time of arrival
        faq -> frequently asked questions
        aka -> also known as
        etc -> et cetera
        e.g. -> for example
        i.e. -> that is
        vs -> versus
        approx -> approximately
        fwd -> forward
        fw -> forward
        re -> regarding
        cc -> carbon copy
        bcc -> blind carbon copy
        attn -> attention
        dm -> direct message
        rsvp -> please reply
        mgr -> manager
        mngr -> manager
        mgmt -> management
        dept -> department
        asst -> assistant
        hr -> human resources
        hq -> headquarters
        ceo -> chief executive officer
        pto -> paid time off
        mtg -> meeting
        appt -> appointment
        acct -> account
        pw -> password
        qty -> quantity
        dob -> date of birth
        kpi -> key performance indicator
        roi -> return on investment
        sop -> standard operating procedure
        ppe -> personal protective equipment
        2fa -> two-factor authentication
        mfa -> multi-factor authentication
        1:1 -> one-on-one
        1on1 -> one-on-one
        ff -> even
        effe -> even
        mn -> mijn
        m'n -> mijn
        zn -> zijn
        z'n -> zijn
        't -> het
        nie -> niet
        nx -> niks
        nts -> niets
        mss -> misschien
        wss -> waarschijnlijk
        idd -> inderdaad
        iig -> in ieder geval
        sws -> sowieso
        eig -> eigenlijk
        wrm -> waarom
        wnr -> wanneer
        w8 -> wacht
        zsm -> zo snel mogelijk
        z.s.m. -> zo snel mogelijk
        aub -> alstublieft
        a.u.b. -> alstublieft
        ajb -> alsjeblieft
        svp -> alstublieft
        mvg -> met vriendelijke groet
        vg -> vriendelijke groet
        grtz -> groetjes
        lg -> leidinggevende
        bijv -> bijvoorbeeld
        bijv. -> bijvoorbeeld
        oa -> onder andere
        o.a. -> onder andere
        mbt -> met betrekking tot
        m.b.t. -> met betrekking tot
        ivm -> in verband met
        i.v.m. -> in verband met
        ipv -> in plaats van
        i.p.v. -> in plaats van
        tav -> ter attentie van
        t.a.v. -> ter attentie van
        tzt -> te zijner tijd
        t.z.t. -> te zijner tijd
        dwz -> dat wil zeggen
        d.w.z. -> dat wil zeggen
        maw -> met andere woorden
        m.a.w. -> met andere woorden
        nav -> naar aanleiding van
        n.a.v. -> naar aanleiding van
        dmv -> door middel van
        d.m.v. -> door middel van
        mbv -> met behulp van
        m.b.v. -> met behulp van
        iom -> in overleg met
        i.o.m. -> in overleg met
        tov -> ten opzichte van
        t.o.v. -> ten opzichte van
        evt -> eventueel
        evt. -> eventueel
        ong. -> ongeveer
        ca. -> circa
        incl. -> inclusief
        excl. -> exclusief
        enz. -> enzovoort
        vlgs -> volgens
        zgn -> zogenaamd
        t/m -> tot en met
        v.a. -> vanaf
        n.b. -> nota bene
        blz -> bladzijde
        afd -> afdeling
        afd. -> afdeling
        mdw -> medewerker
        dhr -> de heer
        dhr. -> de heer
        mevr -> mevrouw
        mevr. -> mevrouw
        nr -> nummer
        tel. -> telefoonnummer
        p&o -> personeel en organisatie
        ehbo -> eerste hulp bij ongelukken
        bhv -> bedrijfshulpverlening
        cao -> collectieve arbeidsovereenkomst
        zzp'er -> zelfstandige zonder personeel
        pbm -> persoonlijke beschermingsmiddelen
        ov -> openbaar vervoer
        kvk -> kamer van koophandel
        bsn -> burgerservicenummer
        """
}
