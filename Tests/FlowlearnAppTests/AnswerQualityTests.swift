import Foundation
import Testing

/// Answer quality measured with `flowlearn eval`, as the README reports it.
///
/// Both sets assert the targets: top-1 >= 90 %, out-of-scope rejection >= 85 %, confidently
/// wrong <= 3 %. A change that makes answers worse than that fails here.
@Suite struct AnswerQualityTests {
    func evaluate(content: String, questions: String) async throws -> [String: Any] {
        let result = try await FlowlearnBinary.run(["eval", "--content", content, "--questions", questions, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theShippedContentOnItsLabelledQuestions() async throws {
        let questions = FlowlearnBinary.packageRoot.appendingPathComponent("Tests/FlowlearnAppTests/Fixtures/content-questions.jsonl").path
        let figures = try await evaluate(content: FlowlearnBinary.shippedContent, questions: questions)
        #expect((figures["in_scope"] as? Int ?? 0) >= 150)
        #expect(figures["top1"] as? Double ?? 0 >= 0.90, "\(figures)")
        #expect(figures["oos_rejection"] as? Double ?? 0 >= 0.85, "\(figures)")
        #expect(figures["confidently_wrong"] as? Double ?? 1 <= 0.03, "\(figures)")
    }

    static let sharedEval = FlowlearnBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedEval.appendingPathComponent("dev-questions.jsonl").path),
                   "the independent corpus ../shared/eval is not beside the checkout"))
    func theIndependentCorpusOnItsDevQuestions() async throws {
        let figures = try await evaluate(content: Self.sharedEval.appendingPathComponent("corpus").path,
                                   questions: Self.sharedEval.appendingPathComponent("dev-questions.jsonl").path)
        // The targets (reached: 90.0 % and 100 %), not the current figures.
        #expect(figures["top1"] as? Double ?? 0 >= 0.90, "\(figures)")
        #expect(figures["oos_rejection"] as? Double ?? 0 >= 0.85, "\(figures)")
        #expect(figures["confidently_wrong"] as? Double ?? 1 <= 0.03, "\(figures)")
    }
}
