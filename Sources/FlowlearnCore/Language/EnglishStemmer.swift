/// The Snowball English ("Porter2") stemmer, implemented by hand from the algorithm description
/// on snowballstem.org: reduces an inflected English word to a stem ("reviewing" -> "review",
/// "organisational" -> "organis", "happily" -> "happili") so that different forms of a word match.
///
/// This is the classic Porter2 algorithm (Snowball 2.x: special R1 prefixes gener/commun/arsen,
/// steps 0 to 5, exceptional forms), verified word for word against the reference implementation
/// (`snowballstemmer` 2.2.0, `english`). Stems are matching keys, not dictionary words.
///
/// Input is expected to be one lowercase word. Words of at most two characters come back unchanged.
/// Characters other than `a`-`z` and `'` are treated as consonants, exactly as the reference does.
public struct EnglishStemmer: Sendable {
    public init() {}

    /// Returns the stem of `word` (a lowercase word).
    public func stem(_ word: String) -> String {
        if word.utf8.count <= 6, let exceptional = Self.exceptionalForms[word] { return exceptional }
        var state = State(Array(word.unicodeScalars))
        if state.s.count < 3 { return word }

        state.prelude()
        state.markRegions()
        state.step1a()
        if !state.isInvariantAfterStep1a() {
            state.step1b()
            state.step1c()
            state.step2()
            state.step3()
            state.step4()
            state.step5()
        }
        state.postlude()
        return state.string
    }

    /// Whole words that are stemmed by lookup instead of by rule.
    static let exceptionalForms: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
        "singly": "singl",
        // Invariant forms.
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos",
        "bias": "bias", "andes": "andes",
    ]
}

// MARK: - The algorithm

/// A suffix and what a step does when a word ends with it.
private struct SuffixRule<Action: Sendable>: Sendable {
    let suffix: [Unicode.Scalar]
    let action: Action

    /// Rules sorted longest suffix first, so the first match is the longest one.
    static func table(_ rules: [(String, Action)]) -> [SuffixRule] {
        rules.map { SuffixRule(suffix: Array($0.0.unicodeScalars), action: $0.1) }
            .sorted { $0.suffix.count > $1.suffix.count }
    }
}

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

private enum Step1aAction: Sendable { case replace([Unicode.Scalar]), iesOrIed, keep, plural }
private enum Step1bAction: Sendable { case eed, ed }
private enum Step2Action: Sendable { case replace([Unicode.Scalar]), ogi, li }
private enum Step3Action: Sendable { case replace([Unicode.Scalar]), ative }
private enum Step4Action: Sendable { case delete, ion }

private enum Tables {
    static let specialPrefixes = [scalars("gener"), scalars("commun"), scalars("arsen")]

    /// Words left alone once step 1a has run.
    static let invariantAfterStep1a = ["inning", "outing", "canning", "herring", "earring", "proceed",
                                       "exceed", "succeed"].map(scalars)

    static let step0 = SuffixRule<Bool>.table([("'s'", true), ("'s", true), ("'", true)])

    static let step1a = SuffixRule<Step1aAction>.table([
        ("sses", .replace(scalars("ss"))), ("ied", .iesOrIed), ("ies", .iesOrIed),
        ("ss", .keep), ("us", .keep), ("s", .plural),
    ])

    static let step1b = SuffixRule<Step1bAction>.table([
        ("eed", .eed), ("eedly", .eed), ("ed", .ed), ("edly", .ed), ("ing", .ed), ("ingly", .ed),
    ])
    static let step1bAddE = [scalars("at"), scalars("bl"), scalars("iz")]

    static let step2 = SuffixRule<Step2Action>.table([
        ("tional", .replace(scalars("tion"))), ("enci", .replace(scalars("ence"))),
        ("anci", .replace(scalars("ance"))), ("abli", .replace(scalars("able"))),
        ("entli", .replace(scalars("ent"))), ("izer", .replace(scalars("ize"))),
        ("ization", .replace(scalars("ize"))), ("ational", .replace(scalars("ate"))),
        ("ation", .replace(scalars("ate"))), ("ator", .replace(scalars("ate"))),
        ("alism", .replace(scalars("al"))), ("aliti", .replace(scalars("al"))),
        ("alli", .replace(scalars("al"))), ("fulness", .replace(scalars("ful"))),
        ("ousli", .replace(scalars("ous"))), ("ousness", .replace(scalars("ous"))),
        ("iveness", .replace(scalars("ive"))), ("iviti", .replace(scalars("ive"))),
        ("biliti", .replace(scalars("ble"))), ("bli", .replace(scalars("ble"))),
        ("fulli", .replace(scalars("ful"))), ("lessli", .replace(scalars("less"))),
        ("ogi", .ogi), ("li", .li),
    ])

