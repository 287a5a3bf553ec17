import Foundation

/// A search index over a library's lessons: field-weighted BM25 (BM25F) over stems, Dutch
/// compound parts and bilingual concepts, built once per library and then read concurrently.
///
/// Each lesson's title, sample questions, tags and body are one document with four fields
/// (``RankingParameters`` holds their weights and the BM25 constants). Its terms are the stems of
/// its words, the parts of its Dutch compounds, and the concepts of ``ConceptLexicon`` that its
/// words and phrases express. A question becomes ``QueryUnit``s (see ``QueryAnalyzer``); a lesson
/// scores, per unit, the best of the unit's alternatives (the word's stems in both languages, its
/// concepts, a typo's correction), so a word and its synonym never count twice. Workplace
/// vocabulary counts fully and general language half. The best lessons are then re-ranked by how
/// closely the question matches their single closest title or sample question
/// (``SampleSentences``). The confidence of a hit is its ``coverage(of:units:)``.
///
/// Postings are flat arrays and a query scores into a dense array with a list of touched lessons,
/// so a search costs the length of the posting lists it reads and no hashing. Immutable after
/// building: queries allocate their own scratch arrays, so any number of threads may search one
/// index at the same time; a reload builds a new index.
public struct LessonIndex: Sendable {
    /// The weight of a term found in each field of a lesson.
    public struct FieldWeights: Sendable, Equatable {
        public var title = Double(RankingParameters.standard.title)
        public var questions = Double(RankingParameters.standard.questions)
        public var tags = Double(RankingParameters.standard.tags)
        public var body = Double(RankingParameters.standard.body)
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
        /// The share covered by the lesson's title, tags and sample questions alone.
        public var headingCoverage: Double = 0
        /// How closely the question matches the lesson's closest title or sample question (0–1).
        public var closeness: Double = 0
    }

    /// Words shorter than this (in bytes) are not split as compounds.
    static let minimumCompoundLength = 7

    public let lessons: [Microlearning]
    let lexicon: ConceptLexicon
    let parameters: RankingParameters
    let postings: PostingLists
    let sentences: SampleSentences
    let analyzer: QueryAnalyzer
    /// Each lesson's position when lessons are sorted by id: ties in score are broken by id.
    private let tieRank: [Int32]
    /// The side cues that tell near-neighbour lessons apart, and the sides each lesson declares.
    let sideCues: SideCues
    let declaredSides: [SideCues.Mask]
    /// The lessons that are one topic in two languages.
    let twins: TopicTwins
    /// Why the dictionary could not be read while building, if it could not (`flowlearn check`).
    public let dictionaryProblem: String?
    /// The dictionary's pairs that touch this library (for indexes of a part of it).
    let translationPairs: TranslationBridge.KeptPairs
    /// Per lesson, the terms of its title, tags and sample questions with their saturated weight
    /// from those fields: `headingTerms[headingStart[l] ..< headingStart[l + 1]]`.
    let headingStart: [Int32]
    let headingTerms: [Int32]
    let headingWeights: [Float]

    /// Builds the index for `library`, reading it with `language` (stemmers, dictionary).
    public init(library: ContentLibrary, language: LanguageResources, weights: FieldWeights = FieldWeights()) {
        var parameters = RankingParameters.standard
        parameters.title = Float(weights.title)
        parameters.questions = Float(weights.questions)
        parameters.tags = Float(weights.tags)
        parameters.body = Float(weights.body)
        self.init(lessons: library.lessons, lexicon: ConceptLexicon(synonyms: library.synonyms, stemmers: language.stemmers),
                  translations: language.translations, parameters: parameters)
    }

    init(lessons: [Microlearning], lexicon: ConceptLexicon, translations: (any TranslationSource)? = nil, parameters: RankingParameters = .standard) {
        self.lessons = lessons
        self.lexicon = lexicon
        self.parameters = parameters
        let builder = IndexBuilder(lexicon: lexicon, parameters: parameters, translations: translations)
        let output = builder.build(lessons)
        postings = output.postings
        sentences = output.sentences
        let n = Float(max(lessons.count, 1))
        let maximumIDF = log(1 + (n + 0.5) / 0.5)
        dictionaryProblem = output.translations.problem
        translationPairs = output.translations.pairs
        headingStart = output.headingStart
        headingTerms = output.headingTerms
        headingWeights = output.headingWeights
        analyzer = QueryAnalyzer(lexicon: lexicon, stemTerms: output.stemTerms, conceptTerms: output.conceptTerms,
                                 idf: output.idf, splitter: output.splitter, vocabulary: output.vocabulary,
                                 topicality: output.topicality, translations: output.translations,
                                 unknownWeight: maximumIDF * parameters.unknownWordShare, parameters: parameters)
        var rank = [Int32](repeating: 0, count: lessons.count)
        for (position, index) in lessons.indices.sorted(by: { lessons[$0].id < lessons[$1].id || (lessons[$0].id == lessons[$1].id && $0 < $1) }).enumerated() {
            rank[index] = Int32(position)
        }
        tieRank = rank
        let cues = SideCues()
        sideCues = cues
        let sides = lessons.map { cues.declared(by: $0) }
        declaredSides = sides
        // Twins are compared through the dictionary too: a term and its translation count as one.
        var bridged = output
        let representative = output.translations.representatives(termCount: output.idf.count, stemTerms: output.stemTerms)
        bridged.headingTerms = output.headingTerms.map { representative[Int($0)] }
        twins = TopicTwins(lessons: lessons, headings: bridged, declaredSides: sides, fullCoverageWeight: parameters.fullCoverageWeight)
    }

