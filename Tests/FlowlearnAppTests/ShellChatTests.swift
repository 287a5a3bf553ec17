import Foundation
import Testing

/// The shell platform: a person types at `flowlearn run` and reads the answers.
@Suite struct ShellChatTests {
    /// A folder set up like a checkout: the bundled content, nothing else; `run` uses its defaults there.
    func checkoutLikeFolder() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/content", withDestinationPath: FlowlearnBinary.shippedContent)
        return dir
    }

    @Test func aPipedQuestionGetsItsLessonFromTheEmbeddedDefault() async throws {
        let dir = try checkoutLikeFolder()
        let result = try await FlowlearnBinary.run(["run"], input: "how do I give feedback to a colleague?\n", directory: dir.path)
        #expect(result.status == 0, "\(result.stderr)")
        // The lesson, or (a close call with the receiving side) a choice that offers it.
        let answered = result.stdout.contains("**Give") && result.stdout.contains("## Checklist")
            && result.stdout.contains("Did this help? React with 👍 or 👎.")
        let offered = result.stdout.contains("Which of these do you mean?") && result.stdout.contains(". Give feedback")
        #expect(answered || offered, "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/var/flowlearn.sqlite"))
    }

    @Test func answersEachLineInItsOwnLanguageAndOwnsUpToGaps() async throws {
        let dir = try checkoutLikeFolder()
        let input = """
            hoe geef ik feedback aan een collega
            where do I park my bike at the new office
            help

            """
        let result = try await FlowlearnBinary.run(["run"], input: input, directory: dir.path)
        #expect(result.status == 0, "\(result.stderr)")
        let replies = result.stdout.components(separatedBy: "\n\n\n")
        #expect(result.stdout.contains("Hielp dit? Reageer met 👍 of 👎."))
        #expect(result.stdout.contains("I have nothing on that yet. I noted your question for the content team"))
        #expect(result.stdout.contains("Hi! I'm Flowlearn."))
        // Answers come in the order the questions were asked.
        let dutch = try #require(result.stdout.range(of: "Hielp dit?"))
        let gap = try #require(result.stdout.range(of: "I have nothing on that yet"))
        let help = try #require(result.stdout.range(of: "Hi! I'm Flowlearn."))
        #expect(dutch.lowerBound < gap.lowerBound && gap.lowerBound < help.lowerBound, "\(replies.count)")
    }

    @Test func refusesToStartOnBrokenContentNamingTheProblem() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("content/a.md", "---\ntitle: A\nlanguage: en\nminutes: many\nquestions: [a?]\n---\nBody\n")
        let result = try await FlowlearnBinary.run(["run"], input: "hello\n", directory: dir.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a.md:4: minutes must be a whole number from 1 to 30"))
    }
}
