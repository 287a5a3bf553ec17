/// Splits Dutch compound words into known words, so that "beoordelingsgesprek" can match a lesson
/// about a "gesprek" and "werkoverleg" one about "overleg". Dutch writes compounds as one word, so
/// without splitting a question and a lesson that use different compounds share nothing.
///
/// A split must cover the whole word with parts from the vocabulary, each at least
/// `minimumPartLength` (3) letters, optionally joined by a linking morpheme ("s", "e" or "en")
/// between two parts: beoordeling·s·gesprek, kennis·sessie, klant·en·service. When several splits
/// exist, the one with the fewest parts wins; among those, the one with the fewest linking letters
/// (so the longest parts); then the one with the longest first part. A last part that is only a
/// doubled consonant plus "en" is rejected: "gesprekken" is the plural of "gesprek", not
/// gesprek + "ken", and "hebben" is not heb + "ben".
///
/// Runs in O(n · L) vocabulary look-ups for a word of n letters and a longest vocabulary word of
/// L letters (dynamic programming over split points, no backtracking), so it is cheap enough to run
/// on every word at index build time and at query time. Callers that see the same word often may
/// still want to cache results.
public struct DutchCompoundSplitter: Sendable {
    /// The shortest part a split may use (shorter "words" such as "in" or "de" cause false splits).
    public static let minimumPartLength = 3
    /// The linking morphemes allowed between two parts.
    public static let linkingMorphemes = ["s", "e", "en"]
    /// Words longer than this (in letters) are not split: no real compound is that long.
    public static let maximumWordLength = 80

    private let vocabulary: Set<String>
    private let longestPartLength: Int

    /// Creates a splitter that knows `vocabulary`: lowercase words in the same normalised form as the
    /// words that will be split (see `TextNormalizer.normalize(_:)`). Words shorter than
    /// `minimumPartLength` are ignored.
    public init(vocabulary: Set<String>) {
        let usable = vocabulary.filter { $0.unicodeScalars.count >= Self.minimumPartLength }
        self.vocabulary = usable
        self.longestPartLength = usable.reduce(0) { max($0, $1.unicodeScalars.count) }
    }

    /// The parts of `word` (without linking morphemes), or `[]` when `word` cannot be split fully
    /// into at least two known parts. A word that is itself in the vocabulary is still split when
    /// it is a compound of known words ("werkoverleg" -> ["werk", "overleg"]).
    public func split(_ word: String) -> [String] {
        let minimum = Self.minimumPartLength
        // Work on UTF-8 bytes, remembering where each letter starts, so that candidate parts are
        // cheap to build (short strings do not even allocate).
        let bytes = Array(word.utf8)
        var letterStarts: [Int] = []
        letterStarts.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            letterStarts.append(offset) // not a UTF-8 continuation byte: a letter starts here
        }
        let n = letterStarts.count
        guard n >= 2 * minimum, n <= Self.maximumWordLength, longestPartLength > 0 else { return [] }
        letterStarts.append(bytes.count)

        /// Letters `start..<end` of the word.
        func letters(_ start: Int, _ end: Int) -> String {
            String(decoding: bytes[letterStarts[start]..<letterStarts[end]], as: UTF8.self)
        }
        func isKnown(_ start: Int, _ end: Int) -> Bool { vocabulary.contains(letters(start, end)) }
        /// The length of the linking morpheme `linker` if the word has it at letter `position`.
        func linkerLength(_ linker: String, at position: Int) -> Int? {
            let linkerBytes = linker.utf8
            let start = letterStarts[position]
            guard start + linkerBytes.count <= bytes.count,
                  bytes[start..<(start + linkerBytes.count)].elementsEqual(linkerBytes) else { return nil }
            return linkerBytes.count // the linkers are ASCII: bytes == letters
        }

        /// Whether the last three letters, from `start`, are a doubled consonant plus "en": the
        /// plural or verb ending of "gesprek-ken", "heb-ben", "krat-ten", not a part of a compound.
        func isInflectionEnding(_ start: Int) -> Bool {
            let first = letterStarts[start]
            guard n - start == 3, bytes.count - first == 3, first > 0 else { return false }
            let consonant = bytes[first]
            return bytes[first - 1] == consonant && bytes[first + 1] == UInt8(ascii: "e")
                && bytes[first + 2] == UInt8(ascii: "n") && !"aeiouy".utf8.contains(consonant)
        }

        // best[i]: the preferred way to cover letters i..<n with parts, starting with a part at i.
        var best = [Segmentation?](repeating: nil, count: n + 1)
        for start in stride(from: n - minimum, through: 0, by: -1) {
            var choice: Segmentation?
            let lastEnd = min(n, start + longestPartLength)
            guard start + minimum <= lastEnd else { continue }
            for end in (start + minimum)...lastEnd where isKnown(start, end) {
                if end == n {
                    // A single part covering the rest; at the very start that is no split at all.
                    if start > 0 && !isInflectionEnding(start) {
                        choice = Segmentation.better(
                            choice, Segmentation(parts: 1, linkerLetters: 0, firstPartEnd: end, next: n))
                    }
                    continue
                }
                // The next part starts right after this one or after a linking morpheme.
                var nextStarts = [(end, 0)]
                for linker in Self.linkingMorphemes {
                    if let length = linkerLength(linker, at: end) { nextStarts.append((end + length, length)) }
                }
                for (next, linkerLetters) in nextStarts where next < n {
                    guard let rest = best[next] else { continue }
                    let candidate = Segmentation(
                        parts: rest.parts + 1, linkerLetters: rest.linkerLetters + linkerLetters,
                        firstPartEnd: end, next: next)
                    choice = Segmentation.better(choice, candidate)
                }
            }
            best[start] = choice
        }

        guard let first = best[0] else { return [] }
        var parts: [String] = []
        parts.reserveCapacity(first.parts)
        var position = 0
        while position < n, let segment = best[position] {
            parts.append(letters(position, segment.firstPartEnd))
            position = segment.next
        }
        return parts
    }

    /// How the letters from some position to the end are covered: the first part and the totals.
    private struct Segmentation {
        var parts: Int
        var linkerLetters: Int
        /// Where the first part ends.
        var firstPartEnd: Int
        /// Where the next part starts (after any linking morpheme); the word length for the last part.
        var next: Int

        /// The preferred of two segmentations of the same letters.
        static func better(_ a: Segmentation?, _ b: Segmentation) -> Segmentation {
            guard let a else { return b }
            if a.parts != b.parts { return a.parts < b.parts ? a : b }
            if a.linkerLetters != b.linkerLetters { return a.linkerLetters < b.linkerLetters ? a : b }
            return a.firstPartEnd >= b.firstPartEnd ? a : b
        }
    }
}
