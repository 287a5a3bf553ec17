import Foundation
import Testing
import FlowlearnCore
import FlowlearnSQLite
@testable import FlowlearnStore

/// Learning records (xAPI statements) are queued in the transaction of the turn that caused them.
@Suite struct LearningRecordStoreTests {
    let now = Date(timeIntervalSince1970: 1_796_810_400)

    func store(recording: Bool = true) throws -> (TemporaryDirectory, SQLiteLearningStore) {
        let dir = NSTemporaryDirectory() + "flowlearn-records-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (TemporaryDirectory(path: dir), try SQLiteLearningStore(path: dir + "/s.sqlite", recordsLearning: recording))
    }

    func questionTurn(_ id: String, lesson: String?, person: String = "@ann:x") -> Turn {
        Turn(eventID: id, writes: [.question(QuestionRecord(messageID: id, person: person, room: "!dm", text: "how do I give feedback?",
                                                             language: .en, lessonID: lesson, confidence: 0.8, askedAt: now))])
    }

    func activities(_ store: SQLiteLearningStore) throws -> [LearningRecord.Activity] {
        try store.pendingLearningRecords(limit: 100).map(\.record.activity)
    }

    @Test func anAnsweredQuestionIsAskedAndExperiencedAndARedeliveryAddsNothing() throws {
        let (dir, store) = try store()
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)
        try store.apply(questionTurn("$q2", lesson: nil), at: now)
        let queued = try store.pendingLearningRecords(limit: 100)
        #expect(queued.map(\.record.activity) == [.asked(lesson: "give-feedback-en"), .experienced(lesson: "give-feedback-en"), .asked(lesson: nil)])
        #expect(queued[1].record.follows == queued[0].record.id)
        #expect(Set(queued.map(\.record.id)).count == 3)
        _ = dir
    }

    @Test func aStatementKeepsItsIdAcrossAttemptsAndLeavesTheQueueWhenSent() throws {
        let (dir, store) = try store()
        try store.apply(questionTurn("$q1", lesson: nil), at: now)
        let first = try #require(try store.pendingLearningRecords(limit: 10).first)
        try store.learningRecordsAttemptFailed([first.sequence], error: "HTTP 503", at: now)
        let again = try #require(try store.pendingLearningRecords(limit: 10).first)
        #expect(again.record.id == first.record.id && again.attempts == 2)
        try store.markLearningRecordsSent([again.sequence], at: now)
        #expect(try store.pendingLearningRecords(limit: 10).isEmpty)
        #expect(try store.learningRecordCounts() == (0, 0, 1))
        _ = dir
    }

    @Test func ratingsAndReflectionRepliesAreRecordedButNeverTheirText() throws {
        let (dir, store) = try store()
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)
        try store.apply(Turn(eventID: "$r1", writes: [.feedback(questionMessageID: "$q1", value: -1)]), at: now)
        let week = ISOWeek(year: 2026, week: 50)
        try store.apply(Turn(eventID: "prompt", writes: [.reflectionPrompted(person: "@ann:x", week: week, promptAt: now, closesAt: now + 86400)]), at: now)
        try store.apply(Turn(eventID: "$m1", writes: [.reflectionReply(person: "@ann:x", week: week, messageID: "$m1", text: "private: my secret", isPrivate: true, at: now)]), at: now)
        try store.apply(Turn(eventID: "$m2", writes: [.pulse(person: "@ann:x", week: week, value: 2)]), at: now)
        #expect(try activities(store).suffix(3) == [.rated(lesson: "give-feedback-en", helpful: false), .responded(reflection: week), .responded(reflection: week)])
        let db = try Database(path: store.path)
        defer { db.close() }
        #expect(try db.rows("SELECT * FROM learning_records WHERE object LIKE '%secret%' OR language LIKE '%secret%'").isEmpty)
        _ = dir
    }

    @Test func withoutAnLRSNothingIsQueued() throws {
        let (dir, store) = try store(recording: false)
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)
        #expect(try store.pendingLearningRecords(limit: 10).isEmpty)
        _ = dir
    }

    @Test func forgettingDeletesWhatWasNotSentAndVoidsWhatTheLRSMayHold() throws {
        let (dir, store) = try store()
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)   // sent
        let sent = try store.pendingLearningRecords(limit: 10)
        try store.markLearningRecordsSent(sent.map(\.sequence), at: now)
        try store.apply(questionTurn("$q2", lesson: nil), at: now)                  // tried, not confirmed
        let tried = try #require(try store.pendingLearningRecords(limit: 10).first)
        try store.apply(questionTurn("$q3", lesson: nil), at: now)                  // never tried
        try store.apply(questionTurn("$b1", lesson: nil, person: "@bob:x"), at: now)

        #expect(try store.forget(person: "@ann:x", at: now))
        let queued = try store.pendingLearningRecords(limit: 10)
        let voided = queued.compactMap { record -> UUID? in if case .voided(let id) = record.record.activity { id } else { nil } }
        #expect(Set(voided) == Set(sent.map(\.record.id) + [tried.record.id]))
        #expect(queued.filter { $0.record.person != nil }.map(\.record.person) == ["@bob:x"])
        #expect(queued.allSatisfy { $0.record.person != "@ann:x" })
        let db = try Database(path: store.path)
        defer { db.close() }
        #expect(try db.rows("SELECT 1 FROM learning_records WHERE person = '@ann:x'").isEmpty)
        _ = dir
    }

    @Test func theHashedActorsKeyIsMadeOnceAndKept() throws {
        let (dir, store) = try store()
        let key = try store.learningRecordActorKey()
        #expect(key.count == 32 && key != Array(repeating: 0, count: 32))
        #expect(try store.learningRecordActorKey() == key)
        _ = dir
    }
}

