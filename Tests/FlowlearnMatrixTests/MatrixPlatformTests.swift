import Foundation
import MatrixTestSupport
import Testing
import FlowlearnCore
@testable import FlowlearnMatrix

/// ``MatrixPlatform`` against a real Synapse: each test has its own bot and people.
@Suite struct MatrixPlatformTests {
    let server: SynapseServer

    init() async throws { server = try await SynapseServer.shared() }

    func person(_ name: String) async throws -> MatrixTestUser {
        MatrixTestUser(account: try await server.newUser(name), server: server)
    }

    /// Starts `harness` (its first sync: no backlog) and syncs until its bot has joined `room`,
    /// which `person` invited it to; `person` is primed, so later waits see only what follows.
    func startAndJoin(_ harness: BotHarness, to room: String, invitedBy person: MatrixTestUser) async throws {
        _ = try await harness.platform.nextEvents()
        try await person.prime()
        let joining = Task { try await harness.sync(timeout: 60) { _ in Task.isCancelled } }
        try await person.waitForJoin(of: harness.platform.userID, in: room)
        joining.cancel()
        _ = try? await joining.value
    }

    func messageTexts(_ events: [ChatEvent]) -> [String] {
        events.compactMap { if case .message(let m) = $0 { m.text } else { nil } }
    }

