import Foundation
import MatrixTestSupport
import Testing
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The real `flowlearn run` on Matrix, against a real Synapse: what an employee and a manager see
/// in their own chat clients (their own `/sync`), and what the store recorded.
@Suite(.serialized) struct MatrixEndToEndTests {
    let server: SynapseServer

    init() async throws { server = try await SynapseServer.shared() }

    func body(_ event: ClientEvent) -> String { event.content["body"]?.stringValue ?? "" }

    @Test func questionsInADirectChatAndAMentionInARoomGetTheLessonAsThreadedReplies() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .environment)
        let employee = deployment.employee
        let bot = deployment.bot.userID
        // Before the bot ever ran: a team room it is invited to, with a question in it (backlog).
        let room = try await employee.openRoom(inviting: [bot], name: "Team")
        let backlog = try await employee.say("Flowlearn: how do I delegate tasks?", in: room)
        try await employee.prime()

        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        try await employee.waitForJoin(of: bot, in: room, timeout: 60)
        let direct = try await deployment.employeeOpensDirectChat()

        // A direct chat: every message is for the bot; the answer replies to the question.
        let question = try await employee.say("how do I give feedback to a colleague?", in: direct)
        let answer = try await employee.waitForReply(to: question, in: direct, from: bot)
        #expect(body(answer).contains(MatrixDeployment.lessonTitle("give-feedback-en")), "\(body(answer))")
        #expect(answer.content["formatted_body"]?.stringValue?.contains("<strong>\(MatrixDeployment.lessonTitle("give-feedback-en"))</strong>") == true)
        #expect(answer.content["format"]?.stringValue == "org.matrix.custom.html")
        #expect(answer.content["m.mentions"] == ["user_ids": [.string(employee.userID)]])

        // A room: only when mentioned, answered in a thread under the question.
        let unaddressed = try await employee.say("how do I recognise a phishing email?", in: room)
        let mention = try await employee.say("Flowlearn: how do I recognise a phishing email?", in: room)
        let threaded = try await employee.waitForReply(to: mention, in: room, from: bot)
        #expect(threaded.relationType == "m.thread" && threaded.threadRoot == mention)
        #expect(body(threaded).contains(MatrixDeployment.lessonTitle("recognise-phishing-en")))

        // 👍 on the answer is recorded as feedback on the question.
        try await employee.react(to: answer.eventID!, in: direct, with: "👍")
        // Handled in order: once this later message is answered, the reaction was handled too.
        let sentinel = try await employee.say("help", in: direct)
        _ = try await employee.waitForReply(to: sentinel, in: direct, from: bot)
        let export = try await deployment.export(employee.userID)
        let questions = export["questions"] as? [[String: Any]] ?? []
        let asked = questions.first { $0["messageID"] as? String == question }
        #expect(asked?["lessonID"] as? String == "give-feedback-en")
        #expect(asked?["feedback"] as? Int == 1, "\(questions)")

        // Nothing else was answered: not the backlog, not the unaddressed room message, and no
        // question twice.
        let replies = await employee.events(in: room, from: bot).compactMap(\.inReplyTo)
            + employee.events(in: direct, from: bot).compactMap(\.inReplyTo)
        #expect(!replies.contains(backlog), "answered the backlog")
        #expect(!replies.contains(unaddressed), "answered a message that did not mention the bot")
        #expect(Set(replies).count == replies.count, "some question was answered twice: \(replies)")
        #expect(!daemon.logged.contains(deployment.bot.accessToken), "the token reached the log")
        let status = try await deployment.run(["status"])
        #expect(status.stdout.contains("platform:") && status.stdout.contains("matrix \(server.homeserver) as \(bot)"), "\(status.stdout)")
        #expect(!status.stdout.contains("last successful sync: never"), "\(status.stdout)")
    }

    @Test func theWeeklyReflectionAndTheSummaryReachPeopleInDirectChats() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .file)
        let (employee, manager, bot) = (deployment.employee, deployment.manager, deployment.bot.userID)
        try await employee.prime()
        try await manager.prime()
        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }

        let reflect = try await deployment.run(["reflect", "--now"])
        #expect(reflect.status == 0, "\(reflect.stderr)")
        // The daemon opens a direct chat for the prompt; the employee accepts it and reads it.
        let (direct, isDirect) = try await daemon.explaining { try await employee.acceptInvite(from: bot, timeout: 60) }
        #expect(isDirect)
        let prompt = try await daemon.explaining {
            try await employee.waitForMessage(in: direct, from: bot) { self.body($0).contains("Weekly reflection") }
        }
        #expect(prompt.content["m.mentions"] == [:])
        let reply = try await employee.say("This week I finally ran the retro with the whole team.", in: direct)
        let thanks = try await daemon.explaining { try await employee.waitForReply(to: reply, in: direct, from: bot, timeout: 60) }
        #expect(body(thanks).contains("Thanks, noted!"))

        let export = try await deployment.export(employee.userID)
        let reflections = export["reflections"] as? [[String: Any]] ?? []
        let replies = reflections.first?["replies"] as? [[String: Any]] ?? []
        #expect(replies.map { $0["text"] as? String } == ["This week I finally ran the retro with the whole team."], "\(reflections)")

        // The manager's summary of this week (share = full: the reflection is in it).
        let week = try #require(reflections.first?["week"] as? String)
        let summary = try await deployment.run(["summary", "--send", "--week", week])
        #expect(summary.status == 0 && summary.stdout.contains("summary queued for \(manager.userID)"), "\(summary.stdout)\(summary.stderr)")
        let (managerRoom, _) = try await manager.acceptInvite(from: bot, timeout: 60)
        let sent = try await manager.waitForMessage(in: managerRoom, from: bot, timeout: 60) { self.body($0).contains("finally ran the retro") }
        #expect(body(sent).contains("1 of 1 replied"), "\(body(sent))")
        #expect(!daemon.logged.contains(deployment.bot.accessToken))
    }

    @Test func aRevokedTokenStopsTheDaemonWithAClearMessage() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .environment)
        let daemon = try deployment.startDaemon()
        let direct = try await deployment.employeeOpensDirectChat()
        try await deployment.server.client(deployment.bot).logout()
        // The next sync after the revocation fails; a message wakes the current long-poll.
        try await deployment.employee.say("how do I give feedback to a colleague?", in: direct)
        #expect(await daemon.waitForExit(timeout: 60) == 1)
        #expect(await daemon.waitForLog("rejected the access token"), "\(daemon.logged)")
        #expect(await daemon.waitForLog("M_UNKNOWN_TOKEN"))
        #expect(!daemon.logged.contains(deployment.bot.accessToken))

        // Started again with the same token it stops at once, with the same message.
        let again = try await deployment.run(["run"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("rejected the access token"), "\(again.stderr)")
    }

    @Test func withoutATokenTheDaemonSaysWhereItLooked() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("flowlearn.conf", """
            [flowlearn]
            platform = matrix
            content = \(FlowlearnBinary.shippedContent)
            state = var
            [matrix]
            homeserver = http://127.0.0.1:9
            user = @flowlearn:localhost
            """)
        let result = try await FlowlearnBinary.run(["run", "--config", directory.path + "/flowlearn.conf"],
                                             environment: ["FLOWLEARN_MATRIX_TOKEN": "", "CREDENTIALS_DIRECTORY": ""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no Matrix access token"), "\(result.stderr)")
        #expect(result.stderr.contains("FLOWLEARN_MATRIX_TOKEN"))
    }
}
