import Foundation

/// Plans the weekly reflection for each person: when the prompt goes out in their own
/// timezone, when the reminder follows, when the week's reflection closes, and which weeks
/// are skipped. Pure: it takes the time it reasons about as an argument.
public struct ReflectionPlanner: Sendable, Equatable {
    public var prompt: WeeklySchedule
    public var summary: WeeklySchedule
    /// Seconds after the prompt for the reminder; 0 means none.
    public var reminderAfter: TimeInterval
    public var skipWeeks: Set<ISOWeek>

    public init(prompt: WeeklySchedule, summary: WeeklySchedule, reminderAfter: TimeInterval, skipWeeks: Set<ISOWeek>) {
        self.prompt = prompt
        self.summary = summary
        self.reminderAfter = reminderAfter
        self.skipWeeks = skipWeeks
    }

    public init(config: FlowlearnConfig) {
        self.init(prompt: WeeklySchedule(day: config.reflection.day, time: config.reflection.time),
                  summary: WeeklySchedule(day: config.summary.day, time: config.summary.time),
                  reminderAfter: config.reflection.reminderAfter, skipWeeks: config.reflection.skipWeeks)
    }

    /// The plan for `person` in `week`, or `nil` when the week is skipped.
    public func plan(person: String, week: ISOWeek, timeZone: TimeZone) -> ReflectionPlan? {
        guard !skipWeeks.contains(week) else { return nil }
        let promptAt = prompt.instant(in: week, timeZone: timeZone)
        var closesAt = summary.instant(in: week, timeZone: timeZone)
        var next = week
        while closesAt <= promptAt {
            next = next.next
            closesAt = summary.instant(in: next, timeZone: timeZone)
        }
        return ReflectionPlan(person: person, week: week, promptAt: promptAt,
                              reminderAt: reminder(after: promptAt, closesAt: closesAt), closesAt: closesAt)
    }

    /// When the reminder of a prompt sent at `promptedAt` goes out: `reminderAfter` later, if
    /// that is before the reflection closes; `nil` when there is none.
    public func reminder(after promptedAt: Date, closesAt: Date) -> Date? {
        guard reminderAfter > 0 else { return nil }
        let at = promptedAt.addingTimeInterval(reminderAfter)
        return at < closesAt ? at : nil
    }

    /// The plan whose prompt is due at `now`: this ISO week's, once its prompt time has passed.
    /// After downtime this is how a missed prompt is still sent, late, once — as long as its
    /// week has not ended in the person's timezone; a week that ended while the daemon was down
    /// is not prompted any more.
    public func duePlan(person: String, now: Date, timeZone: TimeZone) -> ReflectionPlan? {
        let week = ISOWeek(containing: now, in: timeZone)
        guard let plan = plan(person: person, week: week, timeZone: timeZone), plan.promptAt <= now else { return nil }
        return plan
    }

    /// The plan of the reflection that is open at `now` (prompted and not closed), if any:
    /// this week's after its prompt time, or last week's until it closes.
    public func openPlan(person: String, now: Date, timeZone: TimeZone) -> ReflectionPlan? {
        let current = ISOWeek(containing: now, in: timeZone)
        for week in [current, current.previous] {
            guard let plan = plan(person: person, week: week, timeZone: timeZone) else { continue }
            if plan.promptAt <= now && now < plan.closesAt { return plan }
        }
        return nil
    }

    /// The next prompt time after `now` for `person` (for `status` and the shell's hint).
    public func nextPrompt(person: String, after now: Date, timeZone: TimeZone) -> Date? {
        var week = ISOWeek(containing: now, in: timeZone)
        for _ in 0..<60 {
            if let plan = plan(person: person, week: week, timeZone: timeZone), plan.promptAt > now { return plan.promptAt }
            week = week.next
        }
        return nil
    }
}
