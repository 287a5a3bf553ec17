extension FlowlearnConfig {
    /// `[learning]`: when path steps and follow-ups go out, and when follow-ups come.
    public struct Learning: Sendable, Equatable {
        /// The keys of `[learning]`.
        static let keys = ["time", "working_days", "follow_up_after"]

        /// Local time (in each person's timezone) of path steps and follow-ups on working days.
        public var time = TimeOfDay(hour: 9, minute: 30)
        /// The days that are working days; `[reflection] skip_weeks` are not working days either.
        public var workingDays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
        /// Working days after a lesson the follow-up asks whether it helped; 0 asks none.
        public var followUpAfter = 3
        public init() {}

        /// Reads the section's entries (`value(key)` gives a non-empty entry), reporting problems through `error`.
        mutating func read(_ value: (String) -> IniDocument.Entry?, error: (IniDocument.Entry, String) -> Void) {
            if let e = value("time") {
                if let t = TimeOfDay(e.value) { time = t } else { error(e, "time must be HH:MM (24-hour), not `\(e.value)`") }
            }
            if let e = value("working_days") {
                var days: Set<Weekday> = []
                for item in e.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                    if let day = Weekday(name: item) { days.insert(day) } else { error(e, "`\(item)` is not a weekday such as monday") }
                }
                if days.isEmpty { error(e, "working_days needs at least one weekday: monday, tuesday, …") } else { workingDays = days }
            }
            if let e = value("follow_up_after") {
                let text = e.value.lowercased().replacingOccurrences(of: "d", with: "").trimmingCharacters(in: .whitespaces)
                if let n = Int(text), (0...60).contains(n) { followUpAfter = n } else {
                    error(e, "follow_up_after must be a number of working days from 0 (no follow-ups) to 60, not `\(e.value)`")
                }
            }
        }
    }
}