/// A folder removed when the test ends.
final class TemporaryDirectory {
    let path: String
    init(path: String) { self.path = path }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension LearningRecordStoreTests {
    @Test func aCloseCallIsAskedWithAChoiceAndThePickedLessonIsExperienced() throws {
        let (dir, store) = try store()
        let question = QuestionRecord(messageID: "$q1", person: "@ann:x", room: "!dm", text: "how do I prepare my review?", language: .en,
                                      lessonID: nil, confidence: 0.4, alternatives: ["review-en", "review-manager-en"], askedAt: now)
        try store.apply(Turn(eventID: "$q1", writes: [.question(question)]), at: now)
        try store.apply(Turn(eventID: "$p1", writes: [.choicePicked(questionMessageID: "$q1", lessonID: "review-en")]), at: now)
        try store.apply(Turn(eventID: "$p2", writes: [.choicePicked(questionMessageID: "$q1", lessonID: "review-manager-en")]), at: now)
        #expect(try activities(store) == [.asked(lesson: nil, choiceOffered: true), .experienced(lesson: "review-en")])
        _ = dir
    }
}

extension LearningRecordStoreTests {
    @Test func aFollowUpAnswerAndPathStepsAreRecordedOnceAndNeverTheSentenceAfterTheAnswer() throws {
        let (dir, store) = try store()
        let day = LocalDate("2026-12-14")!
        let enrolment = PathEnrolment(person: "@ann:x", path: "onboarding", start: day, buddy: nil, startedBy: nil, startedAt: now)
        try store.apply(Turn(eventID: "start", writes: [.journey(.pathStarted(enrolment))]), at: now)
        for step in ["first-week", "phishing"] {
            try store.apply(Turn(eventID: "sent:\(step)", writes: [.journey(.pathStepSent(person: "@ann:x", path: "onboarding", step: step,
                                                                                           lesson: nil, date: day, at: now))]), at: now)
        }
        try store.apply(Turn(eventID: "asked", writes: [.journey(.followUpAsked(
            FollowUpRecord(person: "@ann:x", lesson: "give-feedback-en", topic: "give-feedback-en", deliveredAt: now - 3 * 86400, askedAt: now),
            on: day))]), at: now)
        #expect(try activities(store).isEmpty, "a step sent or a follow-up asked is no learning record")

        try store.apply(Turn(eventID: "$done", writes: [.journey(.pathStepDone(person: "@ann:x", path: "onboarding", step: "first-week", at: now))]), at: now)
        try store.apply(Turn(eventID: "$done2", writes: [.journey(.pathStepDone(person: "@ann:x", path: "onboarding", step: "first-week", at: now))]), at: now)
        try store.apply(Turn(eventID: "$skip", writes: [.journey(.pathStepSkipped(person: "@ann:x", path: "onboarding", step: "phishing", at: now))]), at: now)
        try store.apply(Turn(eventID: "$yes", writes: [.journey(.followUpAnswered(
            person: "@ann:x", topic: "give-feedback-en", answer: FollowUpAnswer(kind: .used, note: "in my 1:1 with Sam"), at: now))]), at: now)
        try store.apply(Turn(eventID: "$yes", writes: [.journey(.followUpAnswered(
            person: "@ann:x", topic: "give-feedback-en", answer: FollowUpAnswer(kind: .used, note: "in my 1:1 with Sam"), at: now))]), at: now)
        #expect(try activities(store) == [.completedStep(path: "onboarding", step: "first-week"), .skippedStep(path: "onboarding", step: "phishing"),
                                          .answeredFollowUp(lesson: "give-feedback-en", answer: .used)],
                "a step done twice and a redelivered answer are recorded once")
        let db = try Database(path: store.path)
        defer { db.close() }
        #expect(try db.rows("SELECT 1 FROM learning_records WHERE object LIKE '%Sam%'").isEmpty)

        #expect(try store.forget(person: "@ann:x", at: now))
        // Handed out for sending above, so the LRS may hold them: each is voided.
        #expect(try db.rows("SELECT verb FROM learning_records WHERE state = 'pending'").map { try $0.string("verb") } == ["voided", "voided", "voided"])
        #expect(try db.rows("SELECT 1 FROM learning_records WHERE person = '@ann:x'").isEmpty)
        _ = dir
    }

    @Test(arguments: FollowUpAnswer.Kind.allCases)
    func eachFollowUpAnswerReadsBackFromItsRow(answer: FollowUpAnswer.Kind) throws {
        let activity = LearningRecord.Activity.answeredFollowUp(lesson: "give-feedback-en", answer: answer)
        let (dir, store) = try store()
        try store.queue(LearningRecord(id: UUID(), person: "@ann:x", activity: activity, occurredAt: now), at: now)
        #expect(try activities(store) == [activity])
        _ = dir
    }
}

extension LearningRecordStoreTests {
    @Test func anExportListsThePersonsLearningRecordsByIdAndVerbOnly() throws {
        let (dir, store) = try store()
        try store.apply(questionTurn("$q1", lesson: "give-feedback-en"), at: now)
        try store.apply(questionTurn("$b1", lesson: nil, person: "@bob:x"), at: now)
        let sent = try store.pendingLearningRecords(limit: 1)
        try store.markLearningRecordsSent(sent.map(\.sequence), at: now)
        let export = try store.export(person: "@ann:x")
        #expect(export.learningRecords.map(\.verb) == ["asked", "experienced"])
        #expect(export.learningRecords.map(\.state) == ["sent", "pending"])
        #expect(export.learningRecords.first?.statementID == sent.first?.record.id.uuidString.lowercased())
        _ = dir
    }
}
