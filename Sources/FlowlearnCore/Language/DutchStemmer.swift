/// The classic Snowball Dutch stemmer, implemented by hand from the algorithm description on
/// snowballstem.org: reduces an inflected Dutch word to a stem ("vergaderingen" -> "vergader",
/// "medewerkers" -> "medewerker") so that different forms of a word match.
///
/// This is the original Snowball Dutch algorithm (the one shipped as `dutch` up to Snowball 2.x and
/// as `dutch_porter` since 3.0), not the newer Kraaij-Pohlmann based one. It is verified word for word
/// against the reference implementation (`snowballstemmer` 2.2.0, `dutch`).
///
/// Input is expected to be one lowercase word. Like the reference, the stemmer first replaces
/// ä ë ï ö ü á é í ó ú by the plain vowel, also in short words ("één" -> "een"); apart from that,
/// words shorter than four letters are never changed (R1 never starts before the fourth letter).
public struct DutchStemmer: Sendable {
    public init() {}

    /// Returns the stem of `word` (a lowercase word).
    public func stem(_ word: String) -> String {
        var state = State(Array(word.unicodeScalars))
        state.prelude()
        state.markRegions()
        state.standardSuffix()
        state.postlude()
        return state.string
    }
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

private enum Step1Action: Sendable { case heden, en, s }
private enum Step3bAction: Sendable { case endOrIng, ig, lijk, baar, bar }

private enum Tables {
    static let step1 = SuffixRule<Step1Action>.table([
        ("heden", .heden), ("en", .en), ("ene", .en), ("s", .s), ("se", .s),
    ])
    static let step3b = SuffixRule<Step3bAction>.table([
        ("end", .endOrIng), ("ing", .endOrIng), ("ig", .ig), ("lijk", .lijk), ("baar", .baar),
        ("bar", .bar),
    ])
    static let undoubled: [[Unicode.Scalar]] = [["k", "k"], ["d", "d"], ["t", "t"]]
    static let heid: [Unicode.Scalar] = ["h", "e", "i", "d"]
    static let gem: [Unicode.Scalar] = ["g", "e", "m"]
    static let en: [Unicode.Scalar] = ["e", "n"]
    static let ig: [Unicode.Scalar] = ["i", "g"]
}

extension DutchStemmer {
    /// The word being stemmed (as Unicode scalars, one per position) and its regions.
    fileprivate struct State {
        var s: [Unicode.Scalar]
        /// Start of region R1; `s.count` (or more) when R1 is empty.
        var p1 = 0
        /// Start of region R2; `s.count` when R2 is empty.
        var p2 = 0
        /// Whether step 2 removed a final e.
        var eFound = false

        init(_ s: [Unicode.Scalar]) { self.s = s }

        var string: String { String(String.UnicodeScalarView(s)) }

        // MARK: Character classes

        /// a e i o u y è (an `I` or `Y` made by the prelude is a consonant).
        static func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "a", "e", "i", "o", "u", "y", "è": return true
            default: return false
            }
        }

        func isVowel(at index: Int) -> Bool { Self.isVowel(s[index]) }

        // MARK: Helpers

        /// Whether the characters just before `end` (default: the end of the word) spell `suffix`.
        func hasSuffix(_ suffix: [Unicode.Scalar], endingAt end: Int? = nil) -> Bool {
            let end = end ?? s.count, m = suffix.count
            guard m <= end else { return false }
            var i = 0
            while i < m {
                if s[end - m + i] != suffix[i] { return false }
                i += 1
            }
            return true
        }

        /// The rule with the longest suffix that ends the word (`rules` are sorted longest first).
        func longestMatch<Action>(in rules: [SuffixRule<Action>]) -> SuffixRule<Action>? {
            rules.first { hasSuffix($0.suffix) }
        }

        mutating func truncate(to length: Int) { s.removeLast(s.count - length) }

        // MARK: Prelude, regions, postlude

        /// Removes diacritics from vowels, then marks consonant `i`s and `y`s: an initial `y`
        /// becomes `Y`, an `i` between vowels becomes `I`, a `y` after a vowel becomes `Y`.
        mutating func prelude() {
            for i in s.indices {
                switch s[i] {
                case "ä", "á": s[i] = "a"
                case "ë", "é": s[i] = "e"
                case "ï", "í": s[i] = "i"
                case "ö", "ó": s[i] = "o"
                case "ü", "ú": s[i] = "u"
                default: break
                }
            }
            if s.first == "y" { s[0] = "Y" }
            var i = 0
            while i + 1 < s.count {
                if isVowel(at: i) {
                    if s[i + 1] == "i" && i + 2 < s.count && isVowel(at: i + 2) {
                        s[i + 1] = "I"
                    } else if s[i + 1] == "y" {
                        s[i + 1] = "Y"
                    }
                }
                i += 1
            }
        }

