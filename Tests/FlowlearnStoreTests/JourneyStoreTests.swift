import Foundation
import Testing
import FlowlearnCore
import FlowlearnSQLite
@testable import FlowlearnStore

/// The learning journey in the store: writes applied once, the conversation's context, export,
/// forget and retention.
@Suite struct JourneyStoreTests {
    let now = Date(timeIntervalSince1970: 1_797_000_000)
    let today = LocalDate("2026-12-14")!

    func message(_ text: String, from sender: String = "@bob:x", repliesTo: String? = nil, at: Date? = nil) -> ChatEvent {
        .message(IncomingMessage(id: "$" + UUID().uuidString, room: "!dm", sender: sender, text: text, isDirect: true,
                                 receivedAt: at ?? now.addingTimeInterval(60), repliesTo: repliesTo))
    }

    func fill(_ store: SQLiteLearningStore) throws {
        let enrolment = PathEnrolment(person: "@bob:x", path: "onboarding", start: today, buddy: "@sam:x", startedBy: "@anna:x", startedAt: now)
        try store.apply(Turn(eventID: "path-start:@bob:x:onboarding", writes: [.journey(.pathStarted(enrolment))]), at: now)
        let step = try store.apply(Turn(eventID: "path-step:@bob:x:onboarding:first:2026-12-14",
                                        writes: [.journey(.pathStepSent(person: "@bob:x", path: "onboarding", step: "first", lesson: "give-feedback-en",
                                                                        date: today, at: now))],
                                        outgoing: [OutgoingMessage(destination: .person("@bob:x"), text: "step 1",
                                                                   purpose: .pathStep(path: "onboarding", step: "first"))]), at: now)
        try store.markSent(step[0].id, platformMessageID: "$step1", at: now)
        try store.apply(Turn(eventID: "follow-up:@bob:x:give-feedback-en", writes: [.journey(.followUpAsked(
            FollowUpRecord(person: "@bob:x", lesson: "give-feedback-en", topic: "give-feedback-en", deliveredAt: now.addingTimeInterval(-3 * 86400),
                           askedAt: now), on: today))]), at: now)
        try store.apply(Turn(eventID: "$goal", writes: [.journey(.goalSet(person: "@bob:x", goal: LearningGoal(number: 1, text: "learn SQL", setAt: now),
                                                                          messageID: "$goal"))]), at: now)
        try store.apply(Turn(eventID: "$refl", writes: [.journey(.learnedFrom(LearnedFromMention(
            person: "@bob:x", named: "@carla:x", week: ISOWeek(year: 2026, week: 51), topics: ["give-feedback-en", "receive-feedback"], at: now),
            messageID: "$refl"))]), at: now)
        try store.apply(Turn(eventID: "$refl2", writes: [.journey(.learnedFrom(LearnedFromMention(
            person: "@carla:x", named: "@bob:x", week: ISOWeek(year: 2026, week: 51), topics: [], at: now), messageID: "$refl2"))]), at: now)
    }

    @Test func theContextKnowsOpenStepsTheFollowUpGoalsAndWhatAMessageRepliesTo() throws {
        let t = try TemporaryStore()
        try fill(t.store)
        let context = try t.store.context(for: message("done", repliesTo: "$step1")).journey
        #expect(context.enrolments.count == 1)
        #expect(context.enrolments[0].steps["first"]?.lesson == "give-feedback-en")
        #expect(context.enrolments[0].buddy == "@sam:x")
        #expect(context.openFollowUp?.topic == "give-feedback-en")
        #expect(context.goals.map(\.text) == ["learn SQL"])
        #expect(context.repliesTo == .pathStep(path: "onboarding", step: "first"))
        #expect(context.stored == JourneyStoredData(goals: 1, paths: 1, followUps: 0, namedPeople: 1))
        let later = try t.store.context(for: message("yes", at: now.addingTimeInterval(8 * 86400))).journey
        #expect(later.openFollowUp == nil, "a follow-up is open for a week")
        let manager = try t.store.context(for: message("start onboarding for @bob:x", from: "@anna:x")).journey
        #expect(manager.targetEnrolments.map(\.path) == ["onboarding"])
    }

