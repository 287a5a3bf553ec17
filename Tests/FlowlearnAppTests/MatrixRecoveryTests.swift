import Foundation
import MatrixTestSupport
import Testing
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The daemon on Matrix when things go wrong: killed with -9, or the homeserver gone for a while.
@Suite(.serialized) struct MatrixRecoveryTests {
    /// How many replies of `bot` each question in `room` got.
    func replyCounts(_ user: MatrixTestUser, in room: String, from bot: String, to questions: [String]) async -> [Int] {
        let replies = await user.events(in: room, from: bot).compactMap(\.inReplyTo)
        return questions.map { question in replies.filter { $0 == question }.count }
    }

    @Test func killMinusNineAndARestartNeitherRepeatNorMissAnAnswer() async throws {
        let deployment = try await MatrixDeployment(server: try await SynapseServer.shared(), token: .file)
        let (employee, bot) = (deployment.employee, deployment.bot.userID)
        try await employee.prime()
        var daemon = try deployment.startDaemon()
        let direct = try await deployment.employeeOpensDirectChat()
        var questions: [String] = []
        questions.append(try await employee.say("how do I give feedback to a colleague?", in: direct))
        _ = try await employee.waitForReply(to: questions[0], in: direct, from: bot)

        // Three questions at once; the daemon is killed as soon as the first is answered, so the
        // others may be anywhere between received, stored, sent and confirmed.
        for text in ["how do I recognise a phishing email?", "how do I delegate tasks?", "how do I onboard a new hire?"] {
            questions.append(try await employee.say(text, in: direct))
        }
        _ = try await employee.waitForReply(to: questions[1], in: direct, from: bot)
        daemon.signal(SIGKILL)
        _ = await daemon.waitForExit()
        // Asked while it is down.
        questions.append(try await employee.say("how do I receive feedback without getting defensive?", in: direct))

        daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        let sentinel = try await employee.say("help", in: direct)
        _ = try await employee.waitForReply(to: sentinel, in: direct, from: bot, timeout: 60)
        for question in questions { _ = try await employee.waitForReply(to: question, in: direct, from: bot) }
        // The daemon handles events and sends in order: anything repeated would be here by now.
        #expect(await replyCounts(employee, in: direct, from: bot, to: questions + [sentinel]) == Array(repeating: 1, count: questions.count + 1))
        let export = try await deployment.export(employee.userID)
        #expect((export["questions"] as? [Any])?.count == questions.count)
    }

    @Test func whenSynapseComesBackTheDaemonRecoversAndAnswersWhatWasAskedMeanwhile() async throws {
        // A homeserver of its own: this test stops and restarts it.
        let server = try await SynapseServer.start(label: "restart")
        defer { server.stopAndRemove() }
        let deployment = try await MatrixDeployment(server: server, token: .environment)
        let (employee, bot) = (deployment.employee, deployment.bot.userID)
        try await employee.prime()
        // systemd's view too: the STATUS line (refreshed with each watchdog ping, every second here).
        let notify = try NotifySocket(directory: deployment.directory.path)
        let daemon = try deployment.startDaemon(extraEnvironment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "2000000"])
        defer { daemon.signal(SIGTERM) }
        let direct = try await deployment.employeeOpensDirectChat()
        let first = try await employee.say("how do I give feedback to a colleague?", in: direct)
        _ = try await employee.waitForReply(to: first, in: direct, from: bot)
        #expect(await notify.waitUntil { $0.contains { $0.hasPrefix("STATUS=matrix: in ") && $0.contains(" direct chat") && $0.contains("answering from") } }, "\(notify.messages)")

        try await server.kill()
        // `flowlearn status` tells that the homeserver is unreachable (the daemon keeps running).
        let deadline = Date().addingTimeInterval(60)
        var status = ""
        repeat {
            status = try await deployment.run(["status"]).stdout
        } while !status.contains("could not connect to the homeserver") && Date() < deadline
        #expect(status.contains("last error:") && status.contains("could not connect to the homeserver"), "\(status)")
        #expect(daemon.process.isRunning)
        #expect(await notify.waitUntil { $0.contains { $0.hasPrefix("STATUS=matrix: homeserver unreachable (could not connect to the homeserver), retrying") } },
                "\(notify.messages)")

        try await server.restart()
        let meanwhile = try await employee.say("how do I recognise a phishing email?", in: direct)
        let answer = try await employee.waitForReply(to: meanwhile, in: direct, from: bot, timeout: 90)
        #expect(answer.content["body"]?.stringValue?.contains(MatrixDeployment.lessonTitle("recognise-phishing-en")) == true)
        #expect(await daemon.waitForLog("the homeserver answers again"), "\(daemon.logged)")
        #expect(await replyCounts(employee, in: direct, from: bot, to: [first, meanwhile]) == [1, 1])
    }
}
