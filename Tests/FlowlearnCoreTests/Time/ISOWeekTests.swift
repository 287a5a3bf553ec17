import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct ISOWeekTests {
    let utc = TimeZone(identifier: "UTC")!

    @Test func parsesAndPrints() {
        #expect(ISOWeek("2026-W47") == ISOWeek(year: 2026, week: 47))
        #expect(ISOWeek("2026w05")?.description == "2026-W05")
        #expect(ISOWeek("2026-W53") != nil) // 2026 has 53 weeks
        #expect(ISOWeek("2027-W53") == nil)
        #expect(ISOWeek("2026-W00") == nil)
        #expect(ISOWeek("26-W01") == nil)
    }

    @Test func weeksAroundTheTurnOfTheYear() {
        // 2026-12-31 is a Thursday in 2026-W53; 2027-01-04 starts 2027-W01.
        #expect(ISOWeek(year: 2026, week: 53).date(of: .monday) == LocalDate(year: 2026, month: 12, day: 28))
        #expect(ISOWeek(year: 2027, week: 1).date(of: .monday) == LocalDate(year: 2027, month: 1, day: 4))
        #expect(ISOWeek(year: 2026, week: 1).date(of: .monday) == LocalDate(year: 2025, month: 12, day: 29))
        #expect(ISOWeek(year: 2026, week: 53).next == ISOWeek(year: 2027, week: 1))
        #expect(ISOWeek(year: 2027, week: 1).previous == ISOWeek(year: 2026, week: 53))
        #expect(ISOWeek(year: 2026, week: 47).offset(by: -47) == ISOWeek(year: 2025, week: 52))
    }

    @Test func agreesWithFoundationForEveryDayOfTenYears() {
        var day = ISOWeek.dayNumber(LocalDate(year: 2020, month: 1, day: 1))
        let end = ISOWeek.dayNumber(LocalDate(year: 2030, month: 1, day: 1))
        while day < end {
            let date = ISOWeek.date(fromDayNumber: day)
            let instant = Date(timeIntervalSince1970: Double(day) * 86400 + 43200)
            #expect(LocalDate(instant, in: utc) == date)
            let week = ISOWeek(containing: instant, in: utc)
            let weekday = Weekday(rawValue: ((day % 7) + 7 + 3) % 7 + 1)!
            #expect(week.date(of: weekday) == date, "\(date) \(week)")
            day += 1
        }
    }

    @Test func weekdayNames() {
        #expect(Weekday(name: "Friday") == .friday)
        #expect(Weekday(name: "vrijdag") == .friday)
        #expect(Weekday(name: "vr") == .friday)
        #expect(Weekday(name: "fri") == .friday)
        #expect(Weekday(name: "someday") == nil)
        #expect(Weekday.friday.name(in: .nl) == "vrijdag")
    }
}
