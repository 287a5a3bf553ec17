import Foundation

/// Which side of a topic a question is on, for telling near-neighbour lessons apart: the
/// employee's or the manager's side of a review or an onboarding, recognising a threat before
/// it happens or reporting it after, giving feedback or receiving it.
///
/// Each ``Axis`` has two sides. A lesson declares a side by its `audience` (`managers`,
/// `employees`) or by a side word in its title ("Report a phishing e-mail", "Receive feedback",
/// "Prepare your own review", "… als leidinggevende"): this works for an organisation's own
/// lessons without any extra markup. A question shows a side by a cue ("my manager",
/// "mijn medewerker", "what now", "before clicking", "ask for feedback"). When a question shows
/// exactly one side of an axis, the lessons that declare only the other side rank lower (their
/// score is multiplied by ``RankingParameters/oppositeSideFactor``). Lessons that declare no
/// side of that axis, and the confidence of every lesson, are untouched: a cue moves the
/// preference between twins and nothing else.
struct SideCues: Sendable {
    /// A pair of opposite sides; side 0 and side 1 of axis `a` are bits `2a` and `2a + 1`.
    struct Axis: Sendable {
        var name: String
        /// Per side: phrases in a question that show it (tokens; a token ending in `*` is a
        /// prefix, `~` skips up to two words).
        var questionCues: [[String]]
        /// Per side: phrases in a lesson's title that declare it.
        var titleCues: [[String]]
        /// Per side: `audience` values that declare it.
        var audiences: [[String]]
    }

    /// A set of sides, one bit per side.
    typealias Mask = UInt32

    /// Per axis, per side: its name.
    let sideNames: [[String]]
    let axes: [[[[String]]]]   // per axis, per side: question cue patterns as token lists
    let titleAxes: [[[[String]]]]
    let audienceAxes: [[Set<String>]]

