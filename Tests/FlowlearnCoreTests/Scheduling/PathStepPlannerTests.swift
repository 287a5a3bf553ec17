import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct PathStepPlannerTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    let planner = PathStepPlanner(calendar: WorkingDays(skipWeeks: [ISOWeek(year: 2026, week: 53)], time: TimeOfDay(hour: 9, minute: 30)))
    let path = LearningPath(id: "onboarding", title: "Onboarding", language: .en, steps: [
        PathStep(id: "a", timing: .day(1), lesson: "x"),
        PathStep(id: "b", timing: .day(2), task: "walk along"),
        PathStep(id: "c", timing: .afterPrevious, task: "goal"),
        PathStep(id: "d", timing: .week(2), task: "look back"),
    ])

    func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func enrolment(start: String = "2026-12-18", steps: [String: PathStepState] = [:]) -> PathEnrolment {
        PathEnrolment(person: "@ayla:x", path: "onboarding", start: LocalDate(start)!, startedAt: at("2026-12-17T12:00:00+01:00"), steps: steps)
    }

    func sent(_ on: String, done: String? = nil, postponedTo: String? = nil) -> PathStepState {
        PathStepState(sentAt: at(on + "T09:30:00+01:00"), lastSentOn: LocalDate(on)!, doneAt: done.map(at),
                      postponedTo: postponedTo.flatMap(LocalDate.init))
    }

    func due(_ e: PathEnrolment, _ now: String, zone: TimeZone? = nil) -> [String] {
        planner.due(e, path: path, now: at(now), timeZone: zone ?? amsterdam).map(\.step)
    }

    @Test func theFirstStepComesOnItsDayAtItsTimeNotBefore() {
        #expect(due(enrolment(), "2026-12-18T09:29:00+01:00").isEmpty)
        #expect(due(enrolment(), "2026-12-18T09:30:00+01:00") == ["a"])
        let first = planner.due(enrolment(), path: path, now: at("2026-12-18T09:30:00+01:00"), timeZone: amsterdam)[0]
        #expect(first.key == "path-step:@ayla:x:onboarding:a:2026-12-18")
    }

    @Test func weekendsAreSkipped() {
        let e = enrolment(steps: ["a": sent("2026-12-18")])
        #expect(due(e, "2026-12-19T10:00:00+01:00").isEmpty, "Saturday")
        #expect(due(e, "2026-12-21T09:31:00+01:00") == ["b"], "day 2 is Monday")
    }

    @Test func eachPersonsTimezoneDecides() {
        let newYork = TimeZone(identifier: "America/New_York")!
        #expect(due(enrolment(), "2026-12-18T09:31:00+01:00", zone: newYork).isEmpty, "03:31 in New York")
        #expect(due(enrolment(), "2026-12-18T09:31:00-05:00", zone: newYork) == ["a"])
    }

    @Test func afterThePreviousStepWaitsForDone() {
        var e = enrolment(steps: ["a": sent("2026-12-18", done: "2026-12-18T11:00:00+01:00"), "b": sent("2026-12-21")])
        #expect(due(e, "2026-12-22T09:31:00+01:00").isEmpty, "b is not done yet")
        e.steps["b"]?.doneAt = at("2026-12-22T09:00:00+01:00")
        #expect(due(e, "2026-12-22T09:31:00+01:00") == ["c"], "done before today's moment: comes today")
        e.steps["b"]?.doneAt = at("2026-12-22T14:00:00+01:00")
        #expect(due(e, "2026-12-22T15:00:00+01:00").isEmpty)
        #expect(due(e, "2026-12-23T09:30:00+01:00") == ["c"], "done after today's moment: the next working day")
    }

    @Test func skippedWeeksCountNoWorkingDays() {
        // Started Thursday 24 December: week 2 is working day 6, after the skipped week 53.
        let e = enrolment(start: "2026-12-24", steps: ["a": sent("2026-12-24"), "b": sent("2026-12-25"), "c": sent("2026-12-25", done: "2026-12-25T10:00:00+01:00")])
        #expect(due(e, "2026-12-30T10:00:00+01:00").isEmpty)
        #expect(due(e, "2027-01-06T10:00:00+01:00").isEmpty)
        #expect(due(e, "2027-01-07T09:31:00+01:00") == ["d"])
    }

    @Test func laterSendsTheStepAgainOnItsNewDayOnce() {
        var e = enrolment(steps: ["a": sent("2026-12-18", postponedTo: "2026-12-21")])
        #expect(!due(e, "2026-12-21T09:31:00+01:00").isEmpty)
        let again = planner.due(e, path: path, now: at("2026-12-21T09:31:00+01:00"), timeZone: amsterdam)
        #expect(again.contains { $0.step == "a" && $0.isRepeat })
        e.steps["a"]?.lastSentOn = LocalDate("2026-12-21")!
        #expect(!due(e, "2026-12-21T11:00:00+01:00").contains("a"))
    }

    @Test func aLateStartDoesNotFloodOneStepADay() {
        // Started two weeks ago and never sent: only the first missed step today.
        let e = enrolment(start: "2026-12-07")
        #expect(due(e, "2026-12-18T09:31:00+01:00") == ["a"])
        var after = e
        after.steps["a"] = sent("2026-12-18")
        #expect(due(after, "2026-12-18T12:00:00+01:00").isEmpty, "one late step a day")
        #expect(due(after, "2026-12-21T09:31:00+01:00") == ["b"])
    }

    @Test func progressSaysDoneWaitingToComeAndBehind() {
        let e = enrolment(steps: ["a": sent("2026-12-18", done: "2026-12-18T10:00:00+01:00"), "b": sent("2026-12-21")])
        let onTrack = planner.progress(e, path: path, now: at("2026-12-22T12:00:00+01:00"), timeZone: amsterdam)
        #expect((onTrack.done, onTrack.waiting, onTrack.toCome, onTrack.behind) == (1, 1, 2, false))
        #expect(onTrack.next == PathProgress.Next(step: "c", date: nil))
        let behind = planner.progress(e, path: path, now: at("2026-12-23T12:00:00+01:00"), timeZone: amsterdam)
        #expect(behind.behind, "step b not done two working days after its day")
        var finished = e
        finished.steps["b"]?.doneAt = at("2026-12-21T10:00:00+01:00")
        finished.steps["c"] = sent("2026-12-22", done: "2026-12-22T10:00:00+01:00")
        finished.steps["d"] = PathStepState(sentAt: at("2026-12-25T09:30:00+01:00"), lastSentOn: LocalDate("2026-12-25")!,
                                            skippedAt: at("2026-12-25T10:00:00+01:00"))
        let done = planner.progress(finished, path: path, now: at("2027-01-12T12:00:00+01:00"), timeZone: amsterdam)
        #expect(done.finished && !done.behind && done.skipped == 1)
    }
}
