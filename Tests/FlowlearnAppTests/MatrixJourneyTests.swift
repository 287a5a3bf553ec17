import Foundation
import MatrixTestSupport
import Testing
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The learning journey on a real Synapse: a manager starts a path in chat, its steps arrive by
/// direct message and are answered there, the buddy gets their note; a follow-up comes a few
/// working days after a lesson and its answer is counted per lesson.
@Suite(.serialized) struct MatrixJourneyTests {
    let server: SynapseServer

    init() async throws { server = try await SynapseServer.shared() }

    func body(_ event: ClientEvent) -> String { event.content["body"]?.stringValue ?? "" }

    /// A reply to `eventID` as a chat app sends it.
    func replying(to eventID: String) -> [String: JSONValue] {
        ["m.relates_to": ["m.in_reply_to": ["event_id": .string(eventID)]]]
    }

    @Test func aManagerStartsAPathInChatAndItsStepsArriveByDirectMessage() async throws {
        // The daemon lives on a Wednesday morning after the step time (09:30): the first step is due at once.
        let deployment = try await MatrixDeployment(server: server, token: .environment, extraConfig: "[learning]\ntime = 09:30")
        let (employee, manager, bot) = (deployment.employee, deployment.manager, deployment.bot.userID)
        try await employee.prime()
        try await manager.prime()
        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        let managerRoom = try await manager.openDirectChat(with: bot)
        try await daemon.explaining { try await manager.waitForJoin(of: bot, in: managerRoom, timeout: 60) }

        let notMine = try await manager.say("start onboarding for @someone:localhost", in: managerRoom)
        let refused = try await daemon.explaining { try await manager.waitForReply(to: notMine, in: managerRoom, from: bot, timeout: 60) }
        #expect(body(refused).contains("I can only start a path for someone in a team you manage"), "\(body(refused))")

        let start = try await manager.say("start onboarding for \(employee.userID) with buddy \(manager.userID)", in: managerRoom)
        let confirmed = try await daemon.explaining { try await manager.waitForReply(to: start, in: managerRoom, from: bot, timeout: 60) }
        #expect(body(confirmed).contains("Started **Your first weeks** (`onboarding`) for \(employee.userID)"), "\(body(confirmed))")
        #expect(body(confirmed).contains("Buddy: \(manager.userID)"))

        // The step comes in a direct chat the bot opens; the buddy's note in the manager's.
        let (direct, isDirect) = try await daemon.explaining { try await employee.acceptInvite(from: bot, timeout: 90) }
        #expect(isDirect)
        let step = try await daemon.explaining {
            try await employee.waitForMessage(in: direct, from: bot, timeout: 60) { self.body($0).contains("step 1 of 7") }
        }
        #expect(body(step).contains(MatrixDeployment.lessonTitle("first-week-en")))
        #expect(step.content["formatted_body"]?.stringValue?.contains("<strong>Your first weeks</strong>") == true)
        let note = try await daemon.explaining {
            try await manager.waitForMessage(in: managerRoom, from: bot, timeout: 60) { self.body($0).contains("Buddy note") }
        }
        #expect(body(note).contains(employee.userID))

        // `done` as a reply to the step marks that step.
        let done = try await employee.say("done", in: direct, content: replying(to: step.eventID!))
        let ticked = try await daemon.explaining { try await employee.waitForReply(to: done, in: direct, from: bot, timeout: 60) }
        #expect(body(ticked).contains("✅ Done: **\(MatrixDeployment.lessonTitle("first-week-en"))**. 1 of 7 steps done."), "\(body(ticked))")
        let status = try await deployment.run(["path", "status", "--json"])
        #expect(status.stdout.contains("\"done\":1") && status.stdout.contains("\"buddy\":\"\(manager.userID)\""), "\(status.stdout)\(status.stderr)")
        // Each step once: one step message, one buddy note.
        let steps = await employee.events(in: direct, from: bot).filter { self.body($0).contains("step 1 of 7") }
        #expect(steps.count == 1)
    }

    @Test func aFollowUpComesAFewWorkingDaysAfterALessonAndItsAnswerCounts() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .environment)
        let employee = deployment.employee
        let bot = deployment.bot.userID
        try await employee.prime()
        // Wednesday: a question answered with a lesson.
        let wednesday = try deployment.startDaemon()
        let direct = try await deployment.employeeOpensDirectChat()
        let question = try await employee.say("how do I give feedback to a colleague?", in: direct)
        let answer = try await wednesday.explaining { try await employee.waitForReply(to: question, in: direct, from: bot, timeout: 60) }
        #expect(body(answer).contains(MatrixDeployment.lessonTitle("give-feedback-en")))
        wednesday.signal(SIGTERM)
        #expect(await wednesday.waitForExit() == 0)

        // Monday, three working days later: the follow-up, answered with a sentence.
        let monday = try RunningFlowlearn(["run", "--config", deployment.configPath], directory: deployment.directory.path,
                                          environment: deployment.environment.merging(["FLOWLEARN_NOW": "2026-12-14T10:00:00+01:00"]) { $1 })
        defer { monday.signal(SIGTERM) }
        let followUp = try await monday.explaining {
            try await employee.waitForMessage(in: direct, from: bot, timeout: 90) { self.body($0).contains("Did you use it in practice?") }
        }
        #expect(body(followUp).contains(MatrixDeployment.lessonTitle("give-feedback-en")), "\(body(followUp))")
        let yes = try await employee.say("yes, I used the three steps in my one-on-one", in: direct, content: replying(to: followUp.eventID!))
        let thanks = try await monday.explaining { try await employee.waitForReply(to: yes, in: direct, from: bot, timeout: 60) }
        #expect(body(thanks).contains("Great to hear"), "\(body(thanks))")

        let lessons = try await deployment.run(["lessons", "--json"])
        let row = lessons.stdout.split(separator: "\n").first { $0.contains("\"lesson\":\"give-feedback-en\"") }.map(String.init) ?? ""
        #expect(row.contains("\"used\":1") && row.contains("\"followUpsAsked\":1") && row.contains("\"asked\":1"), "\(lessons.stdout)")
        let exported = try await deployment.export(employee.userID)
        let followUps = (exported["journey"] as? [String: Any])?["followUps"] as? [[String: Any]] ?? []
        #expect(followUps.first?["note"] as? String == "I used the three steps in my one-on-one", "\(followUps)")
        // Once: the follow-up is not asked again.
        let asked = await employee.events(in: direct, from: bot).filter { self.body($0).contains("Did you use it in practice?") }
        #expect(asked.count == 1)
    }
}