    init(axes: [Axis] = SideCues.builtIn) {
        self.sideNames = axes.map { axis in axis.name.split(separator: ":").last.map { $0.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [] }
        self.axes = axes.map { $0.questionCues.map { $0.map(SideCues.tokens) } }
        self.titleAxes = axes.map { $0.titleCues.map { $0.map(SideCues.tokens) } }
        self.audienceAxes = axes.map { $0.audiences.map { Set($0) } }
    }

    /// The sides `lesson` declares.
    func declared(by lesson: Microlearning) -> Mask {
        var mask: Mask = 0
        let title = Self.tokens(lesson.title)
        let audience = lesson.audience.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        for (a, sides) in titleAxes.enumerated() {
            for (s, patterns) in sides.enumerated() {
                let bit = Mask(1) << Mask(2 * a + s)
                if patterns.contains(where: { Self.occurs($0, in: title) }) { mask |= bit }
                if let audience, audienceAxes[a][s].contains(audience) { mask |= bit }
            }
        }
        return mask
    }

    /// The sides `question` shows.
    func shown(in question: String) -> Mask {
        let words = Self.tokens(question)
        var mask: Mask = 0
        for (a, sides) in axes.enumerated() {
            for (s, patterns) in sides.enumerated() where patterns.contains(where: { Self.occurs($0, in: words) }) {
                mask |= Mask(1) << Mask(2 * a + s)
            }
        }
        return mask
    }

    /// Readable names of the sides in `mask` (for explanations).
    func names(of mask: Mask) -> [String] {
        var result: [String] = []
        for (a, names) in sideNames.enumerated() {
            for (s, name) in names.enumerated() where mask & (Mask(1) << Mask(2 * a + s)) != 0 { result.append(name) }
        }
        return result
    }

    /// The sides to rank lower for a question that shows `shown`: per axis where exactly one
    /// side is shown, the other one.
    static func opposite(of shown: Mask) -> Mask {
        var result: Mask = 0
        var axis: Mask = 0
        while axis < 16 {
            let pair = (shown >> (2 * axis)) & 3
            if pair == 1 { result |= 2 << (2 * axis) } else if pair == 2 { result |= 1 << (2 * axis) }
            axis += 1
        }
        return result
    }

    /// Whether a lesson declaring `declared` is on the wrong side for a question showing `shown`:
    /// it declares an opposite side and not the shown one on that axis.
    static func isOpposite(declared: Mask, shown: Mask) -> Bool {
        let opposite = opposite(of: shown)
        guard declared & opposite != 0 else { return false }
        var axis: Mask = 0
        while axis < 16 {
            let pair: Mask = 3 << (2 * axis)
            if declared & opposite & pair != 0 && declared & shown & pair == 0 { return true }
            axis += 1
        }
        return false
    }

    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "*" || scalar == "~" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func occurs(_ pattern: [String], in words: [String]) -> Bool {
        guard let first = pattern.first else { return false }
        let prefix = first.hasSuffix("*") ? first.dropLast() : nil
        for start in words.indices {
            // Cheap test of the first token before the full match.
            if let prefix { guard words[start].hasPrefix(prefix) else { continue } } else if words[start] != first { continue }
            if matches(pattern, 0, words, start) { return true }
        }
        return false
    }

    private static func matches(_ pattern: [String], _ p: Int, _ words: [String], _ w: Int) -> Bool {
        if p == pattern.count { return true }
        let token = pattern[p]
        if token == "~" {
            for skip in 0...2 where w + skip <= words.count && matches(pattern, p + 1, words, w + skip) { return true }
            return false
        }
        guard w < words.count else { return false }
        let fits = token.hasSuffix("*") ? words[w].hasPrefix(token.dropLast()) : words[w] == token
        return fits && matches(pattern, p + 1, words, w + 1)
    }
}

extension SideCues {
    /// The built-in axes, in English and Dutch.
    static let builtIn: [Axis] = [
        Axis(name: "role: manager / employee",
             questionCues: [
                ["my team member*", "my direct report*", "someone on my team", "someone in my team",
                 "someone i manage", "people i manage", "as a manager", "as their manager", "as a team lead*",
                 "as team lead*", "my employee*", "my staff", "mijn medewerker*", "als leidinggevende", "als manager",
                 "als teamleider", "iemand in mijn team", "iemand uit mijn team", "mijn teamlid", "mijn teamleden",
                 "iemand die ik aanstuur", "mensen die ik aanstuur"],
                ["my manager", "my boss", "my team lead*", "my supervisor", "my own", "as an employee",
                 "as a new hire", "as a newcomer", "i am being reviewed", "i m being reviewed", "i get reviewed",
                 "my appraisal", "my performance review", "my annual review", "mijn leidinggevende", "mijn manager",
                 "mijn baas", "mijn eigen", "ik word beoordeeld", "mijn beoordeling", "mijn functioneringsgesprek",
                 "mijn jaargesprek", "mijn beoordelingsgesprek", "new here", "just started", "just joined",
                 "net begonnen", "net gestart", "nieuw hier", "als medewerker", "als nieuwe medewerker"],
             ],
             titleCues: [
                ["as a manager", "as their manager", "als leidinggevende", "with a team member", "team member",
                 "met je medewerker", "direct report*"],
                ["your own", "je eigen", "your manager", "je leidinggevende"],
             ],
             audiences: [["managers", "manager", "leidinggevenden", "leidinggevende"],
                         ["employees", "employee", "medewerkers", "medewerker"]]),
        Axis(name: "action: recognise / report",
             questionCues: [
                ["recognis*", "recogniz*", "spot", "spotting", "herken*", "before clicking", "before i click",
                 "voordat ik klik", "check where", "check whether", "check if", "is this ~ real", "is this ~ genuine",
                 "is dit ~ echt", "how can i tell", "how do i tell if", "hoe zie ik", "hoe weet ik of", "legit",
                 "legitimate", "genuine", "real or fake", "fake or real", "echt of nep", "nep of echt", "betrouwbaar",
                 "te vertrouwen", "safe to click", "safe to open", "veilig om"],
                ["report*", "meld*", "gemeld", "clicked", "geklikt", "what now", "wat nu", "forward*", "doorsturen",
                 "doorgestuurd", "warn*", "waarschuw*", "paid", "betaald", "entered", "ingevuld", "opened", "geopend",
                 "who do i ~ tell", "aan wie", "lost", "kwijt", "stolen", "gestolen", "hacked", "gehackt"],
             ],
             titleCues: [["recognis*", "recogniz*", "spot", "herken*"], ["report*", "melden", "meld"]],
             audiences: [[], []]),
        Axis(name: "action: give / receive",
             questionCues: [
                ["give", "giving", "geef", "geven", "point out", "aanspreken", "spreek ~ aan", "tell ~ colleague",
                 "tell ~ teammate", "tell ~ coworker", "zeg ik ~ tegen"],
                ["receiv*", "ontvang*", "get feedback", "got feedback", "getting feedback", "ask for ~ feedback",
                 "ask ~ for ~ feedback", "om ~ feedback", "ik ~ krijg", "krijg ik", "ik ~ gekregen", "heb ~ gekregen", "criticised", "criticized",
                 "bekritiseerd"],
             ],
             titleCues: [["give", "giving", "geven", "geef"], ["receiv*", "ontvang*", "krijg*"]],
             audiences: [[], []]),
    ]
}
