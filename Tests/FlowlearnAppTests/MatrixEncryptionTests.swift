import Foundation
import MatrixTestSupport
import Testing
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// The real `flowlearn run` in end-to-end encrypted chats, against a real Synapse, with a real
/// encrypting chat app (matrix-nio with python-olm) on the person's devices: what they read, what
/// the homeserver sees, and what survives a kill -9.
@Suite(.serialized) struct MatrixEncryptionTests {
    let server: SynapseServer

    init() async throws { server = try await SynapseServer.shared() }

    func botDevice(_ deployment: MatrixDeployment) async throws -> String {
        try #require(try await server.client(deployment.bot).whoami().deviceID)
    }

    @Test func anEncryptedDirectChatGetsEncryptedAnswersThatEveryDeviceOfThePersonReads() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .file)
        let bot = deployment.bot.userID
        try await deployment.employee.prime()
        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        let phone = try await E2EEChatClient.start(deployment.employeeAccount, on: server, deviceName: "phone")
        defer { phone.stop() }
        let laptop = try await E2EEChatClient.start(deployment.employeeAccount, on: server, deviceName: "laptop")
        defer { laptop.stop() }

        // As Element does: a direct chat encrypted from the start.
        let room = try await phone.openDirectChat(with: bot)
        try await daemon.explaining { try await phone.waitForJoin(of: bot, in: room) }
        let question = try await phone.say("how do I give feedback to a colleague?", in: room)
        let answer = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: question) }
        #expect(answer.encrypted)
        #expect(answer.body.contains(MatrixDeployment.lessonTitle("give-feedback-en")), "\(answer.body)")
        // The person's other device reads the same answer.
        let onLaptop = try await daemon.explaining { try await laptop.waitForMessage(in: room, from: bot, inReplyTo: question) }
        #expect(onLaptop.encrypted && onLaptop.body == answer.body)

        // The homeserver only ever had ciphertext: the answer is m.room.encrypted, its reply
        // relation in the clear (so clients can thread it), no lesson text anywhere.
        let onTheWire = try await deployment.employee.waitFor("the bot's event in \(room)") { timelines, _ in
            timelines[room]?.first { $0.sender == bot && $0.eventID == answer.eventID }
        }
        #expect(onTheWire.type == "m.room.encrypted" && onTheWire.inReplyTo == question)
        #expect(onTheWire.content["ciphertext"] != nil && !onTheWire.content.jsonText.contains("feedback"))

        // A second question goes the same way (the room keys are in place now).
        let second = try await laptop.say("how do I recognise a phishing email?", in: room)
        let secondAnswer = try await phone.waitForMessage(in: room, from: bot, inReplyTo: second)
        #expect(secondAnswer.encrypted && secondAnswer.body.contains(MatrixDeployment.lessonTitle("recognise-phishing-en")))
        let seen = try await phone.messages(in: room, from: bot)
        #expect(seen.undecryptable == 0 && seen.messages.count == 2, "\(seen)")

        // The keys: in the state folder, private, and never in the log.
        let keyStore = deployment.directory.path + "/var/matrix-crypto.sqlite"
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: keyStore)[.posixPermissions] as? Int)
        #expect(mode == 0o600, "mode \(String(mode, radix: 8))")
        #expect(!daemon.logged.contains(deployment.pickleKey) && !daemon.logged.contains(deployment.bot.accessToken))
        let status = try await deployment.run(["status"])
        let device = try await botDevice(deployment)
        #expect(status.stdout.contains("encryption:") && status.stdout.contains("device \(device)"), "\(status.stdout)")
        #expect(status.stdout.contains("keys:") && status.stdout.contains("healthy: device keys published"), "\(status.stdout)")
    }

    @Test func killMinusNineBetweenQuestionAndAnswerLosesNeitherTheAnswerNorTheKeys() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .file)
        let bot = deployment.bot.userID
        var daemon = try deployment.startDaemon()
        let phone = try await E2EEChatClient.start(deployment.employeeAccount, on: server, deviceName: "phone")
        defer { phone.stop() }
        let room = try await phone.openDirectChat(with: bot)
        try await daemon.explaining { try await phone.waitForJoin(of: bot, in: room) }
        var questions = [try await phone.say("how do I give feedback to a colleague?", in: room)]
        _ = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: questions[0]) }

        // Killed right after the next question is sent: it may be anywhere between received,
        // decrypted, stored, encrypted and sent.
        questions.append(try await phone.say("how do I delegate tasks?", in: room))
        daemon.signal(SIGKILL)
        _ = await daemon.waitForExit()
        // Asked while it is down, with the same room key (the phone does not share it again).
        questions.append(try await phone.say("how do I onboard a new hire?", in: room))

        daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        for question in questions {
            let answer = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: question, timeout: 90) }
            #expect(answer.encrypted)
        }
        // A device that logs in after the restart gets the restored session's key too.
        let laptop = try await E2EEChatClient.start(deployment.employeeAccount, on: server, deviceName: "laptop")
        defer { laptop.stop() }
        let later = try await phone.say("how do I recognise a phishing email?", in: room)
        let onLaptop = try await daemon.explaining { try await laptop.waitForMessage(in: room, from: bot, inReplyTo: later) }
        #expect(onLaptop.encrypted && onLaptop.body.contains(MatrixDeployment.lessonTitle("recognise-phishing-en")))

        // Each question answered once, and every answer readable.
        let seen = try await phone.messages(in: room, from: bot)
        let counts = (questions + [later]).map { question in seen.messages.filter { $0.inReplyTo == question }.count }
        #expect(counts == [1, 1, 1, 1], "\(seen.messages.map { ($0.inReplyTo ?? "-", $0.body.prefix(30)) })")
        #expect(seen.undecryptable == 0)
    }

    @Test func aMessageWhoseKeyNeverComesGetsOneNoticeAskingToSendItAgain() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .environment)
        let bot = deployment.bot.userID
        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }
        let phone = try await E2EEChatClient.start(deployment.employeeAccount, on: server)
        defer { phone.stop() }
        let room = try await phone.openDirectChat(with: bot)
        try await daemon.explaining { try await phone.waitForJoin(of: bot, in: room) }
        let first = try await phone.say("how do I give feedback to a colleague?", in: room)
        _ = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: first) }

        // The app withholds the key from the bot's device and says so: the notice comes at once.
        let withheld = try await phone.sayWithoutKey("how do I delegate tasks?", in: room, announceWithheld: true)
        let notice = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: withheld) }
        #expect(notice.encrypted && notice.body.contains("send it again"), "\(notice.body)")
        // A key that is lost without a word: the bot waits a little for it, then says the same.
        let lost = try await phone.sayWithoutKey("how do I onboard a new hire?", in: room, announceWithheld: false)
        let secondNotice = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: lost, timeout: 90) }
        #expect(secondNotice.body.contains("send it again"))
        #expect(await daemon.waitForLog("no key came for a message of \(deployment.employee.userID)"))

        // Sent again, normally: answered. And each unreadable message got exactly one notice.
        let again = try await phone.say("how do I delegate tasks?", in: room)
        let answer = try await phone.waitForMessage(in: room, from: bot, inReplyTo: again)
        #expect(answer.body.contains(MatrixDeployment.lessonTitle("delegate-tasks")), "\(answer.body)")
        let seen = try await phone.messages(in: room, from: bot)
        #expect([withheld, lost].map { id in seen.messages.filter { $0.inReplyTo == id }.count } == [1, 1])
    }

    @Test func theBotOpensAnEncryptedDirectChatWhenThePersonsAppCanReadIt() async throws {
        let deployment = try await MatrixDeployment(server: server, token: .file)
        let bot = deployment.bot.userID
        let phone = try await E2EEChatClient.start(deployment.employeeAccount, on: server)
        defer { phone.stop() }
        let daemon = try deployment.startDaemon()
        defer { daemon.signal(SIGTERM) }

        // The weekly prompt opens a direct chat (direct_chat_encryption = match: the person's app
        // has encryption keys, so it is encrypted), and the prompt is readable on joining.
        let reflect = try await deployment.run(["reflect", "--now"])
        #expect(reflect.status == 0, "\(reflect.stderr)")
        let (room, isDirect) = try await daemon.explaining { try await phone.acceptInvite(from: bot) }
        #expect(isDirect)
        let prompt = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, containing: "Weekly reflection") }
        #expect(prompt.encrypted)
        let reply = try await phone.say("This week I finally ran the retro with the whole team.", in: room)
        let thanks = try await daemon.explaining { try await phone.waitForMessage(in: room, from: bot, inReplyTo: reply) }
        #expect(thanks.encrypted && thanks.body.contains("Thanks, noted!"))
    }
}