        /// R1 starts after the first non-vowel that follows a vowel, but no earlier than the
        /// fourth letter (so at least three letters stay in front of it); R2 starts after the next
        /// vowel + non-vowel, counted from where R1 would have started without that adjustment.
        mutating func markRegions() {
            p1 = s.count
            p2 = s.count
            guard let first = afterVowelThenNonVowel(from: 0) else { return }
            p1 = max(first, 3)
            guard let second = afterVowelThenNonVowel(from: first) else { return }
            p2 = second
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
            for i in s.indices {
                if s[i] == "I" { s[i] = "i" } else if s[i] == "Y" { s[i] = "y" }
            }
        }

        // MARK: Shared endings

        /// Removes the last letter of a final kk, dd or tt.
        mutating func undouble() {
            if Tables.undoubled.contains(where: { hasSuffix($0) }) { s.removeLast() }
        }

        /// Deletes a final e in R1 after a non-vowel (then undoubles); records that in `eFound`.
        mutating func eEnding() {
            eFound = false
            guard s.last == "e" else { return }
            let start = s.count - 1
            guard start >= p1, start >= 1, !isVowel(at: start - 1) else { return }
            truncate(to: start)
            eFound = true
            undouble()
        }

        /// Deletes the ending that starts at `start` (an -en or -ene) when it lies in R1, follows a
        /// non-vowel and does not follow "gem"; then undoubles.
        mutating func enEnding(from start: Int) {
            guard start >= p1, start >= 1, !isVowel(at: start - 1),
                  !hasSuffix(Tables.gem, endingAt: start) else { return }
            truncate(to: start)
            undouble()
        }

        // MARK: Steps

        mutating func standardSuffix() {
            step1()
            eEnding() // step 2
            step3a()
            step3b()
            step4()
        }

        /// Step 1: -heden, -en/-ene, -s/-se.
        mutating func step1() {
            guard let rule = longestMatch(in: Tables.step1) else { return }
            let start = s.count - rule.suffix.count
            switch rule.action {
            case .heden:
                if start >= p1 {
                    truncate(to: start)
                    s.append(contentsOf: Tables.heid)
                }
            case .en:
                enEnding(from: start)
            case .s: // in R1 after a valid s-ending (a non-vowel other than j)
                if start >= p1 && start >= 1 && !isVowel(at: start - 1) && s[start - 1] != "j" {
                    truncate(to: start)
                }
            }
        }

        /// Step 3a: -heid in R2, not after c; then an -en ending as in step 1.
        mutating func step3a() {
            guard hasSuffix(Tables.heid) else { return }
            let start = s.count - Tables.heid.count
            guard start >= p2, !(start >= 1 && s[start - 1] == "c") else { return }
            truncate(to: start)
            if hasSuffix(Tables.en) { enEnding(from: s.count - Tables.en.count) }
        }

        /// Step 3b: -end/-ing, -ig, -lijk, -baar, -bar in R2.
        mutating func step3b() {
            guard let rule = longestMatch(in: Tables.step3b) else { return }
            let start = s.count - rule.suffix.count
            guard start >= p2 else { return }
            switch rule.action {
            case .endOrIng:
                truncate(to: start)
                if hasSuffix(Tables.ig) {
                    let igStart = s.count - Tables.ig.count
                    if igStart >= p2 && !(igStart >= 1 && s[igStart - 1] == "e") {
                        truncate(to: igStart)
                        return
                    }
                }
                undouble()
            case .ig:
                if !(start >= 1 && s[start - 1] == "e") { truncate(to: start) }
            case .lijk:
                truncate(to: start)
                eEnding()
            case .baar:
                truncate(to: start)
            case .bar:
                if eFound { truncate(to: start) }
            }
        }

        /// Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" -> "man").
        mutating func step4() {
            let n = s.count
            guard n >= 4 else { return }
            let last = s[n - 1]
            guard !Self.isVowel(last), last != "I" else { return }
            let double = s[n - 2]
            guard s[n - 3] == double, double == "a" || double == "e" || double == "o" || double == "u",
                  !isVowel(at: n - 4) else { return }
            s.remove(at: n - 2)
        }
    }
}
