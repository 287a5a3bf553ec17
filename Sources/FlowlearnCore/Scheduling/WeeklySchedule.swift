import Foundation

/// A weekly moment — a weekday and a local time — turned into instants in a given timezone,
/// with daylight saving time handled by the calendar (a time that does not exist on the day
/// the clocks go forward moves to the first valid time after it).
public struct WeeklySchedule: Sendable, Equatable {
    public var day: Weekday
    public var time: TimeOfDay

    public init(day: Weekday, time: TimeOfDay) {
        self.day = day
        self.time = time
    }

    /// Monday 00:00 of `week` in `timeZone`: where the week starts.
    public static func weekStart(of week: ISOWeek, timeZone: TimeZone) -> Date {
        WeeklySchedule(day: .monday, time: TimeOfDay(hour: 0, minute: 0)).instant(in: week, timeZone: timeZone)
    }

    /// The instant of this moment in `week`, in `timeZone`.
    public func instant(in week: ISOWeek, timeZone: TimeZone) -> Date {
        let date = week.date(of: day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        if let exact = calendar.date(from: components) {
            // Foundation resolves a wall time in a DST gap to a time before the gap on some
            // platforms; the moment is then "the first valid time after", checked explicitly.
            let back = calendar.dateComponents([.hour, .minute], from: exact)
            if back.hour == time.hour && back.minute == time.minute { return exact }
            let midnight = calendar.startOfDay(for: exact)
            var probe = midnight.addingTimeInterval(Double(time.hour * 3600 + time.minute * 60))
            while calendar.component(.hour, from: probe) * 60 + calendar.component(.minute, from: probe) < time.hour * 60 + time.minute {
                probe.addTimeInterval(60)
            }
            return probe
        }
        return Date(timeIntervalSince1970: Double(ISOWeek.dayNumber(date)) * 86400)
    }
}
