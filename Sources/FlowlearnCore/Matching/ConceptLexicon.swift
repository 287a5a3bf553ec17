/// Maps words and phrases in either language to shared concepts, so "performance review",
/// "beoordelingsgesprek" and "appraisal" find the same lessons.
///
/// Built from synonym groups: the bilingual workplace lexicon that ships with the binary
/// (``BuiltInLexicon``), extended by the organisation's `synonyms.txt`. Every term is stemmed in
/// both languages, because a group mixes them; multi-word terms match as phrases.
public struct ConceptLexicon: Sendable {
    /// A concept token never collides with a word: words hold no `#`.
    typealias Concept = String

    /// Stem sequences (joined by a space) → concepts; phrases of several stems included.
    private var concepts: [String: [Concept]] = [:]
    /// The groups the lexicon was built from.
    let sourceGroups: [[String]]
    /// The longest phrase, in stems, so lookups stay bounded.
    private(set) var longestPhrase = 1

    public init(groups: [[String]]) {
        sourceGroups = groups
        for (index, group) in groups.enumerated() {
            let concept = "#\(index)"
            for term in group {
                for language in Language.allCases {
                    let stems = TextAnalyzer.stems(of: term, language: language, dropStopWords: false)
                    guard !stems.isEmpty else { continue }
                    let key = stems.joined(separator: " ")
                    if !(concepts[key]?.contains(concept) ?? false) { concepts[key, default: []].append(concept) }
                    longestPhrase = max(longestPhrase, stems.count)
                }
            }
        }
    }

    /// The lexicon for a library: built-in groups plus the admin's synonyms.
    public init(synonyms: SynonymTable) {
        self.init(groups: BuiltInLexicon.groups + synonyms.groups)
    }

    /// The concepts that the stems in `stems` express, phrases first (longest match wins at each position).
    func concepts(in stems: [String]) -> [Concept] {
        var found: [Concept] = []
        var i = 0
        while i < stems.count {
            var matched = 0
            var length = min(longestPhrase, stems.count - i)
            while length >= 1 {
                let key = stems[i..<(i + length)].joined(separator: " ")
                if let hit = concepts[key] {
                    found += hit
                    matched = length
                    break
                }
                length -= 1
            }
            i += max(matched, 1)
        }
        return found
    }
}
