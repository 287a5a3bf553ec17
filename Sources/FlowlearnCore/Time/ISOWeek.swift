import Foundation

/// An ISO 8601 week, `2026-W47`: the unit reflections and summaries are planned in.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// Parses `2026-W47` (also `2026-w47`, `2026W47`); `nil` when malformed or the week does not exist.
    public init?(_ text: String) {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = upper.replacingOccurrences(of: "-W", with: "W").split(separator: "W")
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), (1...2).contains(parts[1].count),
              let w = Int(parts[1]), w >= 1, w <= ISOWeek.weeksIn(year: y) else { return nil }
        self.init(year: y, week: w)
    }

    /// The week containing `instant` in `timeZone`.
    public init(containing instant: Date, in timeZone: TimeZone) {
        let calendar = ISOWeek.calendar(timeZone)
        let c = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        self.init(year: c.yearForWeekOfYear ?? 1970, week: c.weekOfYear ?? 1)
    }

    /// The number of ISO weeks in `year` (52 or 53).
    public static func weeksIn(year: Int) -> Int {
        func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }

    /// A gregorian calendar with ISO week rules (weeks start Monday; week 1 holds 4 January).
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        return calendar
    }

    /// The local date of `weekday` in this week.
    public func date(of weekday: Weekday) -> LocalDate {
        // 4 January is always in week 1; go back to that week's Monday.
        let jan4 = ISOWeek.dayNumber(LocalDate(year: year, month: 1, day: 4))
        let jan4Weekday = ((jan4 % 7) + 7 + 3) % 7 // 0 = Monday for day numbers counted from 1970-01-01 (a Thursday)
        let monday = jan4 - jan4Weekday + (week - 1) * 7
        return ISOWeek.date(fromDayNumber: monday + weekday.offsetFromMonday)
    }

    /// The week after this one.
    public var next: ISOWeek { offset(by: 1) }
    /// The week before this one.
    public var previous: ISOWeek { offset(by: -1) }

    /// The week `n` weeks later (earlier when negative).
    public func offset(by n: Int) -> ISOWeek {
        let monday = ISOWeek.dayNumber(date(of: .monday)) + n * 7
        let thursday = ISOWeek.date(fromDayNumber: monday + 3)
        let firstThursdayYear = thursday.year
        let jan4 = ISOWeek.dayNumber(LocalDate(year: firstThursdayYear, month: 1, day: 4))
        let jan4Weekday = ((jan4 % 7) + 7 + 3) % 7
        let week1Monday = jan4 - jan4Weekday
        return ISOWeek(year: firstThursdayYear, week: (monday - week1Monday) / 7 + 1)
    }

    public var description: String { NumberText.padded(year, width: 4) + "-W" + NumberText.padded(week, width: 2) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    /// Days since 1970-01-01 (civil calendar, proleptic gregorian).
    static func dayNumber(_ d: LocalDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(fromDayNumber z0: Int) -> LocalDate {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return LocalDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
