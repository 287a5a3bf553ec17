/// When the bot answers, when it offers a choice of lessons, and when it says it has nothing yet.
///
/// **Confidence** (``MatchResult/Candidate/confidence``, 0–1) is the share of the question's
/// information that a lesson covers: every word counts with its idf, topic words of this library
/// fully and general words less (see ``QueryAnalyzer``), words no lesson knows at a fixed high
/// weight; a lesson covers a word when it has it, a synonym or a translation of it, fully from its
/// title, tags or sample questions and partly from its body.
///
/// **Decision.** Below ``minimumConfidence`` the question is a content gap. From
/// ``answerConfidence`` up, when no runner-up is close, the best lesson is the answer; a runner-up
/// is close when both its score and its confidence are at least ``ambiguityRatio`` of the best's.
/// Otherwise the close lessons (at least two, at most ``maximumChoices``) are offered to choose from.
///
/// **Calibration.** The three numbers are not set by hand: ``SelfCalibration`` fits them on the
/// library when the matcher is built, from questions it knows the answer to (the lessons' own
/// sample questions, each asked of the library without it, and asked of the library without its
/// lesson). ``standard`` is only the fallback for a library too small to calibrate on.
public struct MatchPolicy: Sendable, Equatable {
    /// Below this confidence the question is a content gap.
    public var minimumConfidence: Double
    /// From this confidence up (and with a clear lead) the best lesson is the answer.
    public var answerConfidence: Double
    /// A runner-up scoring at least this share of the best makes the question a close call.
    public var ambiguityRatio: Double
    /// At most this many lessons are offered to choose from.
    public var maximumChoices: Int

    public init(minimumConfidence: Double = 0.3, answerConfidence: Double = 0.45, ambiguityRatio: Double = 0.8, maximumChoices: Int = 3) {
        self.minimumConfidence = minimumConfidence
        self.answerConfidence = max(answerConfidence, minimumConfidence)
        self.ambiguityRatio = ambiguityRatio
        self.maximumChoices = maximumChoices
    }

    /// The fallback for libraries too small to calibrate on.
    public static let standard = MatchPolicy()

    /// What to do, without the lessons.
    public enum Outcome: Sendable, Equatable {
        case answer
        /// Offer the first `count` candidates.
        case choose(count: Int)
        case nothing
    }

    /// The outcome for ranked candidates (best first).
    public func decide(_ ranked: [(confidence: Double, score: Double)]) -> Outcome {
        guard let top = ranked.first, top.confidence >= minimumConfidence else { return .nothing }
        var close = 0
        var k = 1
        while k < ranked.count && k < maximumChoices && ranked[k].score >= top.score * ambiguityRatio
                && ranked[k].confidence >= top.confidence * ambiguityRatio {
            close += 1
            k += 1
        }
        if close == 0 && top.confidence >= answerConfidence { return .answer }
        if ranked.count == 1 { return top.confidence >= answerConfidence ? .answer : .choose(count: 1) }
        return .choose(count: max(2, 1 + close))
    }
}
