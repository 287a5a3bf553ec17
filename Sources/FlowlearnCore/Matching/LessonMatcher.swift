/// Finds the lesson for a chat question, or decides honestly that there is none.
///
/// Ranking is ``LessonIndex`` (BM25F over stems, compound parts and bilingual concepts); the
/// decision is ``MatchPolicy``: below its minimum confidence the question is a content gap, and a
/// runner-up that scores close to the best is offered as "did you mean". When a topic exists in
/// both languages (see ``TopicTwins``) the answer is the lesson in the asker's language.
///
/// Immutable once built: a reload builds a new matcher and swaps it in whole.
public struct LessonMatcher: Sendable {
    public let library: ContentLibrary
    public let index: LessonIndex
    public var policy: MatchPolicy
    private let twins: TopicTwins

    public init(library: ContentLibrary, policy: MatchPolicy = .standard) {
        self.init(library: library, index: LessonIndex(library: library), policy: policy)
    }

    /// A matcher over an index built beforehand (for measuring ranking parameters).
    init(library: ContentLibrary, index: LessonIndex, policy: MatchPolicy) {
        self.library = library
        self.index = index
        self.policy = policy
        self.twins = index.twins
    }

    /// Matches `question`. `fallbackLanguage` is used when the message itself does not show
    /// its language (the asker's known language, or the organisation's).
    /// `candidateLimit` is how many ranked lessons the result keeps (for evaluation; answers use few).
    public func match(_ question: String, fallbackLanguage: Language, candidateLimit: Int = 5) -> MatchResult {
        let language = LanguageDetector().detect(question, fallback: fallbackLanguage)
        let limit = max(candidateLimit, 1 + policy.maximumAlternatives)
        // One extra hit per twin pair may be dropped below, so ask for a few more.
        let (units, hits) = index.analysedSearch(question, language: language, limit: limit + 2)
        let candidates = Array(askersLanguage(hits, units: units, language: language).prefix(limit))
        guard let top = candidates.first, top.confidence >= policy.minimumConfidence else {
            return MatchResult(question: question, language: language, decision: .noMatch, candidates: candidates)
        }
        let close = candidates.dropFirst().filter { $0.score >= top.score * policy.ambiguityRatio }.prefix(policy.maximumAlternatives)
        if close.isEmpty {
            return MatchResult(question: question, language: language, decision: .answer, candidates: candidates)
        }
        return MatchResult(question: question, language: language, decision: .answerWithAlternatives, candidates: [top] + close)
    }

    /// The hits as candidates, each topic once and in the asker's language when it has a twin in
    /// it. A topic keeps the better-ranked twin's score, and as confidence the share of the
    /// question that either twin covers: they say the same in two languages, so a word that only
    /// one of them happens to use ("ongemakkelijk" through "uncomfortable") is covered by the topic.
    private func askersLanguage(_ hits: [LessonIndex.Hit], units: [QueryUnit], language: Language) -> [MatchResult.Candidate] {
        var result: [MatchResult.Candidate] = []
        var taken: Set<Int> = []
        for hit in hits {
            var position = hit.lessonIndex
            if index.lessons[position].language != language, let twin = twins.twin(of: position),
               index.lessons[twin].language == language {
                position = twin
            }
            guard taken.insert(position).inserted else { continue }
            var confidence = hit.coverage
            if let twin = twins.twin(of: position) {
                taken.insert(twin)
                let other = position == hit.lessonIndex ? twin : position
                confidence = max(confidence, Double(index.coverage(of: Int32(other), units: units)))
            }
            result.append(MatchResult.Candidate(lesson: index.lessons[position], confidence: confidence, score: hit.score))
        }
        return result
    }
}
