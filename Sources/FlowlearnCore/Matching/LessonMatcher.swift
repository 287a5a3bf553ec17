/// Finds the lesson for a chat question, or decides honestly that there is none.
///
/// Ranking is ``LessonIndex`` (BM25F over stems, compound parts, the lexicon's concepts and the
/// dictionary's translations); the decision is ``MatchPolicy``: answer, offer a choice of the
/// closest two or three lessons, or say there is nothing yet. The policy is calibrated on the
/// library itself when the matcher is built (``SelfCalibration``), so it stays calibrated when
/// lessons are added or removed. When a topic exists in both languages (see ``TopicTwins``) the
/// answer and the choices are the lessons in the asker's language.
///
/// Immutable once built: a reload builds a new matcher and swaps it in whole.
public struct LessonMatcher: Sendable {
    public let library: ContentLibrary
    public let index: LessonIndex
    public var policy: MatchPolicy
    /// How the policy was calibrated on this library (`nil` when it was given).
    public let calibration: SelfCalibration.Report?
    private let twins: TopicTwins

    /// A matcher for `library`, read with `language`, its policy calibrated on the library
    /// unless `policy` is given.
    public init(library: ContentLibrary, language: LanguageResources, policy: MatchPolicy? = nil) {
        let index = LessonIndex(library: library, language: language)
        if let policy {
            self.init(library: library, index: index, policy: policy, calibration: nil)
        } else {
            let report = SelfCalibration.calibrate(library: library, index: index, language: language)
            self.init(library: library, index: index, policy: report.policy, calibration: report)
        }
    }

    init(library: ContentLibrary, index: LessonIndex, policy: MatchPolicy, calibration: SelfCalibration.Report? = nil) {
        self.library = library
        self.index = index
        self.policy = policy
        self.calibration = calibration
        self.twins = index.twins
    }

    /// Matches `question`. `fallbackLanguage` is used when the message itself does not show
    /// its language (the asker's known language, or the organisation's).
    /// `candidateLimit` is how many ranked lessons the result keeps (for evaluation; answers use few).
    public func match(_ question: String, fallbackLanguage: Language, candidateLimit: Int = 5) -> MatchResult {
        let language = LanguageDetector().detect(question, fallback: fallbackLanguage)
        let limit = max(candidateLimit, policy.maximumChoices)
        // One extra hit per twin pair may be dropped below, so ask for a few more.
        let (units, hits) = index.analysedSearch(question, language: language, limit: limit + 2)
        let candidates = Array(askersLanguage(hits, units: units, language: language).prefix(limit))
        let decision = policy.decide(candidates.map { (confidence: $0.confidence, score: $0.score) })
        let unknown = Double(index.unknownShare(of: units))
        let outcome: MatchResult.Decision
        switch decision {
        case .answer: outcome = .answer
        case .choose(let count): outcome = .choose(Array(candidates.prefix(count)))
        case .nothing: outcome = .noMatch
        }
        return MatchResult(question: question, language: language, decision: outcome, candidates: candidates,
                           unknownShare: unknown, unitCount: units.count)
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
            result.append(MatchResult.Candidate(lesson: index.lessons[position], confidence: confidence, score: hit.score,
                                                headingCoverage: hit.headingCoverage, closeness: hit.closeness))
        }
        return result
    }
}
