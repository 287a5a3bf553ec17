/// Finds the lesson for a chat question, or decides honestly that there is none.
///
/// Immutable once built: a reload builds a new matcher and swaps it in whole.
public struct LessonMatcher: Sendable {
    public let library: ContentLibrary
    public let index: LessonIndex
    public var policy: MatchPolicy

    public init(library: ContentLibrary, policy: MatchPolicy = .standard) {
        self.library = library
        self.index = LessonIndex(library: library)
        self.policy = policy
    }

    /// Matches `question`. `fallbackLanguage` is used when the message itself does not show
    /// its language (the asker's known language, or the organisation's).
    /// `candidateLimit` is how many ranked lessons the result keeps (for evaluation; answers use few).
    public func match(_ question: String, fallbackLanguage: Language, candidateLimit: Int = 5) -> MatchResult {
        let language = LanguageDetector().detect(question, fallback: fallbackLanguage)
        let hits = index.search(question, language: language, limit: max(candidateLimit, 1 + policy.maximumAlternatives))
        var candidates = hits.map {
            MatchResult.Candidate(lesson: index.lessons[$0.lessonIndex], confidence: $0.coverage, score: $0.score)
        }
        candidates = Self.preferAskersLanguage(candidates, language: language)
        guard let top = candidates.first, top.confidence >= policy.minimumConfidence else {
            return MatchResult(question: question, language: language, decision: .noMatch, candidates: candidates)
        }
        let close = candidates.dropFirst().filter {
            $0.score >= top.score * policy.ambiguityRatio && $0.confidence >= policy.minimumConfidence
        }.prefix(policy.maximumAlternatives)
        if close.isEmpty {
            return MatchResult(question: question, language: language, decision: .answer, candidates: [top] + candidates.dropFirst())
        }
        return MatchResult(question: question, language: language, decision: .answerWithAlternatives, candidates: [top] + close)
    }

    /// Drops a lesson's twin in the other language when the asker's language has it, so
    /// "did you mean" never offers the same topic twice.
    static func preferAskersLanguage(_ candidates: [MatchResult.Candidate], language: Language) -> [MatchResult.Candidate] {
        var result: [MatchResult.Candidate] = []
        for candidate in candidates {
            let twin = result.firstIndex { TopicTwins.areTwins($0.lesson, candidate.lesson) }
            if let twin {
                if result[twin].lesson.language != language && candidate.lesson.language == language {
                    result[twin] = candidate
                }
                continue
            }
            result.append(candidate)
        }
        return result
    }
}

/// Recognises the same topic written twice, once per language (`give-feedback-en` / `feedback-geven-nl`,
/// or lessons that name each other in `related` and differ only in language).
enum TopicTwins {
    static func areTwins(_ a: Microlearning, _ b: Microlearning) -> Bool {
        guard a.language != b.language else { return false }
        if a.related.contains(b.id) && b.related.contains(a.id) { return true }
        func base(_ id: String) -> String? {
            for suffix in ["-nl", "-en"] where id.hasSuffix(suffix) { return String(id.dropLast(3)) }
            return nil
        }
        if let x = base(a.id), let y = base(b.id), x == y { return true }
        return false
    }
}