    static let step3 = SuffixRule<Step3Action>.table([
        ("tional", .replace(scalars("tion"))), ("ational", .replace(scalars("ate"))),
        ("alize", .replace(scalars("al"))), ("icate", .replace(scalars("ic"))),
        ("iciti", .replace(scalars("ic"))), ("ical", .replace(scalars("ic"))),
        ("ful", .replace([])), ("ness", .replace([])), ("ative", .ative),
    ])

    static let step4 = SuffixRule<Step4Action>.table(
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
         "ate", "iti", "ous", "ive", "ize"].map { ($0, .delete) } + [("ion", .ion)]
    )
}

extension EnglishStemmer {
    /// The word being stemmed (as Unicode scalars, one per position) and its regions.
    fileprivate struct State {
        var s: [Unicode.Scalar]
        /// Start of region R1; `s.count` when R1 is empty.
        var p1 = 0
        /// Start of region R2; `s.count` when R2 is empty.
        var p2 = 0
        /// Whether the prelude turned any `y` into `Y` (so the postlude must turn it back).
        var yFound = false

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var string: String { String(String.UnicodeScalarView(s)) }

        // MARK: Character classes

        /// a e i o u y (a `Y` made by the prelude is a consonant).
        static func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "a", "e", "i", "o", "u", "y": true
            default: false
            }
        }

        /// The vowels plus w, x and Y: the letters that may not end a short syllable.
        static func isVowelWXY(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "a", "e", "i", "o", "u", "y", "w", "x", "Y": true
            default: false
            }
        }

        /// Letters that may precede a `li` ending that step 2 removes.
        static func isValidLiEnding(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": true
            default: false
            }
        }

        /// The letters whose doubling step 1b undoes (bb dd ff gg mm nn pp rr tt).
        static func isUndoubledConsonant(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "b", "d", "f", "g", "m", "n", "p", "r", "t": true
            default: false
            }
        }

        func isVowel(at index: Int) -> Bool { Self.isVowel(s[index]) }

        // MARK: Helpers

        /// Whether the word ends with `suffix`.
        func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
            let n = s.count, m = suffix.count
            guard m <= n else { return false }
            var i = 0
            while i < m {
                if s[n - m + i] != suffix[i] { return false }
                i += 1
            }
            return true
        }

        /// Whether the word starts with `prefix`.
        func hasPrefix(_ prefix: [Unicode.Scalar]) -> Bool {
            prefix.count <= s.count && s[..<prefix.count].elementsEqual(prefix)
        }

        /// The rule with the longest suffix that ends the word, if any.
        func longestMatch<Action>(in rules: [SuffixRule<Action>]) -> SuffixRule<Action>? {
            rules.first { hasSuffix($0.suffix) }
        }

        /// Replaces everything from `start` on by `replacement`.
        mutating func replace(from start: Int, with replacement: [Unicode.Scalar]) {
            s.removeLast(s.count - start)
            s.append(contentsOf: replacement)
        }

        /// Whether any of the characters before `end` is a vowel.
        func containsVowel(before end: Int) -> Bool {
            var i = 0
            while i < end {
                if isVowel(at: i) { return true }
                i += 1
            }
            return false
        }

        /// Whether the characters just before `end` form a short syllable: a non-vowel, a vowel and a
        /// non-vowel other than w, x or Y; or, at the very start of the word, a vowel and a non-vowel.
        func endsInShortSyllable(at end: Int) -> Bool {
            if end >= 3, !Self.isVowelWXY(s[end - 1]), isVowel(at: end - 2), !isVowel(at: end - 3) {
                return true
            }
            return end == 2 && !isVowel(at: 1) && isVowel(at: 0)
        }

        func isInvariantAfterStep1a() -> Bool {
            Tables.invariantAfterStep1a.contains { $0 == s }
        }

        // MARK: Prelude, regions, postlude

        /// Removes an initial apostrophe and marks consonant `y`s as `Y`: an initial `y` and every
        /// `y` that follows a vowel.
        mutating func prelude() {
            if s.first == "'" { s.removeFirst() }
            if s.first == "y" {
                s[0] = "Y"
                yFound = true
            }
            var i = 0
            while i + 1 < s.count {
                if isVowel(at: i) && s[i + 1] == "y" {
                    s[i + 1] = "Y"
                    yFound = true
                }
                i += 1
            }
        }

        /// R1 starts after the first non-vowel that follows a vowel (or after one of the special
        /// prefixes gener, commun, arsen); R2 is the same rule applied again inside R1.
        mutating func markRegions() {
            p1 = s.count
            p2 = s.count
            var cursor: Int
            if let prefix = Tables.specialPrefixes.first(where: hasPrefix) {
                cursor = prefix.count
            } else {
                guard let afterSyllable = afterVowelThenNonVowel(from: 0) else { return }
                cursor = afterSyllable
            }
            p1 = cursor
            guard let afterSyllable = afterVowelThenNonVowel(from: cursor) else { return }
            p2 = afterSyllable
        }

        /// The position just after the first non-vowel that follows a vowel, searching from `start`.
        func afterVowelThenNonVowel(from start: Int) -> Int? {
            var i = start
            while i < s.count && !isVowel(at: i) { i += 1 }
            guard i < s.count else { return nil }
            i += 1
            while i < s.count && isVowel(at: i) { i += 1 }
            guard i < s.count else { return nil }
            return i + 1
        }

        mutating func postlude() {
            guard yFound else { return }
            for i in s.indices where s[i] == "Y" { s[i] = "y" }
        }

        // MARK: Steps

        /// Step 0 (apostrophe endings) and step 1a (plural `s`).
        mutating func step1a() {
            if let rule = longestMatch(in: Tables.step0) { s.removeLast(rule.suffix.count) }
            guard let rule = longestMatch(in: Tables.step1a) else { return }
            let start = s.count - rule.suffix.count
            switch rule.action {
            case .replace(let replacement):
                replace(from: start, with: replacement)
            case .iesOrIed:
                // "ties" -> "tie", but "cries" -> "cri".
                s.removeLast(rule.suffix.count)
                s.append("i")
                if start < 2 { s.append("e") }
            case .plural:
                // Delete when a vowel occurs before the letter preceding the s ("gaps", not "gas").
                if start >= 1 && containsVowel(before: start - 1) { s.removeLast() }
            case .keep:
                break // "ss", "us"
            }
        }

        /// Step 1b: -eed, -eedly, -ed, -edly, -ing, -ingly.
        mutating func step1b() {
            guard let rule = longestMatch(in: Tables.step1b) else { return }
            let start = s.count - rule.suffix.count
            switch rule.action {
            case .eed:
                if start >= p1 { replace(from: start, with: ["e", "e"]) }
            case .ed:
                guard containsVowel(before: start) else { return }
                s.removeLast(rule.suffix.count)
                if Tables.step1bAddE.contains(where: hasSuffix) {
                    s.append("e")
                } else if let last = s.last, s.count >= 2, s[s.count - 2] == last, Self.isUndoubledConsonant(last) {
                    s.removeLast()
                } else if p1 == s.count && endsInShortSyllable(at: s.count) {
                    // A short word: R1 is empty and it ends in a short syllable ("hop" -> "hope").
                    s.append("e")
                }
            }
        }

        /// Step 1c: a final y or Y after a non-vowel that is not the first letter becomes i.
        mutating func step1c() {
            let n = s.count
            guard n >= 3, s[n - 1] == "y" || s[n - 1] == "Y", !isVowel(at: n - 2) else { return }
            s[n - 1] = "i"
        }

        /// Step 2: derivational suffixes in R1.
        mutating func step2() {
            guard let rule = longestMatch(in: Tables.step2) else { return }
            let start = s.count - rule.suffix.count
            guard start >= p1 else { return }
            switch rule.action {
            case .replace(let replacement):
                replace(from: start, with: replacement)
            case .ogi:
                if start >= 1 && s[start - 1] == "l" { replace(from: start, with: ["o", "g"]) }
            case .li:
                if start >= 1 && Self.isValidLiEnding(s[start - 1]) { s.removeLast(2) }
            }
        }

        /// Step 3: more derivational suffixes in R1 (-ative only in R2).
        mutating func step3() {
            guard let rule = longestMatch(in: Tables.step3) else { return }
            let start = s.count - rule.suffix.count
            guard start >= p1 else { return }
            switch rule.action {
            case .replace(let replacement):
                replace(from: start, with: replacement)
            case .ative:
                if start >= p2 { s.removeLast(rule.suffix.count) }
            }
        }

        /// Step 4: suffixes deleted in R2 (-ion only after s or t).
        mutating func step4() {
            guard let rule = longestMatch(in: Tables.step4) else { return }
            let start = s.count - rule.suffix.count
            guard start >= p2 else { return }
            switch rule.action {
            case .delete:
                s.removeLast(rule.suffix.count)
            case .ion:
                if start >= 1 && (s[start - 1] == "s" || s[start - 1] == "t") { s.removeLast(rule.suffix.count) }
            }
        }

        /// Step 5: a final e (in R2, or in R1 when not after a short syllable), and a final l
        /// after l in R2.
        mutating func step5() {
            guard let last = s.last else { return }
            let start = s.count - 1
            if last == "e" {
                if start >= p2 || (start >= p1 && !endsInShortSyllable(at: start)) { s.removeLast() }
            } else if last == "l" {
                if start >= p2 && start >= 1 && s[start - 1] == "l" { s.removeLast() }
            }
        }
    }
}
