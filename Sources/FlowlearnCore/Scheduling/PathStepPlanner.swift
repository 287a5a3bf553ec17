import Foundation

/// Decides which path steps are due: each step on its working day at the configured time in
/// the person's timezone, "after the previous step" once that was done, a postponed step again
/// on its new day. Pure: the caller passes the time, the enrolments and the library's paths.
///
/// Steps go out only on a working day, at or after its moment. A step missed while the daemon
/// was down comes late, but a path never floods: steps due today all come, and of the steps
/// due earlier only one a day, when nothing else of that path came today.
public struct PathStepPlanner: Sendable {
    /// A step that is due now.
    public struct Due: Sendable, Equatable {
        public var person: String
        public var path: String
        public var step: String
        /// Today, in the person's timezone.
        public var date: LocalDate
        /// Sent before and postponed with `later`.
        public var isRepeat: Bool

        /// The unique key of sending it: once per step and day.
        public var key: String { "path-step:\(person):\(path):\(step):\(date)" }
    }

    public var calendar: WorkingDays

    public init(calendar: WorkingDays) { self.calendar = calendar }

    /// The day step `index` of `path` comes for `enrolment`; `nil` while it waits for the step before it.
    public func scheduledDate(of index: Int, in path: LearningPath, for enrolment: PathEnrolment, timeZone: TimeZone) -> LocalDate? {
        let step = path.steps[index]
        if let day = step.timing.workingDay(workingDaysPerWeek: calendar.perWeek) {
            return calendar.workingDay(day, from: enrolment.start)
        }
        guard index > 0, let resolved = enrolment.steps[path.steps[index - 1].id]?.resolvedAt else { return nil }
        return calendar.firstMoment(atOrAfter: resolved, in: timeZone).date
    }

    /// The steps of `enrolment` due at `now`.
    public func due(_ enrolment: PathEnrolment, path: LearningPath, now: Date, timeZone: TimeZone) -> [Due] {
        guard calendar.isOpen(at: now, in: timeZone) else { return [] }
        let today = LocalDate(now, in: timeZone)
        var onTime: [Due] = []
        var late: [Due] = []
        for (index, step) in path.steps.enumerated() {
            let due = Due(person: enrolment.person, path: enrolment.path, step: step.id, date: today, isRepeat: false)
            if let state = enrolment.steps[step.id] {
                guard !state.isResolved, let again = state.postponedTo, state.lastSentOn < again, again <= today else { continue }
                var repeatDue = due
                repeatDue.isRepeat = true
                if again == today { onTime.append(repeatDue) } else { late.append(repeatDue) }
                continue
            }
            guard let date = scheduledDate(of: index, in: path, for: enrolment, timeZone: timeZone), date <= today else { continue }
            if date == today { onTime.append(due) } else { late.append(due) }
        }
        let sentToday = enrolment.steps.values.contains { $0.lastSentOn == today }
        if onTime.isEmpty && !sentToday, let first = late.first { return [first] }
        return onTime
    }

    /// Where `enrolment` stands on `path` at `now`: steps done, waiting for `done`, to come, and
    /// whether it is behind (a step not done two working days after its day).
    public func progress(_ enrolment: PathEnrolment, path: LearningPath, now: Date, timeZone: TimeZone) -> PathProgress {
        let today = LocalDate(now, in: timeZone)
        var progress = PathProgress(person: enrolment.person, path: enrolment.path, title: path.title, start: enrolment.start,
                                    buddy: enrolment.buddy, total: path.steps.count)
        for (index, step) in path.steps.enumerated() {
            let state = enrolment.steps[step.id]
            if state?.doneAt != nil { progress.done += 1; continue }
            if state?.skippedAt != nil { progress.skipped += 1; continue }
            let day = state.map { $0.sentAt }.map { LocalDate($0, in: timeZone) }
                ?? scheduledDate(of: index, in: path, for: enrolment, timeZone: timeZone)
            if state != nil { progress.waiting += 1 } else { progress.toCome += 1 }
            if progress.next == nil, state == nil { progress.next = PathProgress.Next(step: step.id, date: day) }
            if let day, calendar.count(from: day, to: today) >= PathProgress.behindAfter { progress.behind = true }
        }
        return progress
    }
}