    @Test func stepsAreDoneOnceAndEveryWriteIsKeyed() throws {
        let t = try TemporaryStore()
        try fill(t.store)
        try t.store.apply(Turn(eventID: "$d1", writes: [.journey(.pathStepDone(person: "@bob:x", path: "onboarding", step: "first", at: now))]), at: now)
        try t.store.apply(Turn(eventID: "$d2", writes: [.journey(.pathStepSkipped(person: "@bob:x", path: "onboarding", step: "first",
                                                                                  at: now.addingTimeInterval(9)))]), at: now)
        let state = try #require(try t.store.enrolments(person: "@bob:x").first?.steps["first"])
        #expect(state.doneAt == now && state.skippedAt == nil, "a step done is not skipped later")
        let again = try t.store.apply(Turn(eventID: "path-step:@bob:x:onboarding:first:2026-12-14",
                                           outgoing: [OutgoingMessage(destination: .person("@bob:x"), text: "step 1 again")]), at: now)
        #expect(again.isEmpty, "the same step on the same day is sent once")
    }

    @Test func exportHoldsTheJourneyAndForgetRemovesIt() throws {
        let t = try TemporaryStore()
        try fill(t.store)
        let export = try #require(try t.store.export(person: "@bob:x").journey)
        #expect(export.paths.map(\.path) == ["onboarding"] && export.goals.map(\.text) == ["learn SQL"])
        #expect(export.followUps.count == 1 && export.learnedFrom.map(\.named) == ["@carla:x"] && export.namedByColleagues == 1)
        #expect(try t.store.export(person: "@sam:x").journey?.buddyOf == ["@bob:x onboarding"])

        try t.store.forget(person: "@sam:x")
        #expect(try t.store.enrolments(person: "@bob:x").first?.buddy == nil, "a forgotten buddy is taken off the path")
        try t.store.forget(person: "@bob:x")
        let gone = try #require(try t.store.export(person: "@bob:x").journey)
        #expect(gone.paths.isEmpty && gone.goals.isEmpty && gone.followUps.isEmpty && gone.learnedFrom.isEmpty && gone.namedByColleagues == 0)
        #expect(try t.store.learnedFrom().isEmpty, "where others named them goes too")
        let count = try t.store.db.rows("SELECT COUNT(*) AS n FROM handled_events WHERE key LIKE '%@bob:x%'").first?.int64("n")
        #expect(count == 0)
    }

    @Test func retentionPurgesOldFollowUpsMentionsAndReachedGoals() throws {
        let t = try TemporaryStore()
        try fill(t.store)
        try t.store.apply(Turn(eventID: "$done", writes: [.journey(.goalDone(person: "@bob:x", number: 1, at: now))]), at: now)
        try t.store.purge(olderThan: now.addingTimeInterval(1))
        let left = try #require(try t.store.export(person: "@bob:x").journey)
        #expect(left.followUps.isEmpty && left.learnedFrom.isEmpty && left.goals.isEmpty)
        #expect(left.paths.count == 1, "a path is kept while it runs")
    }

    @Test func lessonUsageCountsAnswersPathsAndFollowUps() throws {
        let t = try TemporaryStore()
        try fill(t.store)
        try t.store.apply(Turn(eventID: "$a", writes: [.journey(.followUpAnswered(person: "@bob:x", topic: "give-feedback-en",
                                                                               answer: FollowUpAnswer(kind: .didNotHelp, note: "too general"), at: now))]), at: now)
        let usage = try #require(try t.store.lessonUsage()["give-feedback-en"])
        #expect(usage.sentOnPaths == 1 && usage.followUpsAsked == 1 && usage.didNotHelp == 1 && usage.answeredBy == 1)
        #expect(usage.reported(title: "Give feedback", language: .en, minimumPeople: 3).notes == nil, "one person's words are not shown")
        #expect(usage.reported(title: "Give feedback", language: .en, minimumPeople: 1).notes == ["too general"])
    }
}
