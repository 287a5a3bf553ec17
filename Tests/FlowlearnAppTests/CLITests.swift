import Foundation
import Testing

@Suite struct CLITests {
    @Test func helpAndUsageErrors() async throws {
        let help = try await FlowlearnBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("usage: flowlearn <command>"))
        for command in ["run", "check", "ask", "eval"] {
            let result = try await FlowlearnBinary.run([command, "--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("usage: flowlearn \(command)"), "\(command)")
        }
        let unknown = try await FlowlearnBinary.run(["fly"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown command `fly`"))
        let badOption = try await FlowlearnBinary.run(["check", "--colour"])
        #expect(badOption.status == 2)
        #expect(badOption.stderr.contains("unknown option --colour"))
    }

    @Test func checkPassesOnTheShippedContentAndConfig() async throws {
        let result = try await FlowlearnBinary.run(["check", "--config", FlowlearnBinary.packageRoot.appendingPathComponent("config/flowlearn.conf").path,
                                              "--content", FlowlearnBinary.shippedContent])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("check passed:"))
    }

    @Test func checkListsEveryProblemWithItsPlace() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("content/hr/review.md", "---\ntitle: Review\nlanguage: en\nminutes: 45\nquestions: [How?]\n---\nBody\n")
        try dir.write("content/hr/other.md", "---\nid: review\ntitle: Other\nlanguage: xx\nquestions: [How?]\n---\n\n")
        try dir.write("flowlearn.conf", "[flowlearn]\ncontent = content\nlanguage = fr\n")
        let result = try await FlowlearnBinary.run(["check", "--config", dir.path + "/flowlearn.conf"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(dir.path)/flowlearn.conf:3: language must be one of nl | en, not `fr`"))
        #expect(lines.contains("\(dir.path)/content/hr/review.md:4: minutes must be a whole number from 1 to 30"))
        #expect(lines.contains("\(dir.path)/content/hr/other.md:4: language must be `nl` or `en`, not `xx`"))
        #expect(lines.contains("\(dir.path)/content/hr/other.md:7: the lesson body is empty: write the lesson below the closing `---`"))
        #expect(result.stderr.contains("check failed:"))
    }

    @Test func askPrintsJSONPerQuestion() async throws {
        let result = try await FlowlearnBinary.run(["ask", "--content", FlowlearnBinary.shippedContent, "--json",
                                              "how", "do", "i", "report", "a", "phishing", "email"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["q"] as? String == "how do i report a phishing email")
        // What the bot would do with it, and the lessons it ranked, best first.
        let ranked = try #require(object["ranked"] as? [String])
        #expect(ranked.first?.contains("phishing") == true, "\(ranked)")
        #expect((object["score"] as? Double ?? 0) > 0)
        switch object["decision"] as? String {
        case "answer": #expect(object["id"] as? String == ranked.first)
        case "choose": #expect((object["choices"] as? [[String: Any]])?.first?["id"] as? String == ranked.first)
        default: Issue.record("a phishing question that a lesson's sample question asks was not answered: \(object)")
        }
    }

    /// `flowlearn ask … | head -1`: the reader goes away before the output is written. The
    /// command ends normally (the rest is dropped), without a crash report.
    @Test func aReaderThatGoesAwayIsNotACrash() async throws {
        let process = FlowlearnBinary.makeProcess(["ask", "--content", FlowlearnBinary.shippedContent, "--json",
                                                   "how do I give feedback?", "hoe bereid ik mijn beoordelingsgesprek voor"],
                                                  directory: nil, environment: [:])
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try output.fileHandleForReading.close()
        try process.run()
        let errorText = String(decoding: (try? errors.fileHandleForReading.readToEnd()) ?? Data(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus): \(errorText)")
        #expect(process.terminationStatus == 0)
        #expect(!errorText.contains("Fatal error") && !errorText.contains("crashed"), "\(errorText)")
    }

    @Test func askBatchReadsLinesAndJSONLines() async throws {
        let dir = try TemporaryDirectory()
        try dir.write("questions.txt", "how do i give feedback to a colleague\n{\"q\": \"waar staat de koffieautomaat op de derde verdieping\"}\n")
        let result = try await FlowlearnBinary.run(["ask", "--content", FlowlearnBinary.shippedContent, "--batch", dir.path + "/questions.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        let reached = [objects[0]["id"] as? String] + ((objects[0]["choices"] as? [[String: Any]]) ?? []).map { $0["id"] as? String }
        #expect(reached.contains { $0?.contains("feedback") == true }, "\(objects[0])")
        #expect(objects[1]["id"] is NSNull)
        #expect(objects[1]["decision"] as? String == "none")

        try dir.write("bad.jsonl", "{\"question\": 1}\n")
        let bad = try await FlowlearnBinary.run(["ask", "--content", FlowlearnBinary.shippedContent, "--batch", dir.path + "/bad.jsonl"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(dir.path)/bad.jsonl:1: expected a JSON object with a string field \"q\""))
    }
}
