import Foundation
import Testing

/// Close calls and learning from use, with the real binary: the bot offers the close lessons,
/// the person picks one, `gaps` proposes the pick as a phrasing, `learn` accepts it into the
/// content, and the running daemon answers that question outright from then on.
@Suite struct LearningFromUseTests {
    func lesson(_ id: String, _ title: String, _ questions: [String], _ tags: String, _ body: String) -> String {
        "---\nid: \(id)\ntitle: \(title)\nlanguage: en\ntags: [\(tags)]\nquestions:\n" + questions.map { "  - \($0)\n" }.joined()
            + "---\n\(body)\n\n## Tips\n- \(body)\n"
    }

    func setUp() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        try dir.write("content/outing.md", lesson("plan-team-outing", "Plan a team outing", ["How do I plan a team outing?", "What makes a good team day out?"],
                                                  "team, outing, planning", "Pick a date early, ask what people enjoy, keep it inclusive and cheap."))
        try dir.write("content/offsite.md", lesson("plan-team-offsite", "Plan a team offsite", ["How do I plan a team offsite?", "What makes a good team offsite?"],
                                                   "team, offsite, planning", "Set one goal for the offsite, book a venue, plan sessions and breaks."))
        try dir.write("content/feedback.md", lesson("give-feedback", "Give feedback to a colleague", ["How do I give feedback to a colleague?"],
                                                    "feedback, colleague", "Describe what you saw and its effect, then ask a question."))
        try dir.write("content/phishing.md", lesson("report-phishing", "Report a phishing mail", ["How do I report a phishing mail?"],
                                                    "phishing, security", "Forward nothing; report it to the service desk at once."))
        try dir.write("content/reflection/en.md", "---\nlanguage: en\n---\n- What did you learn this week?\n- What will you try next week?\n")
        try dir.write("flowlearn.conf", "[flowlearn]\nplatform = shell\nlanguage = en\ncontent = content\nstate = var\n[team T]\nmanager = @tester:shell\nmembers = @tester:shell\n")
        return (dir, dir.path + "/flowlearn.conf")
    }

    let env = ["USER": "tester"]

    @Test func aPickFromACloseCallBecomesAnAcceptedPhrasingThatTheRunningDaemonAnswers() async throws {
        let (dir, config) = try setUp()
        let question = "team planning tips"
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: env)
        daemon.send(question)
        #expect(await daemon.waitFor("Which of these do you mean?"), "\(daemon.printed)\n\(daemon.logged)")
        let list = daemon.printed
        let second = try #require(list.components(separatedBy: "\n").first { $0.hasPrefix("2. ") }?.dropFirst(3))
        daemon.send("2")
        #expect(await daemon.waitFor("**\(second)**"), "\(daemon.printed)")

        // The admin sees the pick proposed as a phrasing, and accepts it.
        let gaps = try await FlowlearnBinary.run(["gaps", "--config", config], environment: env)
        #expect(gaps.stdout.contains("picked"), "\(gaps.stdout)")
        let proposal = try #require(gaps.stdout.components(separatedBy: "\n").first { $0.contains("proposed: flowlearn learn") },
                                    "\(gaps.stdout)")
        let words = proposal.split(separator: " ").map(String.init)
        let (id, lesson) = (words[words.count - 2], words[words.count - 1])
        #expect(["plan-team-outing", "plan-team-offsite"].contains(lesson))
        let learned = try await FlowlearnBinary.run(["learn", id, lesson, "--config", config], environment: env)
        #expect(learned.status == 0, "\(learned.stderr)")
        let file = try String(contentsOfFile: dir.path + "/content/phrasings.txt", encoding: .utf8)
        #expect(file.contains("\(lesson): \(question)"), "\(file)")
        let again = try await FlowlearnBinary.run(["learn", id, lesson, "--config", config], environment: env)
        #expect(again.stdout.hasPrefix("already accepted"), "\(again.stdout)")
        let check = try await FlowlearnBinary.run(["check", "--config", config], environment: env)
        #expect(check.status == 0, "\(check.stderr)")

        // The running daemon reloads the content and answers the question outright now.
        #expect(await daemon.waitForLog("content changed", timeout: 60), "\(daemon.logged)")
        daemon.send(question)
        #expect(await daemon.waitFor("**\(second)**", count: 2), "\(daemon.printed)")
        #expect(daemon.printed.components(separatedBy: "Which of these do you mean?").count == 2, "no second choice: \(daemon.printed)")
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
    }

    @Test func learnNamesWhatIsWrong() async throws {
        let (dir, config) = try setUp()
        #expect(try await FlowlearnBinary.run(["run", "--config", config], input: "where do I park my bike?\n", environment: env).status == 0)
        let unknownQuestion = try await FlowlearnBinary.run(["learn", "999", "give-feedback", "--config", config], environment: env)
        #expect(unknownQuestion.status == 1 && unknownQuestion.stderr.contains("no question #999"), "\(unknownQuestion.stderr)")
        let gaps = try await FlowlearnBinary.run(["gaps", "--json", "--config", config], environment: env)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(gaps.stdout.utf8)) as? [String: Any])
        let entry = try #require(((report["groups"] as? [[String: Any]])?.first?["entries"] as? [[String: Any]])?.first)
        #expect(entry["kind"] as? String == "gap")
        let id = try #require(entry["id"] as? Int)
        let unknownLesson = try await FlowlearnBinary.run(["learn", String(id), "parking", "--config", config], environment: env)
        #expect(unknownLesson.status == 1 && unknownLesson.stderr.contains("no lesson has the id `parking`"), "\(unknownLesson.stderr)")
        try dir.write("content/phrasings.txt", "parking: where do I park my bike?\n")
        let check = try await FlowlearnBinary.run(["check", "--config", config], environment: env)
        #expect(check.status == 1 && check.stderr.contains("content/phrasings.txt:1: no lesson has the id `parking`"), "\(check.stderr)")
    }
}
