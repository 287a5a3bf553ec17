import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct WorkingDaysTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    let calendar = WorkingDays(skipWeeks: [ISOWeek(year: 2026, week: 53)], time: TimeOfDay(hour: 9, minute: 30))

    func date(_ text: String) -> LocalDate { LocalDate(text)! }

    @Test func datesKnowTheirWeekdayAndWeek() {
        #expect(date("2026-12-14").weekday == .monday)
        #expect(date("2027-01-03").weekday == .sunday)
        #expect(date("2026-12-31").isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(date("2027-01-04").isoWeek == ISOWeek(year: 2027, week: 1))
        #expect(date("2024-12-30").isoWeek == ISOWeek(year: 2025, week: 1))
    }

    @Test func workingDaysSkipWeekendsAndSkippedWeeks() {
        // Friday 2026-12-18 is day 1; the weekend does not count; week 53 is skipped.
        #expect(calendar.workingDay(1, from: date("2026-12-19")) == date("2026-12-21"), "a Saturday start begins on Monday")
        #expect(calendar.workingDay(2, from: date("2026-12-18")) == date("2026-12-21"))
        #expect(calendar.workingDay(6, from: date("2026-12-24")) == date("2027-01-07"), "W53 (28 Dec – 3 Jan) is skipped")
        #expect(calendar.adding(3, to: date("2026-12-16")) == date("2026-12-21"), "Wednesday + 3 working days is Monday")
        #expect(calendar.count(from: date("2026-12-18"), to: date("2026-12-22")) == 2)
        #expect(!calendar.isWorkingDay(date("2026-12-30")))
    }

    @Test func theMomentIsTheLocalTimeInEachTimezone() {
        let newYork = TimeZone(identifier: "America/New_York")!
        let at = ISO8601DateFormatter().date(from: "2026-12-14T08:31:00Z")!
        #expect(calendar.moment(on: date("2026-12-14"), in: amsterdam) == ISO8601DateFormatter().date(from: "2026-12-14T08:30:00Z"))
        #expect(calendar.isOpen(at: at, in: amsterdam))
        #expect(!calendar.isOpen(at: at, in: newYork), "03:31 in New York")
        let saturday = ISO8601DateFormatter().date(from: "2026-12-19T12:00:00Z")!
        #expect(!calendar.isOpen(at: saturday, in: amsterdam))
        let next = calendar.firstMoment(atOrAfter: saturday, in: amsterdam)
        #expect(next.date == date("2026-12-21") && next.at == ISO8601DateFormatter().date(from: "2026-12-21T08:30:00Z"))
    }

    @Test func configuredWorkingDaysAreTheOnlyOnes() {
        let fourDays = WorkingDays(weekdays: [.monday, .tuesday, .wednesday, .thursday])
        #expect(fourDays.perWeek == 4)
        #expect(fourDays.workingDay(4, from: date("2026-12-16")) == date("2026-12-22"))
    }
}
