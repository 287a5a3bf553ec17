import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct FollowUpPlannerTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    let planner = FollowUpPlanner(calendar: WorkingDays(skipWeeks: [ISOWeek(year: 2026, week: 52)], time: TimeOfDay(hour: 9, minute: 30)), after: 3)

    func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func person(paused: Bool = false, asked: Set<String> = [], lastAskedOn: String? = nil) -> FollowUpPlanner.Person {
        .init(id: "@bob:x", timeZone: amsterdam, paused: paused, asked: asked, lastAskedOn: lastAskedOn.flatMap(LocalDate.init))
    }

    func delivery(_ lesson: String, _ when: String, down: Bool = false, topic: String? = nil) -> FollowUpPlanner.Delivery {
        .init(person: "@bob:x", lesson: lesson, topic: topic, at: at(when), ratedDown: down)
    }

    func due(_ now: String, person p: FollowUpPlanner.Person? = nil, _ deliveries: [FollowUpPlanner.Delivery]) -> [String] {
        (planner.due(now: at(now), people: [p ?? person()], deliveries: deliveries)).map(\.lesson)
    }

    @Test func threeWorkingDaysAfterTheLessonAtTheConfiguredTime() {
        let given = [delivery("give-feedback", "2026-12-09T11:00:00+01:00")]
        #expect(due("2026-12-11T12:00:00+01:00", given).isEmpty, "Friday is two working days")
        #expect(due("2026-12-14T09:29:00+01:00", given).isEmpty)
        #expect(due("2026-12-14T09:30:00+01:00", given) == ["give-feedback"], "Wednesday + Thu, Fri, Mon")
        #expect(planner.due(now: at("2026-12-14T09:30:00+01:00"), people: [person()], deliveries: given)[0].key == "follow-up:@bob:x:give-feedback")
    }

    @Test func zeroMeansNoFollowUps() {
        let off = FollowUpPlanner(calendar: planner.calendar, after: 0)
        #expect(off.due(now: at("2026-12-14T10:00:00+01:00"), people: [person()], deliveries: [delivery("a", "2026-12-01T10:00:00+01:00")]).isEmpty)
    }

    @Test func oneADayTheOldestFirstAndEachTopicOnce() {
        let given = [delivery("b", "2026-12-08T10:00:00+01:00"), delivery("a", "2026-12-07T10:00:00+01:00")]
        #expect(due("2026-12-14T10:00:00+01:00", given) == ["a"])
        #expect(due("2026-12-14T11:00:00+01:00", person: person(asked: ["a"], lastAskedOn: "2026-12-14"), given).isEmpty, "one a day")
        #expect(due("2026-12-15T10:00:00+01:00", person: person(asked: ["a"], lastAskedOn: "2026-12-14"), given) == ["b"])
        #expect(due("2026-12-16T10:00:00+01:00", person: person(asked: ["a", "b"], lastAskedOn: "2026-12-15"), given).isEmpty)
        let twins = [delivery("give-feedback-en", "2026-12-07T10:00:00+01:00", topic: "feedback-geven-nl"),
                     delivery("feedback-geven-nl", "2026-12-08T10:00:00+01:00")]
        #expect(due("2026-12-14T10:00:00+01:00", twins) == ["feedback-geven-nl"], "twins are one topic, asked about the latest")
    }

    @Test func noneWhilePausedOnAWeekendInASkippedWeekOrAfterThumbsDown() {
        let given = [delivery("a", "2026-12-09T11:00:00+01:00")]
        #expect(due("2026-12-14T10:00:00+01:00", person: person(paused: true), given).isEmpty)
        #expect(due("2026-12-19T10:00:00+01:00", [delivery("a", "2026-12-14T11:00:00+01:00")]).isEmpty, "Saturday")
        #expect(due("2026-12-21T10:00:00+01:00", [delivery("a", "2026-12-16T11:00:00+01:00")]).isEmpty, "W52 is skipped")
        #expect(due("2026-12-14T10:00:00+01:00", [delivery("a", "2026-12-09T11:00:00+01:00"), delivery("a", "2026-12-08T11:00:00+01:00", down: true)]).isEmpty)
    }

    @Test func aFollowUpMissedForLongLapses() {
        let given = [delivery("a", "2026-12-01T11:00:00+01:00")]
        #expect(due("2026-12-09T10:00:00+01:00", given) == ["a"], "due 4 December, 3 working days late")
        #expect(due("2026-12-14T10:00:00+01:00", given).isEmpty, "6 working days late: lapsed")
    }
}
