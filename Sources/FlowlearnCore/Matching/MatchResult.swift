/// What the matcher made of one question.
public struct MatchResult: Sendable, Equatable {
    /// A lesson with its confidence for this question.
    public struct Candidate: Sendable, Equatable {
        public var lesson: Microlearning
        /// Confidence from 0 to 1.
        public var confidence: Double
        /// The ranking score (BM25F).
        public var score: Double
        /// The share of the question its title, tags and sample questions cover (0–1).
        public var headingCoverage: Double = 0
        /// How closely the question matches its closest title or sample question (0–1).
        public var closeness: Double = 0

        public init(lesson: Microlearning, confidence: Double, score: Double, headingCoverage: Double = 0, closeness: Double = 0) {
            self.lesson = lesson
            self.confidence = confidence
            self.score = score
            self.headingCoverage = headingCoverage
            self.closeness = closeness
        }
    }

    /// What to do with the question.
    public enum Decision: Sendable, Equatable {
        /// Answer with the best lesson (``MatchResult/best``).
        case answer
        /// The best lessons are too close to pick one: offer these (two or three, best first, each
        /// topic once and in the asker's language) and let the asker choose, or ask differently.
        case choose([Candidate])
        /// Nothing good enough: tell the asker honestly and log a content gap.
        case noMatch
    }

    public var question: String
    /// The language the question is written in: the answer is in it too.
    public var language: Language
    public var decision: Decision
    /// The best candidates, best first (also when the decision is not `.answer`, for the gap log).
    public var candidates: [Candidate]
    /// The share of the question's information in words no lesson knows (0–1).
    public var unknownShare: Double
    /// How many units of meaning the question was read as.
    public var unitCount: Int

    public init(question: String, language: Language, decision: Decision, candidates: [Candidate], unknownShare: Double = 0, unitCount: Int = 0) {
        self.question = question
        self.language = language
        self.decision = decision
        self.candidates = candidates
        self.unknownShare = unknownShare
        self.unitCount = unitCount
    }

    /// The lesson to answer with, when the decision is to answer.
    public var best: Candidate? { decision == .answer ? candidates.first : nil }

    /// The lessons offered to choose from (empty unless the decision is `.choose`).
    public var choices: [Candidate] {
        if case .choose(let offered) = decision { return offered }
        return []
    }

    /// The lesson among the offered ones that a reply picks: a number (`1`, `2`, ...) or a title
    /// (case, accents and punctuation ignored). `nil` when the reply is neither.
    public func choice(for reply: String) -> Candidate? {
        let offered = choices
        let words = TextNormalizer.words(reply)
        if words.count == 1, let number = Int(words[0]), offered.indices.contains(number - 1) { return offered[number - 1] }
        guard !words.isEmpty else { return nil }
        return offered.first { TextNormalizer.words($0.lesson.title) == words }
    }
}
