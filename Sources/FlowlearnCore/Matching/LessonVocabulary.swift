/// The words the lessons (and the lexicon) use: in which languages' lessons each occurs, and the
/// known words one edit away from a word the index does not know ("phisihng" → "phishing",
/// "custmer" → "customer").
///
/// Typo candidates come from symmetric deletion: every known word is stored under itself and each
/// of its one-letter deletions, and an unknown word is looked up the same way; candidates are then
/// checked with ``EditDistance`` (one edit, adjacent swaps included). Keys are stored as 64-bit
/// FNV-1a hashes in one sorted array, not as strings, so the table stays small (about 12 bytes per
/// key) for large vocabularies, and is deterministic.
struct LessonVocabulary: Sendable {
    /// Known words shorter than this are never a correction (too many neighbours).
    static let minimumLength = 4
    /// Words of the question shorter than this are never corrected. A four-letter word one edit
    /// from a known word is far more often another real word than a typo: on both labelled
    /// question sets every four-letter word the matcher corrected was a real word read as another
    /// ("typo" as "type", "roof" as "room", "plus" as "pluis", "eten" as "even", "flat" as "flag",
    /// "vond" as "vind"), and no real typo was that short ("emial", "realy" and longer).
    static let minimumTypoLength = 5

    /// A word's languages: bit 0 English lessons, bit 1 Dutch lessons (0: the lexicon only).
    struct Languages: OptionSet, Sendable {
        let rawValue: UInt8
        static let en = Languages(rawValue: 1)
        static let nl = Languages(rawValue: 2)
        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ language: Language) { self = language == .nl ? .nl : .en }
    }

    /// One known word: how often it occurs (to choose among corrections) and where.
    struct Entry: Sendable {
        var count: Int
        var languages: Languages
    }

    /// All known words, sorted.
    private let words: [String]
    private let frequencies: [Int32]
    private let languageMasks: [UInt8]
    private let keys: [UInt64]
    private let wordForKey: [Int32]

    init(words entries: [String: Entry]) {
        let sorted = entries.keys.sorted()
        words = sorted
        frequencies = sorted.map { Int32(clamping: entries[$0]?.count ?? 0) }
        languageMasks = sorted.map { entries[$0]?.languages.rawValue ?? 0 }
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(sorted.count * 9)
        for (id, word) in sorted.enumerated() where word.unicodeScalars.count >= Self.minimumLength {
            let scalars = Array(word.unicodeScalars)
            pairs.append((Self.hash(scalars, skipping: -1), Int32(id)))
            for i in scalars.indices { pairs.append((Self.hash(scalars, skipping: i), Int32(id))) }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        keys = pairs.map(\.0)
        wordForKey = pairs.map(\.1)
    }

    /// The known words one edit from `word`, most common first (ties by spelling), at most `limit`.
    func corrections(for word: String, limit: Int = 2) -> [String] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= Self.minimumTypoLength, !keys.isEmpty else { return [] }
        var candidates: Set<Int32> = []
        lookUp(Self.hash(scalars, skipping: -1), into: &candidates)
        for i in scalars.indices { lookUp(Self.hash(scalars, skipping: i), into: &candidates) }
        var found: [(word: String, frequency: Int32)] = []
        for id in candidates {
            let known = words[Int(id)]
            guard known != word, let d = EditDistance.distance(scalars, Array(known.unicodeScalars), limit: 1), d == 1 else { continue }
            // A correction keeps the first letter: typos there are rare, and changing it changes the word.
            guard known.unicodeScalars.first == scalars.first else { continue }
            found.append((known, frequencies[Int(id)]))
        }
        found.sort { $0.frequency != $1.frequency ? $0.frequency > $1.frequency : $0.word < $1.word }
        return found.prefix(limit).map(\.word)
    }

    /// The languages of the lessons that use `word` (empty when none does).
    func languages(of word: String) -> Languages {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low < words.count && words[low] == word ? Languages(rawValue: languageMasks[low]) : []
    }

    private func lookUp(_ key: UInt64, into candidates: inout Set<Int32>) {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        while low < keys.count && keys[low] == key {
            candidates.insert(wordForKey[low])
            low += 1
        }
    }

    /// FNV-1a over the scalars of a word, leaving out the one at `skipping` (-1: none).
    static func hash(_ scalars: [Unicode.Scalar], skipping: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, scalar) in scalars.enumerated() where i != skipping {
            var value = scalar.value
            repeat {
                h ^= UInt64(value & 0xFF)
                h = h &* 0x0000_0100_0000_01B3
                value >>= 8
            } while value != 0
        }
        return h
    }
}
