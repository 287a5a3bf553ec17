import Foundation

/// Answer quality measured on labelled questions: how often the bot gives the right lesson,
/// rejects what it has no lesson for, and how rarely it is confidently wrong.
public struct AnswerEvaluation: Sendable {
    /// One question the bot did not get right.
    public struct Miss: Sendable, Equatable {
        public var question: LabelledQuestion
        /// What the bot answered (`nil`: nothing).
        public var answered: String?
        public var offeredAlternatives: [String]
        public var confidence: Double
        /// Rank of the expected lesson among the candidates (1-based), if ranked at all.
        public var expectedRank: Int?
    }

    public var inScope = 0
    public var outOfScope = 0
    public var correctTop1 = 0
    public var inTop3 = 0
    public var reciprocalRankSum = 0.0
    public var rejectedOutOfScope = 0
    public var confidentlyWrong = 0
    public var misses: [Miss] = []

    public var top1Accuracy: Double { inScope == 0 ? 0 : Double(correctTop1) / Double(inScope) }
    public var top3Recall: Double { inScope == 0 ? 0 : Double(inTop3) / Double(inScope) }
    public var meanReciprocalRank: Double { inScope == 0 ? 0 : reciprocalRankSum / Double(inScope) }
    public var outOfScopeRejection: Double { outOfScope == 0 ? 0 : Double(rejectedOutOfScope) / Double(outOfScope) }
    public var confidentlyWrongRate: Double { inScope == 0 ? 0 : Double(confidentlyWrong) / Double(inScope) }

    /// Runs every question through `matcher`.
    public init(matcher: LessonMatcher, questions: [LabelledQuestion], fallbackLanguage: Language = .en) {
        for question in questions {
            let result = matcher.match(question.text, fallbackLanguage: fallbackLanguage, candidateLimit: 10)
            let ranked = result.candidates.map(\.lesson.id)
            let answered = result.best?.lesson.id
            let miss = Miss(question: question, answered: answered, offeredAlternatives: result.alternatives.map(\.lesson.id),
                            confidence: result.candidates.first?.confidence ?? 0,
                            expectedRank: question.expected.flatMap { ranked.firstIndex(of: $0) }.map { $0 + 1 })
            guard let expected = question.expected else {
                outOfScope += 1
                if answered == nil { rejectedOutOfScope += 1 } else { misses.append(miss) }
                continue
            }
            inScope += 1
            if let rank = miss.expectedRank {
                reciprocalRankSum += 1 / Double(rank)
                if rank <= 3 { inTop3 += 1 }
            }
            if answered == expected {
                correctTop1 += 1
            } else {
                misses.append(miss)
                if answered != nil && result.decision == .answer { confidentlyWrong += 1 }
            }
        }
    }

    /// The one-line summary printed last by `flowlearn eval`.
    public var summaryLine: String {
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        return "eval: top1 \(pct(top1Accuracy)) top3 \(pct(top3Recall)) mrr \(String(format: "%.3f", meanReciprocalRank)) "
            + "oos-rejection \(pct(outOfScopeRejection)) confidently-wrong \(pct(confidentlyWrongRate)) "
            + "(\(inScope) in scope, \(outOfScope) out of scope)"
    }
}