    /// Scores every lesson that shares a term with `query`, best first (ties by id), at most `limit`.
    /// `language` is the language the question is in: its stemmer reads the question first, and
    /// lessons in it get a small preference.
    public func search(_ query: String, language: Language, limit: Int = 5) -> [Hit] {
        analysedSearch(query, language: language, limit: limit).hits
    }

    /// ``search(_:language:limit:)`` together with the units the query was read as (for the
    /// confidence of twins and for explanations).
    func analysedSearch(_ query: String, language: Language, limit: Int) -> (units: [QueryUnit], hits: [Hit]) {
        let units = analyzer.units(of: query, language: language)
        return (units, search(units: units, language: language, limit: limit, sides: sideCues.shown(in: query)))
    }

    /// `sides`: the sides the question shows (``SideCues``); lessons declaring only the opposite
    /// side of an axis rank lower.
    func search(units: [QueryUnit], language: Language, limit: Int, sides: SideCues.Mask = 0) -> [Hit] {
        guard !units.isEmpty, !lessons.isEmpty, limit > 0 else { return [] }
        let idf = analyzer.idf
        var scores = [Float](repeating: 0, count: lessons.count)
        var touched: [Int32] = []
        touched.reserveCapacity(min(lessons.count, 4096))
        var unitBest: [Float] = units.contains { $0.alternatives.count > 1 } ? [Float](repeating: 0, count: lessons.count) : []
        var unitTouched: [Int32] = []
        scores.withUnsafeMutableBufferPointer { scores in
            unitBest.withUnsafeMutableBufferPointer { unitBest in
                postings.lessons.withUnsafeBufferPointer { lessonsOf in
                    postings.weights.withUnsafeBufferPointer { weightsOf in
                        for unit in units where !unit.alternatives.isEmpty {
                            if unit.alternatives.count == 1 {
                                let alternative = unit.alternatives[0]
                                let scale = unit.emphasis * alternative.factor * idf[Int(alternative.term)]
                                for p in postings.range(of: alternative.term) {
                                    let lesson = Int(lessonsOf[p])
                                    if scores[lesson] == 0 { touched.append(Int32(truncatingIfNeeded: lesson)) }
                                    scores[lesson] += scale * weightsOf[p]
                                }
                                continue
                            }
                            // Several alternatives: the best one per lesson counts.
                            for alternative in unit.alternatives {
                                let scale = unit.emphasis * alternative.factor * idf[Int(alternative.term)]
                                for p in postings.range(of: alternative.term) {
                                    let lesson = Int(lessonsOf[p])
                                    let value = scale * weightsOf[p]
                                    let previous = unitBest[lesson]
                                    if previous == 0 { unitTouched.append(Int32(truncatingIfNeeded: lesson)) }
                                    if value > previous { unitBest[lesson] = value }
                                }
                            }
                            for lesson in unitTouched {
                                let l = Int(lesson)
                                if scores[l] == 0 { touched.append(lesson) }
                                scores[l] += unitBest[l]
                                unitBest[l] = 0
                            }
                            unitTouched.removeAll(keepingCapacity: true)
                        }
                    }
                }
            }
        }

        // The best `depth` lessons by BM25F: a small sorted buffer, ties broken by id.
        let depth = max(limit, parameters.closenessDepth)
        var best: [(lesson: Int32, score: Float)] = []
        best.reserveCapacity(depth + 1)
        for lesson in touched {
            var score = scores[Int(lesson)]
            if lessons[Int(lesson)].language == language { score *= parameters.sameLanguageBoost }
            if best.count == depth, let last = best.last, !precedes(lesson, score, last.lesson, last.score) { continue }
            var position = best.count
            while position > 0 && precedes(lesson, score, best[position - 1].lesson, best[position - 1].score) { position -= 1 }
            best.insert((lesson, score), at: position)
            if best.count > depth { best.removeLast() }
        }

        // Re-ranked by how closely the question matches each one's closest sample question.
        var queryTerms: [(term: Int32, factor: Float)] = []
        for unit in units {
            for alternative in unit.alternatives { queryTerms.append((alternative.term, alternative.factor)) }
        }
        queryTerms.sort { $0.term != $1.term ? $0.term < $1.term : $0.factor > $1.factor }
        var closenessOf: [Int32: Float] = [:]
        best = best.map { entry in
            let closeness = sentences.closeness(lesson: Int(entry.lesson), queryTerms: queryTerms)
            closenessOf[entry.lesson] = closeness
            var score = entry.score * (1 + parameters.closenessWeight * closeness)
            if sides != 0 && SideCues.isOpposite(declared: declaredSides[Int(entry.lesson)], shown: sides) {
                score *= parameters.oppositeSideFactor
            }
            return (entry.lesson, score)
        }
        best.sort { precedes($0.lesson, $0.score, $1.lesson, $1.score) }
        if best.count > limit { best.removeLast(best.count - limit) }
        return best.map { entry in
            Hit(lessonIndex: Int(entry.lesson), score: Double(entry.score), coverage: Double(coverage(of: entry.lesson, units: units)),
                headingCoverage: Double(headingCoverage(of: entry.lesson, units: units)),
                closeness: Double(closenessOf[entry.lesson] ?? 0))
        }
    }

