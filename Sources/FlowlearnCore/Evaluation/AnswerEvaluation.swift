import Foundation

/// Answer quality measured on labelled questions, as an asker meets it: how often the reply is
/// the right lesson, or offers it among a choice, how often an out-of-scope question gets an
/// honest "nothing yet", and how often a wrong lesson is shown as the answer.
public struct AnswerEvaluation: Sendable {
    /// One question the bot did not answer right.
    public struct Miss: Sendable, Equatable {
        public var question: LabelledQuestion
        /// What the bot answered (`nil`: no answer).
        public var answered: String?
        /// The lessons it offered to choose from.
        public var offered: [String]
        public var confidence: Double
        /// Rank of the expected lesson among the candidates (1-based), if ranked at all.
        public var expectedRank: Int?
    }

    public var inScope = 0
    public var outOfScope = 0
    /// In scope, answered with the expected lesson.
    public var correctTop1 = 0
    /// In scope, the expected lesson ranked in the first three (whatever the decision).
    public var inTop3 = 0
    public var reciprocalRankSum = 0.0
    /// Out of scope, replied "nothing yet" (no answer, no choice).
    public var rejectedOutOfScope = 0
    /// Any question answered with a lesson that is not the expected one (out of scope: any answer).
    public var wrongAnswers = 0
    /// In scope, the expected lesson is the answer or among the offered choices.
    public var reachedInOneReply = 0
    /// Replies that offered a choice.
    public var choices = 0
    public var misses: [Miss] = []

    public var top1Accuracy: Double { ratio(correctTop1, inScope) }
    public var top3Recall: Double { ratio(inTop3, inScope) }
    public var meanReciprocalRank: Double { inScope == 0 ? 0 : reciprocalRankSum / Double(inScope) }
    public var outOfScopeRejection: Double { ratio(rejectedOutOfScope, outOfScope) }
    /// Wrong answers over all questions.
    public var wrongAnswerRate: Double { ratio(wrongAnswers, inScope + outOfScope) }
    public var reachedRate: Double { ratio(reachedInOneReply, inScope) }
    public var choiceRate: Double { ratio(choices, inScope + outOfScope) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Runs every question through `matcher`.
    public init(matcher: LessonMatcher, questions: [LabelledQuestion], fallbackLanguage: Language = .en) {
        for question in questions {
            let result = matcher.match(question.text, fallbackLanguage: fallbackLanguage, candidateLimit: 10)
            let ranked = result.candidates.map(\.lesson.id)
            let answered = result.best?.lesson.id
            let offered = result.choices.map(\.lesson.id)
            if !offered.isEmpty { choices += 1 }
            let miss = Miss(question: question, answered: answered, offered: offered,
                            confidence: result.candidates.first?.confidence ?? 0,
                            expectedRank: question.expected.flatMap { ranked.firstIndex(of: $0) }.map { $0 + 1 })
            guard let expected = question.expected else {
                outOfScope += 1
                if answered == nil && offered.isEmpty { rejectedOutOfScope += 1 } else { misses.append(miss) }
                if answered != nil { wrongAnswers += 1 }
                continue
            }
            inScope += 1
            if let rank = miss.expectedRank {
                reciprocalRankSum += 1 / Double(rank)
                if rank <= 3 { inTop3 += 1 }
            }
            if answered == expected || offered.contains(expected) { reachedInOneReply += 1 }
            if answered == expected {
                correctTop1 += 1
            } else {
                misses.append(miss)
                if answered != nil { wrongAnswers += 1 }
            }
        }
    }

    /// The one-line summary printed last by `flowlearn eval`.
    public var summaryLine: String {
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        return "eval: top1 \(pct(top1Accuracy)) top3 \(pct(top3Recall)) oos-rejection \(pct(outOfScopeRejection)) "
            + "wrong-answer \(pct(wrongAnswerRate)) reached \(pct(reachedRate)) choices \(pct(choiceRate)) "
            + "(\(inScope) in scope, \(outOfScope) out of scope)"
    }
}
