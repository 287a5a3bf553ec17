/// Finds the recurring words in short texts by several people, so a manager sees what is on the
/// team's mind without seeing who wrote what: a word is a theme only when enough different
/// people used it.
public struct ThemeExtractor: Sendable {
    /// A word counts as a theme when at least this many different people used it.
    public var minimumPeople: Int
    public var maximumThemes: Int
    /// Joins the inflections of a word into one theme.
    public var stemmers: Stemmers

    public init(minimumPeople: Int, maximumThemes: Int = 5, stemmers: Stemmers = .identity) {
        self.minimumPeople = minimumPeople
        self.maximumThemes = maximumThemes
        self.stemmers = stemmers
    }

    /// One text and who wrote it.
    public struct Item: Sendable, Equatable {
        public var person: String
        public var text: String
        public init(person: String, text: String) {
            self.person = person
            self.text = text
        }
    }

    /// Texts grouped under one word.
    public struct Group: Sendable, Equatable {
        /// The word as people wrote it most often.
        public var word: String
        /// The items under it, by index; each item is under one group at most.
        public var items: [Int]
        /// How many different people wrote them.
        public var people: Int
    }

    /// Groups `items` under their most shared words, most people first; items that share no
    /// theme are left out (the caller decides what to say about them).
    public func groups(_ items: [Item], fallbackLanguage: Language) -> [Group] {
        var stemsPerItem: [Set<String>] = []
        var surface: [String: [String: Int]] = [:]
        for item in items {
            let language = LanguageDetector().detect(item.text, fallback: fallbackLanguage)
            var stems: Set<String> = []
            for word in TextNormalizer.words(item.text) where word.count >= 4 && !StopWords.isStopWord(word, language: language) {
                let stem = stemmers.stem(word, language: language)
                stems.insert(stem)
                surface[stem, default: [:]][word, default: 0] += 1
            }
            stemsPerItem.append(stems)
        }
        func people(_ indices: [Int]) -> Int { Set(indices.map { items[$0].person }).count }
        var peoplePerStem: [String: Set<String>] = [:]
        for (index, stems) in stemsPerItem.enumerated() { for stem in stems { peoplePerStem[stem, default: []].insert(items[index].person) } }
        let candidates = peoplePerStem.filter { $0.value.count >= minimumPeople }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        var used: Set<Int> = []
        var groups: [Group] = []
        for (stem, _) in candidates where groups.count < maximumThemes {
            let members = stemsPerItem.indices.filter { stemsPerItem[$0].contains(stem) && !used.contains($0) }
            guard people(members) >= minimumPeople else { continue }
            used.formUnion(members)
            let word = surface[stem]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? stem
            groups.append(Group(word: word, items: members, people: people(members)))
        }
        return groups
    }
}
