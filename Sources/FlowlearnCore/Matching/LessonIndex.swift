import Foundation

/// A search index over a library's lessons: field-weighted BM25 (BM25F) over stems and
/// bilingual concepts, built once per library and then read concurrently.
public struct LessonIndex: Sendable {
    /// The weight of a term found in each field of a lesson.
    public struct FieldWeights: Sendable, Equatable {
        public var title: Double = 3.0
        public var questions: Double = 2.5
        public var tags: Double = 2.0
        public var body: Double = 1.0
        public init() {}
    }

    /// One lesson's score for a query.
    public struct Hit: Sendable, Equatable {
        /// Position of the lesson in ``lessons``.
        public var lessonIndex: Int
        /// The BM25F score used for ranking.
        public var score: Double
        /// The share (0–1) of the query's information the lesson covers: the confidence.
        public var coverage: Double
    }

    /// BM25 saturation constant and length normalisation.
    static let k1 = 1.2
    static let b = 0.75

    public let lessons: [Microlearning]
    let lexicon: ConceptLexicon
    private var termIDs: [String: Int32] = [:]
    /// Per term: (lesson, saturated weighted term frequency) pairs.
    private var postings: [[(lesson: Int32, weight: Float)]] = []
    private var idf: [Double] = []
    private var maxIDF: Double = 0
    private var splitter: DutchCompoundSplitter
    /// Terms one deletion away, for typo tolerance: deletion key → term ids.
    private var deletions: [String: [Int32]] = [:]

    /// Builds the index for `library`.
    public init(library: ContentLibrary, weights: FieldWeights = FieldWeights()) {
        self.init(lessons: library.lessons, lexicon: ConceptLexicon(synonyms: library.synonyms), weights: weights)
    }

    init(lessons: [Microlearning], lexicon: ConceptLexicon, weights: FieldWeights = FieldWeights()) {
        self.lessons = lessons
        self.lexicon = lexicon

        // The vocabulary for splitting Dutch compounds: every word the lessons use.
        var vocabulary: Set<String> = []
        for lesson in lessons where lesson.language == .nl {
            for word in TextNormalizer.words(lesson.title + " " + lesson.questions.joined(separator: " ") + " " + lesson.tags.joined(separator: " ") + " " + lesson.body) where word.count >= 3 {
                vocabulary.insert(word)
            }
        }
        for group in lexicon.sourceGroups {
            for term in group { for word in TextNormalizer.words(term) where word.count >= 3 { vocabulary.insert(word) } }
        }
        splitter = DutchCompoundSplitter(vocabulary: vocabulary)

        let fieldWeights = [weights.title, weights.questions, weights.tags, weights.body]
        var perLesson: [[[String: Int]]] = []  // lesson → field → term → count
        var fieldLengthTotals = [Double](repeating: 0, count: 4)
        for lesson in lessons {
            let fields = [lesson.title, lesson.questions.joined(separator: "\n"), lesson.tags.joined(separator: ", "), lesson.body]
            var counts: [[String: Int]] = []
            for (f, text) in fields.enumerated() {
                var termCounts: [String: Int] = [:]
                let terms = Self.terms(of: text, language: lesson.language, lexicon: lexicon, splitter: splitter)
                for term in terms { termCounts[term, default: 0] += 1 }
                fieldLengthTotals[f] += Double(terms.count)
                counts.append(termCounts)
            }
            perLesson.append(counts)
        }
        let n = Double(max(lessons.count, 1))
        let averageLengths = fieldLengthTotals.map { max($0 / n, 1) }

        var weighted: [String: [(Int32, Double)]] = [:]
        for (l, fields) in perLesson.enumerated() {
            var perTerm: [String: Double] = [:]
            for (f, counts) in fields.enumerated() {
                let length = Double(counts.values.reduce(0, +))
                let norm = 1 - Self.b + Self.b * length / averageLengths[f]
                for (term, count) in counts {
                    perTerm[term, default: 0] += fieldWeights[f] * Double(count) / norm
                }
            }
            for (term, tf) in perTerm {
                weighted[term, default: []].append((Int32(l), tf / (Self.k1 + tf)))
            }
        }
        for term in weighted.keys.sorted() {
            let id = Int32(postings.count)
            termIDs[term] = id
            let list = weighted[term]!
            postings.append(list.map { (lesson: $0.0, weight: Float($0.1)) })
            let df = Double(list.count)
            idf.append(log(1 + (n - df + 0.5) / (df + 0.5)))
            if !term.hasPrefix("#") && term.count >= 4 {
                for key in Self.deletionKeys(term) { deletions[key, default: []].append(id) }
            }
        }
        maxIDF = log(1 + (n + 0.5) / 0.5)
    }