    @inline(__always) private func precedes(_ a: Int32, _ scoreA: Float, _ b: Int32, _ scoreB: Float) -> Bool {
        scoreA != scoreB ? scoreA > scoreB : tieRank[Int(a)] < tieRank[Int(b)]
    }

    /// The share (0–1) of the units' information that `lesson` covers: per unit, its best
    /// alternative's idf times how strongly the lesson has it (full from ``RankingParameters/fullCoverageWeight``
    /// up), over the units' weights. A lesson whose title, tags and sample questions have none of
    /// the question's words (only mentions in the body: "tips om beter te slapen" against a lesson
    /// that says "sleep" once) is not about the question: its share counts
    /// ``RankingParameters/unanchoredFactor``.
    func coverage(of lesson: Int32, units: [QueryUnit]) -> Float {
        var covered: Float = 0
        var information: Float = 0
        for unit in units {
            var best: Float = 0
            for alternative in unit.alternatives {
                guard let weight = postingWeight(term: alternative.term, lesson: lesson) else { continue }
                best = max(best, alternative.factor * analyzer.idf[Int(alternative.term)] * min(1, weight / parameters.fullCoverageWeight))
            }
            covered += min(best, unit.weight)
            information += unit.weight
        }
        let share = information > 0 ? min(1, covered / information) : 0
        return headingCoverage(of: lesson, units: units) > 0 ? share : share * parameters.unanchoredFactor
    }

    /// The share (0–1) of the units' information that `lesson`'s title, tags and sample questions
    /// cover (as ``coverage(of:units:)``, from those fields alone).
    func headingCoverage(of lesson: Int32, units: [QueryUnit]) -> Float {
        let entries = Int(headingStart[Int(lesson)])..<Int(headingStart[Int(lesson) + 1])
        var covered: Float = 0
        var information: Float = 0
        for unit in units {
            var best: Float = 0
            for alternative in unit.alternatives {
                guard let k = entries.first(where: { headingTerms[$0] == alternative.term }) else { continue }
                best = max(best, alternative.factor * analyzer.idf[Int(alternative.term)] * min(1, headingWeights[k] / parameters.fullCoverageWeight))
            }
            covered += min(best, unit.weight)
            information += unit.weight
        }
        return information > 0 ? min(1, covered / information) : 0
    }

    /// The share of the units' information in words no lesson knows.
    func unknownShare(of units: [QueryUnit]) -> Float {
        let information = units.reduce(Float(0)) { $0 + $1.weight }
        let unknown = units.filter(\.alternatives.isEmpty).reduce(Float(0)) { $0 + $1.weight }
        return information > 0 ? unknown / information : 0
    }

    /// The saturated weight of `term` in `lesson`, if the lesson has the term (binary search:
    /// postings are in lesson order).
    func postingWeight(term: Int32, lesson: Int32) -> Float? {
        let range = postings.range(of: term)
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if postings.lessons[mid] < lesson { low = mid + 1 } else { high = mid }
        }
        return low < range.upperBound && postings.lessons[low] == lesson ? postings.weights[low] : nil
    }

    /// What `unit` adds to `lesson`'s ranking score: its best alternative's (for explanations).
    func contribution(of unit: QueryUnit, lesson: Int32) -> Float {
        var best: Float = 0
        for alternative in unit.alternatives {
            guard let weight = postingWeight(term: alternative.term, lesson: lesson) else { continue }
            best = max(best, unit.emphasis * alternative.factor * analyzer.idf[Int(alternative.term)] * weight)
        }
        return best
    }

    /// The units a question is analysed into (for diagnostics and tests).
    func queryUnits(_ query: String, language: Language) -> [QueryUnit] {
        analyzer.units(of: query, language: language)
    }

    /// Number of distinct terms (stems and concepts): reported by `status` and the benchmark.
    public var termCount: Int { analyzer.idf.count }

    /// Number of (term, lesson) postings: reported by the benchmark.
    public var postingCount: Int { postings.totalCount }
}

extension LessonIndex {
    /// A readable name for a term (its stem, or the first words of its concept's group), for diagnostics.
    func debugTermName(_ term: Int32) -> String {
        if let stem = analyzer.stemTerms.first(where: { $0.value == term })?.key { return stem }
        if let concept = analyzer.conceptTerms.firstIndex(of: term) { return "#" + lexicon.sourceGroups[concept].prefix(2).joined(separator: "|") }
        return "?\(term)"
    }
}
