import Foundation
import Testing
import FlowlearnSQLite

/// Statements in a real learning record store (Ralph, started by the suite) from real shell
/// sessions: what arrives, exactly once across an LRS outage and a killed daemon, what a forget
/// withdraws, and what happens to a statement the LRS refuses.
@Suite(.serialized) struct XAPIDeliveryTests {
    /// A shell config for `@ann:shell` with `[xapi]` pointing at `lrs`.
    func setUp(_ lrs: RalphServer) throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        return (dir, try ShellConfig.write(in: dir, try lrs.configSection(passwordFile: dir.path + "/xapi-password")))
    }

    let environment = ["USER": "ann", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"]

    static func verb(_ statement: [String: Any]) -> String {
        ((statement["verb"] as? [String: Any])?["id"] as? String).map { String($0.split(separator: "/").last ?? "") } ?? ""
    }
    static func id(_ statement: [String: Any]) -> String { statement["id"] as? String ?? "" }
    static func actorName(_ statement: [String: Any]) -> String? {
        ((statement["actor"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String
    }
    static func count(_ verb: String, _ statements: [[String: Any]]) -> Int { statements.filter { Self.verb($0) == verb }.count }

    func status(_ config: String) async throws -> String {
        try await FlowlearnBinary.run(["status", "--config", config], environment: environment).stdout
    }

    @Test func questionsAndLessonsArriveOnceAcrossAnOutageAndAKilledDaemonAndForgetVoidsThem() async throws {
        let lrs = try await RalphServer.start()
        let (dir, config) = try setUp(lrs)

        // A question answered with a lesson, and a 👍 for it.
        var daemon = try RunningFlowlearn(["run", "--config", config], environment: environment)
        daemon.send("how do I give feedback to a colleague?")
        #expect(await daemon.waitFor("Checklist"), "\(daemon.printed)\n\(daemon.logged)")
        daemon.send("👍")
        #expect(await daemon.waitFor("Thanks"), "\(daemon.printed)")
        var (arrived, stored) = try await lrs.waitForStatements { $0.count >= 3 }
        #expect(arrived, "\(stored)\n\(daemon.logged)")
        #expect(stored.map(Self.verb).sorted() == ["asked", "experienced", "rated"])
        #expect(stored.allSatisfy { Self.actorName($0) == "@ann:shell" })
        let raw = String(decoding: FileManager.default.contents(atPath: lrs.statementsFile) ?? Data(), as: UTF8.self)
        #expect(!raw.contains("give feedback to a colleague"), "a question's words never go to the LRS")
        let asked = try #require(stored.first { Self.verb($0) == "asked" })
        let experienced = try #require(stored.first { Self.verb($0) == "experienced" })
        #expect(((experienced["context"] as? [String: Any])?["statement"] as? [String: Any])?["id"] as? String == Self.id(asked))

        // The LRS goes away; a question and a gap wait in the queue; the daemon is killed.
        try await lrs.stop()
        daemon.send("How do I delegate work to my team?")
        #expect(await daemon.waitFor("Checklist", count: 2), "\(daemon.printed)")
        daemon.send("how do I repair the espresso machine on the third floor?")
        #expect(await daemon.waitFor("content team"), "\(daemon.printed)")
        let waiting = try await status(config)
        #expect(waiting.contains("xapi:") && (waiting.contains(" 3 waiting") || waiting.contains(" 2 waiting")), "\(waiting)")
        daemon.signal(SIGKILL)
        _ = await daemon.waitForExit()

        // Both come back: every statement arrives, once.
        try await lrs.start()
        daemon = try RunningFlowlearn(["run", "--config", config], environment: environment)
        (arrived, stored) = try await lrs.waitForStatements { Self.count("asked", $0) >= 3 && Self.count("experienced", $0) >= 2 }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        #expect(Self.count("asked", stored) == 3 && Self.count("experienced", stored) == 2 && Self.count("rated", stored) == 1,
                "\(stored.map(Self.verb))")
        #expect(Set(stored.map(Self.id)).count == stored.count, "a statement id stored twice")
        let after = try await status(config)
        #expect(after.contains("0 waiting, 0 set aside, 6 delivered"), "\(after)")

        // Forgetting Ann withdraws each of them, in statements that name nobody.
        let originals = Set(stored.map(Self.id))
        let forget = try await FlowlearnBinary.run(["forget", "--person", "@ann:shell", "--config", config], environment: environment)
        #expect(forget.status == 0, "\(forget.stderr)")
        (arrived, stored) = try await lrs.waitForStatements { Self.count("voided", $0) >= originals.count }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        let voided = stored.filter { Self.verb($0) == "voided" }
        #expect(Set(voided.compactMap { ($0["object"] as? [String: Any])?["id"] as? String }) == originals)
        #expect(voided.allSatisfy { Self.actorName($0) == "flowlearn" })
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
        _ = dir
    }

    @Test func aStatementTheLRSRefusesIsSetAsideWithItsReasonAndTheRestArrive() async throws {
        let lrs = try await RalphServer.start()
        let (dir, config) = try setUp(lrs)
        // Queue a question's statements while the LRS is away, then a record the LRS refuses (an
        // account without a name), between them and the next question.
        try await lrs.stop()
        let first = try await FlowlearnBinary.run(["run", "--config", config], input: "how do I give feedback to a colleague?\n", environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let db = try Database(path: dir.path + "/var/flowlearn.sqlite")
        try db.execute("""
            INSERT INTO learning_records (statement_id, person, verb, object, occurred_at, queued_at)
            VALUES ('0b9e5a52-1d55-4b43-9f1e-3c2f6c1a7e01', '', 'responded', '2026-W50', 1796810400, 0)
            """)
        db.close()
        try await lrs.start()
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: environment)
        daemon.send("How do I delegate work to my team?")
        let (arrived, stored) = try await lrs.waitForStatements { Self.count("asked", $0) >= 2 && Self.count("experienced", $0) >= 2 }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        #expect(!stored.contains { Self.id($0) == "0b9e5a52-1d55-4b43-9f1e-3c2f6c1a7e01" })
        #expect(await daemon.waitForLog("set aside"), "\(daemon.logged)")
        let status = try await status(config)
        #expect(status.contains("1 set aside"), "\(status)")
        #expect(status.contains("set aside 0b9e5a52-1d55-4b43-9f1e-3c2f6c1a7e01: HTTP 422"), "\(status)")
        #expect(status.contains("account"), "the LRS's own reason: \(status)")
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
    }
}

extension XAPIDeliveryTests {
    static func objectID(_ statement: [String: Any]) -> String { (statement["object"] as? [String: Any])?["id"] as? String ?? "" }

    @Test func aPathStepDoneOrSkippedAndAFollowUpAnsweredArriveOnceAndForgetVoidsThem() async throws {
        let lrs = try await RalphServer.start()
        let dir = try TemporaryDirectory()
        let config = try ShellConfig.write(in: dir, """
            [team Support]
            manager = @mia:shell
            members = @ann:shell
            timezone = Europe/Amsterdam
            \(try lrs.configSection(passwordFile: dir.path + "/xapi-password"))
            """)
        func at(_ instant: String) -> [String: String] { environment.merging(["FLOWLEARN_NOW": instant]) { $1 } }

        // Wednesday a lesson; Friday a path is started for Monday.
        let wednesday = try await FlowlearnBinary.run(["run", "--config", config], input: "how do I give feedback to a colleague?\n",
                                                      environment: at("2026-12-09T10:00:00+01:00"))
        #expect(wednesday.status == 0 && wednesday.stdout.contains("Checklist"), "\(wednesday.stdout)\n\(wednesday.stderr)")
        let start = try await FlowlearnBinary.run(["path", "start", "onboarding", "--person", "@ann:shell", "--on", "2026-12-14", "--config", config],
                                                  environment: at("2026-12-11T12:00:00+01:00"))
        #expect(start.status == 0, "\(start.stderr)")

        // Monday: the first step and the follow-up on Wednesday's lesson; Ann does the one and answers the other.
        var daemon = try RunningFlowlearn(["run", "--config", config], environment: at("2026-12-14T09:29:57+01:00"))
        #expect(await daemon.waitFor("step 1 of 7"), "\(daemon.printed)\n\(daemon.logged)")
        #expect(await daemon.waitFor("Did you use it in practice?"), "\(daemon.printed)")
        daemon.send("done")
        #expect(await daemon.waitFor("✅ Done"), "\(daemon.printed)")
        daemon.send("yes, I used it in my one-on-one with Sam")
        #expect(await daemon.waitFor("Great to hear"), "\(daemon.printed)")
        var (arrived, stored) = try await lrs.waitForStatements { Self.count("answered", $0) >= 1 && Self.count("completed", $0) >= 1 }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        let answered = try #require(stored.first { Self.verb($0) == "answered" })
        #expect(Self.objectID(answered) == "https://learning.example.org/flowlearn/follow-ups/give-feedback-en")
        #expect((answered["result"] as? [String: Any])?["response"] as? String == "used")
        let completed = try #require(stored.first { Self.verb($0) == "completed" })
        #expect(Self.objectID(completed) == "https://learning.example.org/flowlearn/paths/onboarding/steps/first-week")
        let raw = String(decoding: FileManager.default.contents(atPath: lrs.statementsFile) ?? Data(), as: UTF8.self)
        #expect(!raw.contains("one-on-one") && !raw.contains("Sam"), "the sentence after an answer never goes to the LRS")
        daemon.signal(SIGKILL)
        _ = await daemon.waitForExit()

        // Tuesday: the second step, skipped in a session of its own; then the daemon again.
        let tuesday = try await FlowlearnBinary.run(["run", "--config", config], input: "skip\n", environment: at("2026-12-15T09:31:00+01:00"))
        #expect(tuesday.stdout.contains("step 2 of 7") && tuesday.stdout.contains("OK, skipped"), "\(tuesday.stdout)\n\(tuesday.stderr)")
        daemon = try RunningFlowlearn(["run", "--config", config], environment: at("2026-12-15T09:40:00+01:00"))
        (arrived, stored) = try await lrs.waitForStatements { Self.count("skipped", $0) >= 1 }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        #expect(Self.objectID(try #require(stored.first { Self.verb($0) == "skipped" }))
                == "https://learning.example.org/flowlearn/paths/onboarding/steps/phishing")
        #expect(stored.map(Self.verb).sorted() == ["answered", "asked", "completed", "experienced", "skipped"], "\(stored.map(Self.verb))")
        #expect(Set(stored.map(Self.id)).count == stored.count, "a statement id stored twice")
        let after = try await status(config)
        #expect(after.contains("0 waiting, 0 set aside, 5 delivered"), "nothing queued again after the kill: \(after)")

        // Ann's export lists them: ids and verbs, nothing of what they say.
        let originals = Set(stored.map(Self.id))
        let export = try await FlowlearnBinary.run(["export", "--person", "@ann:shell", "--config", config], environment: at("2026-12-15T09:59:00+01:00"))
        let exported = try #require((try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])?["learningRecords"] as? [[String: Any]],
                                    "\(export.stdout)")
        #expect(Set(exported.compactMap { $0["statementID"] as? String }) == originals)
        #expect(exported.compactMap { $0["verb"] as? String }.sorted() == ["answered", "asked", "completed", "experienced", "skipped"])
        #expect(exported.allSatisfy { $0["state"] as? String == "sent" && $0.count == 4 }, "\(exported)")

        // Forgetting Ann withdraws them too.
        let forget = try await FlowlearnBinary.run(["forget", "--person", "@ann:shell", "--config", config], environment: at("2026-12-15T10:00:00+01:00"))
        #expect(forget.status == 0, "\(forget.stderr)")
        (arrived, stored) = try await lrs.waitForStatements { Self.count("voided", $0) >= originals.count }
        #expect(arrived, "\(stored.map(Self.verb))\n\(daemon.logged)")
        #expect(Set(stored.filter { Self.verb($0) == "voided" }.map(Self.objectID)) == originals)
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
    }
}

/// Settings problems of `[xapi]` the daemon names before it starts.
@Suite struct XAPISettingsTests {
    @Test func aMissingPasswordStopsTheDaemonWithAMessageNamingWhereItLooked() async throws {
        let dir = try TemporaryDirectory()
        let config = try ShellConfig.write(in: dir, """
            [xapi]
            endpoint = http://127.0.0.1:9/xAPI/
            username = flowlearn
            password_file = \(dir.path)/no-such-file
            activity_base = https://learning.example.org/flowlearn/
            """)
        let result = try await FlowlearnBinary.run(["run", "--config", config], input: "help\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read the LRS password from \(dir.path)/no-such-file"), "\(result.stderr)")
    }
}
