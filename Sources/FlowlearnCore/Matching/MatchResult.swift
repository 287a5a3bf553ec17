/// What the matcher made of one question.
public struct MatchResult: Sendable, Equatable {
    /// A lesson with its confidence for this question.
    public struct Candidate: Sendable, Equatable {
        public var lesson: Microlearning
        /// Confidence from 0 to 1.
        public var confidence: Double
        /// The ranking score (BM25F).
        public var score: Double
    }

    /// What to do with the question.
    public enum Decision: Sendable, Equatable {
        /// Answer with this lesson.
        case answer
        /// Answer with the best lesson, and offer ``alternatives`` as "did you mean".
        case answerWithAlternatives
        /// Nothing good enough: tell the asker honestly and log a content gap.
        case noMatch
    }

    public var question: String
    /// The language the question is written in: the answer is in it too.
    public var language: Language
    public var decision: Decision
    /// The best candidates, best first (also when the decision is `.noMatch`, for the gap log).
    public var candidates: [Candidate]

    /// The lesson to answer with, unless there is no match.
    public var best: Candidate? { decision == .noMatch ? nil : candidates.first }

    /// The "did you mean" lessons offered with the answer.
    public var alternatives: [Candidate] {
        decision == .answerWithAlternatives ? Array(candidates.dropFirst()) : []
    }
}