    @Test func theFirstStartSkipsTheBacklogAndDeliversWhatComesAfter() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let room = try await ann.openRoom(inviting: [bot.userID])
        try await server.client(bot).join(roomID: room)
        try await ann.say("how do I onboard a new hire? (backlog)", in: room)
        let harness = BotHarness(server: server, account: bot, mode: .questions)
        #expect(try await harness.platform.nextEvents().isEmpty, "the first sync answers nothing")
        #expect(harness.cursor.saved != nil, "the first position is saved at once")
        try await ann.say("how do I give feedback?", in: room)
        let message = try await harness.message("how do I give feedback?")
        #expect(message.room == room && message.sender == ann.userID && !message.isDirect)
        #expect(!messageTexts(harness.events).contains { $0.contains("backlog") })
    }

    @Test func theBotAccountAsksForNoNotifications() async throws {
        let bot = try await server.newUser("bot")
        let client = server.client(bot)
        #expect(try await client.isPushRuleEnabled(kind: "override", ruleID: ".m.rule.master") == false, "a new account gets notifications")
        try await BotHarness(server: server, account: bot).platform.start()
        #expect(try await client.isPushRuleEnabled(kind: "override", ruleID: ".m.rule.master"))
    }

    @Test func invitesFromAllowedInvitersAreJoinedAndOthersDeclined() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("employee")
        let mallory = try await person("stranger")
        let harness = BotHarness(server: server, account: bot, inviters: ["@employee-*:localhost"])
        _ = try await harness.platform.nextEvents()
        let direct = try await ann.openDirectChat(with: bot.userID)
        let other = try await mallory.openRoom(inviting: [bot.userID])
        try await ann.prime()
        try await mallory.prime()
        // Keep the bot syncing while the people wait for its membership.
        let syncing = Task { try await harness.sync(timeout: 60) { _ in Task.isCancelled } }
        defer { syncing.cancel() }
        try await ann.waitForJoin(of: bot.userID, in: direct)
        _ = try await mallory.waitFor("the bot to decline") { timelines, _ in
            timelines[other]?.first { $0.stateKey == bot.userID && $0.content["membership"]?.stringValue == "leave" }
        }
        let saved = try await server.client(bot).accountData("m.direct", of: bot.userID)
        #expect(saved?[ann.userID]?.arrayValue?.contains(.string(direct)) == true, "the direct chat is in the bot's m.direct")
        syncing.cancel()
        _ = try? await syncing.value
        // Everything in a direct chat is for the bot.
        try await ann.say("what do you store about me?", in: direct)
        let message = try await harness.message("what do you store about me?")
        #expect(message.isDirect)
        #expect(harness.observer.logs.contains { $0.contains("declined the invite of \(mallory.userID)") })
        #expect(harness.platform.connectionSummary == "in 1 room (1 direct chat)")
    }

    @Test func sendingToAPersonOpensOneDirectChatAndReusesIt() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let harness = BotHarness(server: server, account: bot)
        let first = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "**Weekly reflection**"),
                                                    transactionID: "prompt-1")
        let (room, isDirect) = try await ann.acceptInvite(from: bot.userID)
        #expect(isDirect)
        let prompt = try await ann.waitForMessage(in: room, from: bot.userID)
        #expect(prompt.eventID == first)
        #expect(prompt.content["formatted_body"]?.stringValue == "<p><strong>Weekly reflection</strong></p>")
        #expect(prompt.content["m.mentions"] == [:], "no one is pinged")
        let second = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "a reminder"),
                                                     transactionID: "reminder-1")
        let reminder = try await ann.waitForMessage(in: room, from: bot.userID) { $0.content["body"]?.stringValue == "a reminder" }
        #expect(reminder.eventID == second)
        let direct = try await server.client(bot).accountData("m.direct", of: bot.userID)
        #expect(direct?[ann.userID] == [.string(room)])
        // The same transaction id again (a retry after a crash) is the same event, not a second one.
        let again = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "a reminder"),
                                                    transactionID: "reminder-1")
        #expect(again == second)
        try await ann.say("sentinel", in: room)
        _ = try await ann.waitForMessage(in: room, from: ann.userID) { $0.content["body"]?.stringValue == "sentinel" }
        #expect(await ann.events(in: room, from: bot.userID).filter { $0.content["body"]?.stringValue == "a reminder" }.count == 1)
    }

    @Test func answersAreThreadedInRoomsAndRepliesInDirectChats() async throws {
        let bot = try await server.newUser("bot", displayName: "Flowlearn")
        let ann = try await person("ann")
        let harness = BotHarness(server: server, account: bot)
        _ = try await harness.platform.nextEvents()
        let room = try await ann.openRoom(inviting: [bot.userID], roomVersion: "10")
        let direct = try await ann.openDirectChat(with: bot.userID)
        try await ann.prime()
        try await harness.sync { _ in true }
        let joined = Task { try await harness.sync(timeout: 60) { _ in Task.isCancelled } }
        try await ann.waitForJoin(of: bot.userID, in: room)
        try await ann.waitForJoin(of: bot.userID, in: direct)
        joined.cancel()
        _ = try? await joined.value

        let question = try await ann.say("Flowlearn: how do I give feedback?", in: room)
        let inRoom = try await harness.message("how do I give feedback?")
        #expect(inRoom.id == question && inRoom.mentionsBot && !inRoom.isDirect)
        _ = try await harness.platform.send(OutgoingMessage(destination: .room(room), text: "Answer @room", inReplyTo: question), transactionID: "a1")
        let answer = try await ann.waitForReply(to: question, in: room, from: bot.userID)
        #expect(answer.relationType == "m.thread")
        #expect(answer.threadRoot == question)
        #expect(answer.content["m.mentions"] == ["user_ids": [.string(ann.userID)]], "only the asker is mentioned")
        #expect(answer.content["body"]?.stringValue == "Answer @\u{2060}room")

        // A question asked inside that thread is answered in the same thread.
        let followUp = try await ann.say("Flowlearn how do I receive feedback?", in: room,
                                         content: ["m.relates_to": ["rel_type": "m.thread", "event_id": .string(question), "is_falling_back": true,
                                                                    "m.in_reply_to": ["event_id": .string(answer.eventID!)]]])
        _ = try await harness.message("how do I receive feedback?")
        _ = try await harness.platform.send(OutgoingMessage(destination: .room(room), text: "Second answer", inReplyTo: followUp), transactionID: "a2")
        let second = try await ann.waitForReply(to: followUp, in: room, from: bot.userID)
        #expect(second.threadRoot == question)
        #expect(second.relation?["is_falling_back"]?.boolValue == false)

        // In a direct chat: a plain reply, in the room the question was asked.
        let dmQuestion = try await ann.say("how do I onboard a new hire?", in: direct)
        let inDirect = try await harness.message("how do I onboard a new hire?")
        #expect(inDirect.isDirect)
        _ = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "DM answer", inReplyTo: dmQuestion),
                                            transactionID: "a3")
        let dmAnswer = try await ann.waitForReply(to: dmQuestion, in: direct, from: bot.userID)
        #expect(dmAnswer.relationType == nil)
    }

    @Test func answerAfterARestartStillRepliesToTheQuestion() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let direct = try await ann.openDirectChat(with: bot.userID)
        let before = BotHarness(server: server, account: bot)
        try await startAndJoin(before, to: direct, invitedBy: ann)
        let question = try await ann.say("how do I plan my week?", in: direct)
        _ = try await before.message("how do I plan my week?")
        // A new process: nothing in memory about the question; the answer still finds it.
        let after = BotHarness(server: server, account: bot, cursor: before.cursor)
        _ = try await after.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "answer", inReplyTo: question), transactionID: "x1")
        let answer = try await ann.waitForReply(to: question, in: direct, from: bot.userID)
        #expect(answer.content["m.mentions"] == ["user_ids": [.string(ann.userID)]])
    }

    @Test func ownMessagesEditsAndNonMentionsAreNotDelivered() async throws {
        let bot = try await server.newUser("bot", displayName: "Flowlearn")
        let ann = try await person("ann")
        let room = try await ann.openRoom(inviting: [bot.userID])
        let harness = BotHarness(server: server, account: bot, mode: .mention)
        try await startAndJoin(harness, to: room, invitedBy: ann)

        _ = try await harness.platform.send(OutgoingMessage(destination: .room(room), text: "Flowlearn: I talk to myself"), transactionID: "own")
        let plain = try await ann.say("how do I give feedback?", in: room)
        try await ann.say("* how do I give feedback to Flowlearn?", in: room,
                          content: ["m.relates_to": ["rel_type": "m.replace", "event_id": .string(plain)]])
        try await ann.say("thanks", in: room, content: ["m.mentions": ["user_ids": [.string(bot.userID)]]])
        let events = try await harness.sync { events in events.count >= 1 }
        #expect(messageTexts(events) == ["thanks"])
    }

    @Test func reactionsOnTheBotsMessagesAreDelivered() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let harness = BotHarness(server: server, account: bot)
        _ = try await harness.platform.nextEvents()
        let answer = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "an answer"), transactionID: "r1")
        let (room, _) = try await ann.acceptInvite(from: bot.userID)
        try await ann.react(to: answer, in: room, with: "👍")
        let events = try await harness.sync { events in events.contains { if case .reaction = $0 { true } else { false } } }
        guard case .reaction(let reaction) = events.first(where: { if case .reaction = $0 { true } else { false } }) else { return }
        #expect(reaction.target == answer && reaction.key == "👍" && reaction.sender == ann.userID && reaction.room == room)
    }

    @Test func aGapAfterALongAbsenceIsFilledInOrder() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let direct = try await ann.openDirectChat(with: bot.userID)
        let harness = BotHarness(server: server, account: bot, timelineLimit: 3)
        try await startAndJoin(harness, to: direct, invitedBy: ann)
        _ = try await harness.platform.nextEvents() // settled after the join
        for i in 1...8 { try await ann.say("question \(i)", in: direct) }
        let events = try await harness.sync { events in self.messageTexts(events).contains("question 8") }
        #expect(messageTexts(events).filter { $0.hasPrefix("question") } == (1...8).map { "question \($0)" })
        #expect(harness.observer.logs.contains { $0.contains("fetched") && $0.contains("missed") })
    }

    @Test func aRepeatedSyncAnswerIsDeliveredOnce() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let direct = try await ann.openDirectChat(with: bot.userID)
        let harness = BotHarness(server: server, account: bot)
        try await startAndJoin(harness, to: direct, invitedBy: ann)
        try await ann.say("how do I give feedback?", in: direct)
        _ = try await harness.message("how do I give feedback?")
        // Synapse's response cache can answer the next /sync with the same events again.
        harness.http.inject(.repeatPreviousSync, on: "/sync")
        try await ann.say("sentinel", in: direct)
        let events = try await harness.sync { events in self.messageTexts(events).contains("sentinel") }
        #expect(messageTexts(events).filter { $0 == "how do I give feedback?" }.count == 1)
    }

    @Test func thePositionIsSavedOnlyWhenTheNextBatchIsAskedFor() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let direct = try await ann.openDirectChat(with: bot.userID)
        let first = BotHarness(server: server, account: bot)
        try await startAndJoin(first, to: direct, invitedBy: ann)
        _ = try await first.platform.nextEvents()
        try await ann.say("question one", in: direct)
        _ = try await first.message("question one")
        let positionWhenDelivered = first.cursor.saved

        // "Crash" now: the batch was handed out but never confirmed by another nextEvents().
        let replay = BotHarness(server: server, account: bot, cursor: MemoryCursorStore(positionWhenDelivered))
        _ = try await replay.message("question one") // delivered again; the daemon's store drops it

        // Confirmed by the next call: a restart continues after it.
        try await ann.say("question two", in: direct)
        _ = try await first.message("question two")
        _ = try await first.platform.nextEvents()
        let resumed = BotHarness(server: server, account: bot, cursor: MemoryCursorStore(first.cursor.saved))
        try await ann.say("question three", in: direct)
        let events = try await resumed.sync { events in self.messageTexts(events).contains("question three") }
        #expect(messageTexts(events) == ["question three"])
    }

    @Test func aRevokedTokenIsFatalForSyncAndSend() async throws {
        let bot = try await server.newUser("bot")
        let harness = BotHarness(server: server, account: bot)
        _ = try await harness.platform.nextEvents()
        try await server.client(bot).logout()
        await #expect(throws: ChatPlatformError.self) { _ = try await harness.platform.nextEvents() }
        do {
            _ = try await harness.platform.nextEvents()
        } catch ChatPlatformError.fatal(let reason) {
            #expect(reason.contains("M_UNKNOWN_TOKEN") && reason.contains("rejected the access token"))
            #expect(!reason.contains(bot.accessToken))
        }
        do {
            _ = try await harness.platform.send(OutgoingMessage(destination: .room("!nowhere"), text: "x"), transactionID: "t")
            Issue.record("sending with a revoked token succeeded")
        } catch ChatPlatformError.fatal(let reason) {
            #expect(reason.contains("M_UNKNOWN_TOKEN"))
        }
        // A fresh start with the revoked token fails at once, too.
        let fresh = BotHarness(server: server, account: bot)
        do {
            _ = try await fresh.platform.nextEvents()
            Issue.record("started with a revoked token")
        } catch ChatPlatformError.fatal(let reason) {
            #expect(reason.contains("rejected the access token"))
        }
    }

    @Test func aTokenOfAnotherUserIsFatal() async throws {
        let bot = try await server.newUser("bot")
        let harness = BotHarness(server: server, account: bot, userID: "@flowlearn:localhost")
        do {
            _ = try await harness.platform.nextEvents()
            Issue.record("started with another user's token")
        } catch ChatPlatformError.fatal(let reason) {
            #expect(reason.contains("belongs to \(bot.userID)"))
        }
    }

    @Test func rateLimitsAndServerErrorsAreRetried() async throws {
        let bot = try await server.newUser("bot")
        let ann = try await person("ann")
        let harness = BotHarness(server: server, account: bot)
        _ = try await harness.platform.nextEvents()
        harness.http.inject(.status(429, #"{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":300}"#), on: "/sync")
        harness.http.inject(.status(502, "<html>Bad Gateway</html>"), on: "/sync")
        let started = ContinuousClock.now
        _ = try await harness.platform.nextEvents()
        #expect(ContinuousClock.now - started >= .milliseconds(300), "waited retry_after_ms")
        let failures = harness.observer.failures
        #expect(failures.count == 2)
        #expect(failures.first?.error.isRateLimited == true && failures.first.map { $0.retryIn >= .milliseconds(300) } == true)
        #expect(failures.last?.error.status == 502)
        #expect(harness.observer.recoveries == [2])

        // A send hit by a 503 retries by itself, with the same transaction id.
        harness.http.inject(.status(503, #"{"errcode":"M_UNKNOWN","error":"overloaded"}"#), on: "/send/")
        let id = try await harness.platform.send(OutgoingMessage(destination: .person(ann.userID), text: "still arrives"), transactionID: "s1")
        let (room, _) = try await ann.acceptInvite(from: bot.userID)
        #expect(try await ann.waitForMessage(in: room, from: bot.userID).eventID == id)
        #expect(harness.http.sent.filter { $0.hasSuffix("/send/m.room.message/s1") }.count == 2)
    }

    @Test func anUnreachableHomeserverIsRetriedWithBackoffUntilStopped() async throws {
        let cursor = MemoryCursorStore()
        let observer = RecordingObserver()
        var configuration = MatrixPlatformConfiguration(userID: "@bot:localhost")
        configuration.backoff = Backoff(initial: .milliseconds(20), maximum: .milliseconds(200))
        let platform = MatrixPlatform(client: MatrixClient(homeserver: "http://127.0.0.1:\(try closedPort())", accessToken: "tok-never-shown",
                                                           http: SynapseServer.http),
                                      configuration: configuration, cursorStore: cursor, observer: observer)
        let task = Task { try await platform.nextEvents() }
        while observer.failures.count < 4 { await Task.yield() }
        task.cancel()
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        let failures = observer.failures
        #expect(failures.allSatisfy { $0.error.isTransient && "\($0.error)".contains("could not connect to the homeserver") })
        #expect(failures.allSatisfy { !"\($0.error)".contains("tok-never-shown") })
        #expect(failures.map(\.retryIn).last! > .milliseconds(50), "the wait grows")
        #expect(platform.connectionSummary == "homeserver unreachable (could not connect to the homeserver), retrying")
        // Sending meanwhile fails fast as temporary: the outbox retries later with the same id.
        do {
            _ = try await platform.send(OutgoingMessage(destination: .person("@ann:localhost"), text: "x"), transactionID: "t")
            Issue.record("sent without a homeserver")
        } catch ChatPlatformError.temporary(let reason) {
            #expect(reason.contains("could not connect"))
        }
    }
}
