import Foundation

/// The days and the local time path steps and follow-ups come at: the configured weekdays
/// (`[learning] working_days`), never in a skipped week (`[reflection] skip_weeks`), at
/// `[learning] time` in each person's own timezone. Pure date arithmetic on local dates.
public struct WorkingDays: Sendable, Equatable {
    public var weekdays: Set<Weekday>
    public var skipWeeks: Set<ISOWeek>
    public var time: TimeOfDay

    /// How far the arithmetic looks ahead before giving up (a calendar without working days).
    static let horizon = 3660

    public init(weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday], skipWeeks: Set<ISOWeek> = [],
                time: TimeOfDay = TimeOfDay(hour: 9, minute: 30)) {
        self.weekdays = weekdays.isEmpty ? [.monday] : weekdays
        self.skipWeeks = skipWeeks
        self.time = time
    }

    public init(config: FlowlearnConfig) {
        self.init(weekdays: config.learning.workingDays, skipWeeks: config.reflection.skipWeeks, time: config.learning.time)
    }

    /// Working days in a week that is not skipped.
    public var perWeek: Int { weekdays.count }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        weekdays.contains(date.weekday) && !skipWeeks.contains(date.isoWeek)
    }

    /// The `n`-th working day counting from `start` (n = 1: `start` when it is a working day, else
    /// the first working day after it).
    public func workingDay(_ n: Int, from start: LocalDate) -> LocalDate {
        var date = start
        var count = 0
        for _ in 0..<Self.horizon {
            if isWorkingDay(date) {
                count += 1
                if count >= n { return date }
            }
            date = date.adding(days: 1)
        }
        return date
    }

    /// The `n`-th working day after `date` (n = 0: `date` itself).
    public func adding(_ n: Int, to date: LocalDate) -> LocalDate {
        n <= 0 ? date : workingDay(n, from: date.adding(days: 1))
    }

    /// The number of working days after `from`, up to and including `to` (0 when `to` is not later).
    public func count(from: LocalDate, to: LocalDate) -> Int {
        guard from < to else { return 0 }
        var date = from.adding(days: 1)
        var count = 0
        while date <= to {
            if isWorkingDay(date) { count += 1 }
            date = date.adding(days: 1)
        }
        return count
    }

    /// The moment (the configured time) on `date` in `timeZone`.
    public func moment(on date: LocalDate, in timeZone: TimeZone) -> Date {
        WeeklySchedule(day: date.weekday, time: time).instant(in: date.isoWeek, timeZone: timeZone)
    }

    /// The first working-day moment at or after `instant` in `timeZone`, with its date.
    public func firstMoment(atOrAfter instant: Date, in timeZone: TimeZone) -> (date: LocalDate, at: Date) {
        var date = LocalDate(instant, in: timeZone)
        for _ in 0..<Self.horizon {
            if isWorkingDay(date) {
                let at = moment(on: date, in: timeZone)
                if at >= instant { return (date, at) }
            }
            date = date.adding(days: 1)
        }
        return (date, moment(on: date, in: timeZone))
    }

    /// Whether `now` is on a working day, at or after that day's moment, in `timeZone`: the only
    /// times steps and follow-ups go out (late after downtime, but never on a day off).
    public func isOpen(at now: Date, in timeZone: TimeZone) -> Bool {
        let today = LocalDate(now, in: timeZone)
        return isWorkingDay(today) && now >= moment(on: today, in: timeZone)
    }
}

extension LocalDate {
    /// Days since 1970-01-01.
    var dayNumber: Int { ISOWeek.dayNumber(self) }

    /// The date `n` days later (earlier when negative).
    public func adding(days n: Int) -> LocalDate { ISOWeek.date(fromDayNumber: dayNumber + n) }

    /// The day of the week.
    public var weekday: Weekday {
        // Day 0 (1970-01-01) was a Thursday.
        Weekday(rawValue: ((dayNumber % 7) + 7 + 3) % 7 + 1) ?? .monday
    }

    /// The ISO week the date is in.
    public var isoWeek: ISOWeek {
        let thursday = adding(days: 3 - weekday.offsetFromMonday)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)
        return ISOWeek(year: thursday.year, week: (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }
}