    /// The terms a text contributes to the index: stems, compound parts and concepts.
    static func terms(of text: String, language: Language, lexicon: ConceptLexicon, splitter: DutchCompoundSplitter) -> [String] {
        var terms: [String] = []
        var allStems: [String] = []
        for word in TextNormalizer.words(text) {
            let stem = TextNormalizer.stem(word, language: language)
            allStems.append(stem)
            if StopWords.isStopWord(word, language: language) { continue }
            terms.append(stem)
            if language == .nl && word.count >= 8 {
                let parts = splitter.split(word)
                if parts.count > 1 {
                    for part in parts where !StopWords.isStopWord(part, language: .nl) {
                        terms.append(TextNormalizer.stem(part, language: .nl))
                    }
                    terms += lexicon.concepts(in: parts.map { TextNormalizer.stem($0, language: .nl) })
                }
            }
        }
        terms += lexicon.concepts(in: allStems)
        return terms
    }

    /// One unit of a query: alternative terms, of which the best one counts.
    struct QueryUnit {
        var alternatives: [Int32]
        var weight: Double
    }

    /// Scores every lesson that shares a term with `query`, best first.
    /// `language` is the language the question is in; lessons in it get a small preference.
    public func search(_ query: String, language: Language, limit: Int = 5) -> [Hit] {
        let units = queryUnits(query, language: language)
        guard !units.isEmpty else { return [] }
        let denominator = units.reduce(0.0) { $0 + $1.weight }
        var scores: [Int32: Double] = [:]
        for unit in units {
            var best: [Int32: Double] = [:]
            for term in unit.alternatives {
                let termIDF = idf[Int(term)]
                for posting in postings[Int(term)] {
                    let value = termIDF * Double(posting.weight)
                    if value > best[posting.lesson, default: 0] { best[posting.lesson] = value }
                }
            }
            for (lesson, value) in best { scores[lesson, default: 0] += value }
        }
        var hits = scores.map { lesson, score -> Hit in
            let sameLanguage = lessons[Int(lesson)].language == language
            let ranked = sameLanguage ? score * 1.1 : score
            return Hit(lessonIndex: Int(lesson), score: ranked, coverage: min(1, score / denominator))
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : lessons[$0.lessonIndex].id < lessons[$1.lessonIndex].id }
        return Array(hits.prefix(limit))
    }

    /// Splits a question into units: each concept phrase or word, with its alternative terms.
    func queryUnits(_ query: String, language: Language) -> [QueryUnit] {
        let words = TextNormalizer.words(query)
        var units: [QueryUnit] = []
        let primary = language
        let stemsPrimary = words.map { TextNormalizer.stem($0, language: primary) }
        let stemsOther = words.map { TextNormalizer.stem($0, language: primary.other) }
        for (i, word) in words.enumerated() {
            if TextAnalyzer.isQueryStopWord(word, primary: primary) { continue }
            var alternatives: Set<String> = [stemsPrimary[i], stemsOther[i]]
            // Concepts this word takes part in, as a single word or in a phrase around it.
            for stems in [stemsPrimary, stemsOther] {
                for concept in lexicon.concepts(in: [stems[i]]) { alternatives.insert(concept) }
                if i + 1 < stems.count { for c in lexicon.concepts(in: [stems[i], stems[i + 1]]) { alternatives.insert(c) } }
                if i > 0 { for c in lexicon.concepts(in: [stems[i - 1], stems[i]]) { alternatives.insert(c) } }
            }
            var ids = alternatives.compactMap { termIDs[$0] }
            if ids.isEmpty {
                // Not in the index: a Dutch compound of known words, or a typo of a known word.
                let parts = splitter.split(word)
                if parts.count > 1 {
                    for part in parts where !StopWords.isStopWord(part, language: .nl) {
                        var partIDs = [TextNormalizer.stem(part, language: .nl), TextNormalizer.stem(part, language: .en)].compactMap { termIDs[$0] }
                        partIDs += lexicon.concepts(in: [TextNormalizer.stem(part, language: .nl)]).compactMap { termIDs[$0] }
                        units.append(QueryUnit(alternatives: partIDs, weight: partIDs.map { idf[Int($0)] }.max() ?? maxIDF / 2))
                    }
                    continue
                }
                ids = typoCandidates(for: stemsPrimary[i]) + typoCandidates(for: word)
            }
            let weight = ids.map { idf[Int($0)] }.max() ?? maxIDF
            units.append(QueryUnit(alternatives: Array(Set(ids)), weight: weight))
        }
        return units
    }

    /// Index terms one edit (deletion, insertion, substitution, or transposition-like) away.
    func typoCandidates(for term: String) -> [Int32] {
        guard term.count >= 4 else { return [] }
        var found: Set<Int32> = []
        if let ids = deletions[term] { found.formUnion(ids) }
        for key in Self.deletionKeys(term) {
            if let id = termIDs[key] { found.insert(id) }
            if let ids = deletions[key] { found.formUnion(ids) }
        }
        return Array(found)
    }

    static func deletionKeys(_ term: String) -> [String] {
        let chars = Array(term)
        return chars.indices.map { i in
            var copy = chars
            copy.remove(at: i)
            return String(copy)
        }
    }

    /// Number of distinct terms: reported by `status` and the benchmark.
    public var termCount: Int { termIDs.count }
}
