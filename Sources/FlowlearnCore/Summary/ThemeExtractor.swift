/// Finds the recurring words in a set of reflections, so a manager sees what is on the team's
/// mind without seeing who wrote what.
public struct ThemeExtractor: Sendable {
    /// A word counts as a theme when at least this many reflections use it.
    public var minimumReflections: Int
    public var maximumThemes: Int
    /// Joins the inflections of a word into one theme.
    public var stemmers: Stemmers

    public init(minimumReflections: Int = 2, maximumThemes: Int = 5, stemmers: Stemmers = .identity) {
        self.minimumReflections = minimumReflections
        self.maximumThemes = maximumThemes
        self.stemmers = stemmers
    }

    /// Groups `texts` under their most shared words; each text appears under one theme at most.
    public func themes(in texts: [String], fallbackLanguage: Language) -> [TeamSummary.Theme] {
        var stemsPerText: [Set<String>] = []
        var surface: [String: [String: Int]] = [:]
        for text in texts {
            let language = LanguageDetector().detect(text, fallback: fallbackLanguage)
            var stems: Set<String> = []
            for word in TextNormalizer.words(text) where word.count >= 4 && !StopWords.isStopWord(word, language: language) {
                let stem = stemmers.stem(word, language: language)
                stems.insert(stem)
                surface[stem, default: [:]][word, default: 0] += 1
            }
            stemsPerText.append(stems)
        }
        var documentFrequency: [String: Int] = [:]
        for stems in stemsPerText { for stem in stems { documentFrequency[stem, default: 0] += 1 } }
        let candidates = documentFrequency.filter { $0.value >= minimumReflections }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var used: Set<Int> = []
        var themes: [TeamSummary.Theme] = []
        for (stem, _) in candidates where themes.count < maximumThemes {
            let members = stemsPerText.indices.filter { stemsPerText[$0].contains(stem) && !used.contains($0) }
            guard members.count >= minimumReflections else { continue }
            used.formUnion(members)
            let word = surface[stem]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? stem
            themes.append(TeamSummary.Theme(theme: word, count: members.count, excerpts: members.map { texts[$0] }))
        }
        let rest = texts.indices.filter { !used.contains($0) }
        // What shares no theme is still shown, under an empty theme ("other").
        if !rest.isEmpty {
            themes.append(TeamSummary.Theme(theme: "", count: rest.count, excerpts: rest.map { texts[$0] }))
        }
        return themes
    }
}
