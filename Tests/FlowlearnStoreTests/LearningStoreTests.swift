import Foundation
import Testing
import FlowlearnCore
import FlowlearnSQLite
@testable import FlowlearnStore

/// A store in a fresh temporary file.
final class TemporaryStore {
    let directory: String
    let path: String
    let store: SQLiteLearningStore

    init() throws {
        directory = NSTemporaryDirectory() + "flowlearn-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/flowlearn.sqlite"
        store = try SQLiteLearningStore(path: path)
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

@Suite struct LearningStoreTests {
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func question(_ id: String, person: String = "@bob:x", lesson: String? = "give-feedback", text: String = "how do i give feedback") -> QuestionRecord {
        QuestionRecord(messageID: id, person: person, room: "!dm", text: text, language: .en, lessonID: lesson, confidence: 0.8, askedAt: now)
    }

    func answerTurn(_ id: String, lesson: String? = "give-feedback", text: String = "how do i give feedback") -> Turn {
        Turn(eventID: id, writes: [.person(PersonRecord(id: "@bob:x", language: .en)), .question(question(id, lesson: lesson, text: text))],
             outgoing: [OutgoingMessage(destination: .person("@bob:x"), text: "lesson", inReplyTo: id,
                                        purpose: lesson == nil ? .noAnswer(questionMessageID: id) : .answer(questionMessageID: id))])
    }

    @Test func aRedeliveredEventIsHandledOnce() throws {
        let t = try TemporaryStore()
        let first = try t.store.apply(answerTurn("$q1"), at: now)
        #expect(first.count == 1)
        #expect(try t.store.apply(answerTurn("$q1"), at: now).isEmpty)
        #expect(try t.store.pendingOutbox(limit: 10).count == 1)
        #expect(try t.store.export(person: "@bob:x").questions.count == 1)
    }

    @Test func outboxItemsKeepTheirTransactionIDUntilSent() throws {
        let t = try TemporaryStore()
        let item = try #require(try t.store.apply(answerTurn("$q1"), at: now).first)
        try t.store.markAttemptFailed(item.id, error: "503", giveUp: false, at: Date())
        let again = try #require(try t.store.pendingOutbox(limit: 10).first)
        #expect(again.transactionID == item.transactionID)
        #expect(again.attempts == 1)
        #expect(again.message == item.message)
        try t.store.markSent(item.id, platformMessageID: "$a1", at: now)
        #expect(try t.store.pendingOutbox(limit: 10).isEmpty)
    }

    @Test func feedbackByReactionFindsTheQuestionThroughTheAnswer() throws {
        let t = try TemporaryStore()
        let item = try #require(try t.store.apply(answerTurn("$q1"), at: now).first)
        try t.store.markSent(item.id, platformMessageID: "$answer", at: now)
        let reaction = ChatEvent.reaction(IncomingReaction(id: "$r", room: "!dm", sender: "@bob:x", target: "$answer", key: "👍", receivedAt: now))
        let context = try t.store.context(for: reaction)
        #expect(context.reactedQuestion?.messageID == "$q1")
        try t.store.apply(Turn(eventID: "$r", writes: [.feedback(questionMessageID: "$q1", value: 1)]), at: now)
        #expect(try t.store.export(person: "@bob:x").questions.first?.feedback == 1)
        // Someone else's reaction on Bob's answer is not Bob's feedback.
        let other = ChatEvent.reaction(IncomingReaction(id: "$r2", room: "!dm", sender: "@eve:x", target: "$answer", key: "👎", receivedAt: now))
        #expect(try t.store.context(for: other).reactedQuestion == nil)
    }

    @Test func aFailingTurnChangesNothing() throws {
        let t = try TemporaryStore()
        // A reflection reply for a week that was never prompted breaks the foreign key: the whole turn rolls back.
        let turn = Turn(eventID: "$bad", writes: [
            .question(question("$q9")),
            .reflectionReply(person: "@bob:x", week: ISOWeek(year: 2026, week: 47), messageID: "$bad", text: "x", isPrivate: false, at: now),
        ])
        #expect(throws: SQLiteError.self) { try t.store.apply(turn, at: now) }
        #expect(try t.store.export(person: "@bob:x").questions.isEmpty)
        // The event was not marked handled either: a retry can still succeed.
        #expect(try t.store.apply(answerTurn("$bad"), at: now).count == 1)
    }

    @Test func forgettingAPersonDeletesEverythingAboutThemOnly() throws {
        let t = try TemporaryStore()
        try t.store.apply(answerTurn("$q1"), at: now)
        let week = ISOWeek(year: 2026, week: 47)
        try t.store.apply(Turn(eventID: "reflection-prompt:@bob:x:\(week)", writes: [
            .reflectionPrompted(person: "@bob:x", week: week, promptAt: now, closesAt: now.addingTimeInterval(86400)),
            .reflectionReply(person: "@bob:x", week: week, messageID: "$r1", text: "good week", isPrivate: false, at: now),
        ]), at: now)
        try t.store.apply(Turn(eventID: "$c1", writes: [.question(question("$c1", person: "@carla:x"))]), at: now)
        #expect(try t.store.export(person: "@bob:x").reflections.first?.replies.first?.text == "good week")
        #expect(try t.store.forget(person: "@bob:x"))
        let export = try t.store.export(person: "@bob:x")
        #expect(export.person == nil && export.questions.isEmpty && export.reflections.isEmpty && export.messagesSent == 0)
        #expect(try t.store.export(person: "@carla:x").questions.count == 1)
        #expect(try !t.store.forget(person: "@bob:x"))
    }

    @Test func purgeRemovesOnlyWhatIsOlderThanTheRetention() throws {
        let t = try TemporaryStore()
        try t.store.apply(answerTurn("$old"), at: now)
        var recent = answerTurn("$new")
        recent.writes = [.question(QuestionRecord(messageID: "$new", person: "@bob:x", room: "!dm", text: "q", language: .en,
                                                  lessonID: nil, confidence: 0, askedAt: now.addingTimeInterval(400 * 86400)))]
        try t.store.apply(recent, at: now.addingTimeInterval(400 * 86400))
        try t.store.purge(olderThan: now.addingTimeInterval(35 * 86400))
        #expect(try t.store.export(person: "@bob:x").questions.map(\.messageID) == ["$new"])
    }

    @Test func gapsAreGroupedUnderTheClosestLessonByWordingMostAskedFirst() throws {
        let t = try TemporaryStore()
        func ask(_ id: String, _ text: String, closest: String?, offered: [String] = []) throws {
            var q = question(id, lesson: nil, text: text)
            q.closestLessonID = closest
            q.alternatives = offered
            try t.store.apply(Turn(eventID: id, writes: [.question(q)]), at: now)
        }
        try ask("$1", "where do I park my bike", closest: nil)
        try ask("$2", "Where do I park my bike?", closest: nil)
        try ask("$3", "how do i book a meeting room", closest: "effective-meeting")
        try ask("$4", "tips for a meeting that runs over", closest: "effective-meeting", offered: ["effective-meeting", "hybrid-meeting"])
        try ask("$5", "how to chair the weekly", closest: "effective-meeting", offered: ["effective-meeting", "hybrid-meeting"])
        try t.store.apply(Turn(eventID: "$6", writes: [.choicePicked(questionMessageID: "$5", lessonID: "effective-meeting")]), at: now)
        try t.store.apply(answerTurn("$7"), at: now)
        try t.store.apply(answerTurn("$8"), at: now)
        try t.store.apply(Turn(eventID: "r8", writes: [.feedback(questionMessageID: "$8", value: -1)]), at: now)
        let report = try t.store.contentGapReport(since: nil)
        #expect(report.groups.map(\.closestLesson) == ["effective-meeting", "give-feedback", nil])
        let meeting = report.groups[0].entries
        #expect(Set(meeting.map(\.kind)) == [.gap, .unpicked, .picked])
        #expect(meeting.first { $0.kind == .picked }?.lesson == "effective-meeting")
        #expect(report.groups[1].entries.map(\.kind) == [.unhelpful])
        #expect(report.groups[2].entries.map(\.count) == [2])
        #expect(report.groups[2].entries.first?.question == "where do I park my bike")
        #expect(try t.store.contentGapReport(since: now.addingTimeInterval(1)).groups.isEmpty)
        let picked = try #require(meeting.first { $0.kind == .picked })
        #expect(try t.store.question(id: picked.id)?.text == "how to chair the weekly")
    }

    @Test func syncCursorSurvivesReopening() throws {
        let t = try TemporaryStore()
        try t.store.setSyncCursor("s123_456", platform: "matrix", at: Date())
        t.store.close()
        let reopened = try SQLiteLearningStore(path: t.path)
        #expect(try reopened.syncCursor(platform: "matrix") == "s123_456")
        reopened.close()
    }
}

@Suite struct StoreMigrationTests {
    @Test func aVersionOneStoreIsUpgradedKeepingItsData() throws {
        let directory = NSTemporaryDirectory() + "flowlearn-mig-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/s.sqlite"
        // Build a store as version 1 of the schema left it.
        let db = try Database(path: path)
        var v1 = Migrator()
        let first = StoreSchema.migrations[0]
        v1.register(version: first.version, name: first.name) { db in for sql in first.sql { try db.execute(sql) } }
        try v1.migrate(db)
        try db.execute("INSERT INTO sync_cursors (platform, cursor, updated_at) VALUES ('matrix', 'kept', 0)")
        db.close()

        let store = try SQLiteLearningStore(path: path)
        defer { store.close() }
        #expect(try store.syncCursor(platform: "matrix") == "kept")
        #expect(try Migrator.version(of: store.db) == StoreSchema.migrations.last!.version)
    }

    @Test func aNewerStoreIsRefusedAndLeftUntouched() throws {
        let directory = NSTemporaryDirectory() + "flowlearn-mig-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/s.sqlite"
        let db = try Database(path: path)
        try db.execute("CREATE TABLE future (x)")
        try db.execute("PRAGMA user_version = 99")
        db.close()
        #expect {
            try SQLiteLearningStore(path: path)
        } throws: { error in
            guard let error = error as? MigrationError, case .databaseIsNewer(99, _, path) = error else { return false }
            return error.description.contains("upgrade flowlearn")
        }
        let again = try Database(path: path)
        #expect(try Migrator.version(of: again) == 99)
        #expect(try again.rows("SELECT name FROM sqlite_master WHERE name = 'people'").isEmpty)
        again.close()
    }
}

@Suite struct CrashRecoveryTests {
    /// The prompt went out (or not) but the daemon died before recording the delivery: after the
    /// restart the scheduler plans no second prompt, and the outbox resends the same message with
    /// the same transaction id, which the platform delivers once.
    @Test func aPromptQueuedBeforeACrashIsNeitherPlannedAgainNorGivenANewTransaction() throws {
        let t = try TemporaryStore()
        let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
        let planner = ReflectionPlanner(prompt: WeeklySchedule(day: .friday, time: TimeOfDay(hour: 15, minute: 30)),
                                        summary: WeeklySchedule(day: .monday, time: TimeOfDay(hour: 8, minute: 30)),
                                        reminderAfter: 0, skipWeeks: [])
        let scheduler = WeeklyScheduler(planner: planner)
        let week = ISOWeek(year: 2026, week: 47)
        let plan = try #require(planner.plan(person: "@bob:x", week: week, timeZone: amsterdam))
        let now = plan.promptAt.addingTimeInterval(60)
        let people = [WeeklyScheduler.Person(id: "@bob:x", timeZone: amsterdam, paused: false)]

        let first = scheduler.due(now: now, people: people, prompts: [:], teams: [], summariesSent: [])
        #expect(first == [.prompt(plan)])
        let turn = Turn(eventID: first[0].key,
                        writes: [.reflectionPrompted(person: "@bob:x", week: week, promptAt: plan.promptAt, closesAt: plan.closesAt)],
                        outgoing: [OutgoingMessage(destination: .person("@bob:x"), text: "prompt", purpose: .reflectionPrompt(week: week))])
        let queued = try #require(try t.store.apply(turn, at: now).first)
        t.store.close() // the crash: never marked sent

        let reopened = try SQLiteLearningStore(path: t.path)
        defer { reopened.close() }
        let state = try reopened.schedulingState(since: week.previous)
        #expect(scheduler.due(now: now.addingTimeInterval(60), people: people, prompts: state.prompts, teams: [], summariesSent: []).isEmpty)
        #expect(try reopened.apply(turn, at: now).isEmpty)
        let pending = try reopened.pendingOutbox(limit: 10)
        #expect(pending.map(\.transactionID) == [queued.transactionID])
    }
}
