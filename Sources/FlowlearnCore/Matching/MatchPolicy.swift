/// When the bot answers, when it offers alternatives, and when it says it has nothing yet.
///
/// Confidence is the share of the question's information (idf-weighted terms) that the best
/// lesson covers. The figures are calibrated on labelled questions; see the README's
/// "Answer quality" section for how, and `flowlearn eval` to measure them again.
public struct MatchPolicy: Sendable, Equatable {
    /// Below this confidence the question is a content gap.
    public var minimumConfidence: Double
    /// When the runner-up scores at least this share of the best, the answer offers it as "did you mean".
    public var ambiguityRatio: Double
    /// At most this many alternatives are offered.
    public var maximumAlternatives: Int

    public init(minimumConfidence: Double = 0.45, ambiguityRatio: Double = 0.85, maximumAlternatives: Int = 2) {
        self.minimumConfidence = minimumConfidence
        self.ambiguityRatio = ambiguityRatio
        self.maximumAlternatives = maximumAlternatives
    }

    public static let standard = MatchPolicy()
}
