import Foundation
import Testing

/// Without the FreeDict packages the bot still starts and answers, and says what is missing.
@Suite struct MissingDictionaryTests {
    let missing = ["FLOWLEARN_DICTIONARIES": "/nonexistent/dictd"]

    @Test func checkWarnsAndStillPasses() async throws {
        let result = try await FlowlearnBinary.run(["check", "--content", FlowlearnBinary.shippedContent], environment: missing)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: /nonexistent/dictd/freedict-nld-eng.index: no such dictionary"), "\(result.stderr)")
        #expect(result.stderr.contains("dict-freedict-nld-eng"), "\(result.stderr)")
    }

    @Test func theDaemonStartsWithAClearWarningAndAnswers() async throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("nodict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let result = try await FlowlearnBinary.run(["run", "--content", FlowlearnBinary.shippedContent],
                                                   input: "how do i report a phishing email\n", directory: state.path, environment: missing)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no such dictionary"), "\(result.stderr)")
        #expect(result.stdout.localizedCaseInsensitiveContains("phishing"), "\(result.stdout)")
    }
}
