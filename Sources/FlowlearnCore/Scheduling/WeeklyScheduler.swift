import Foundation

/// Decides which weekly work is due at a given time: reflection prompts (late but once after
/// downtime), reminders, and manager summaries. Pure: the caller passes the time and what the
/// store knows; each action carries a unique key so doing it twice is recognised.
///
/// Nobody gets a catch-up for a time before Flowlearn knew them: a person's first prompt is for
/// the first week whose prompt moment comes after Flowlearn first knew them, a team's first
/// summary covers the first week the team existed in, and a reminder follows the prompt it
/// reminds of (as sent, late or not) by the configured delay.
public struct WeeklyScheduler: Sendable {
    /// A person who gets weekly prompts.
    public struct Person: Sendable, Equatable {
        public var id: String
        public var timeZone: TimeZone
        public var paused: Bool
        /// When Flowlearn first knew the person (first seen in the config or in chat).
        public var knownSince: Date
        public init(id: String, timeZone: TimeZone, paused: Bool, knownSince: Date = .distantPast) {
            self.id = id
            self.timeZone = timeZone
            self.paused = paused
            self.knownSince = knownSince
        }
    }

    /// What the store knows of one person's reflection in one week.
    public struct PromptState: Sendable, Equatable {
        /// When the prompt was actually queued (later than planned after downtime).
        public var promptedAt: Date
        public var replies: Int
        public var skipped: Bool
        public var reminded: Bool
        public init(promptedAt: Date, replies: Int, skipped: Bool, reminded: Bool) {
            self.promptedAt = promptedAt
            self.replies = replies
            self.skipped = skipped
            self.reminded = reminded
        }
    }

    /// A team whose manager gets the summary.
    public struct Team: Sendable, Equatable {
        public var name: String
        public var timeZone: TimeZone
        /// When the team first appeared in the store.
        public var knownSince: Date
        public init(name: String, timeZone: TimeZone, knownSince: Date = .distantPast) {
            self.name = name
            self.timeZone = timeZone
            self.knownSince = knownSince
        }
    }

    /// Work that is due.
    public enum Action: Sendable, Equatable {
        case prompt(ReflectionPlan)
        case reminder(ReflectionPlan)
        /// The summary of `week` (the ISO week before the one it is sent in).
        case summary(team: String, week: ISOWeek)

        /// The unique key of the action: the store does each key once.
        public var key: String {
            switch self {
            case .prompt(let plan): return "reflection-prompt:\(plan.person):\(plan.week)"
            case .reminder(let plan): return "reflection-reminder:\(plan.person):\(plan.week)"
            case .summary(let team, let week): return "summary:\(team):\(week)"
            }
        }
    }

    public var planner: ReflectionPlanner

    public init(planner: ReflectionPlanner) { self.planner = planner }

    /// The actions due at `now`. `prompts` holds the states of prompts already sent, by
    /// person and week; `summariesSent` the keys of summaries already sent.
    public func due(now: Date, people: [Person], prompts: [String: [ISOWeek: PromptState]], teams: [Team],
                    summariesSent: Set<String>) -> [Action] {
        var actions: [Action] = []
        for person in people where !person.paused {
            if let plan = planner.duePlan(person: person.id, now: now, timeZone: person.timeZone), prompts[person.id]?[plan.week] == nil,
               plan.promptAt >= person.knownSince {
                actions.append(.prompt(plan))
            }
            // The reminder may fall after the week's end (a Sunday prompt), until the reflection closes.
            if var plan = planner.openPlan(person: person.id, now: now, timeZone: person.timeZone),
               let state = prompts[person.id]?[plan.week], let reminderAt = planner.reminder(after: state.promptedAt, closesAt: plan.closesAt),
               reminderAt <= now, state.replies == 0, !state.skipped, !state.reminded {
                plan.reminderAt = reminderAt
                actions.append(.reminder(plan))
            }
        }
        for team in teams {
            let current = ISOWeek(containing: now, in: team.timeZone)
            let sendAt = planner.summary.instant(in: current, timeZone: team.timeZone)
            // The summary covers last week, and only a week the team existed in.
            guard now >= sendAt, team.knownSince < WeeklySchedule.weekStart(of: current, timeZone: team.timeZone) else { continue }
            let action = Action.summary(team: team.name, week: current.previous)
            if !summariesSent.contains(action.key) { actions.append(action) }
        }
        return actions
    }

    /// The next moment anything is planned after `now` (for `status`).
    public func nextPrompt(after now: Date, people: [Person]) -> Date? {
        people.filter { !$0.paused }.compactMap { planner.nextPrompt(person: $0.id, after: now, timeZone: $0.timeZone) }.min()
    }

    /// The next summary moment after `now` for any team.
    public func nextSummary(after now: Date, teams: [Team]) -> Date? {
        teams.compactMap { team -> Date? in
            var week = ISOWeek(containing: now, in: team.timeZone)
            for _ in 0..<3 {
                let at = planner.summary.instant(in: week, timeZone: team.timeZone)
                if at > now { return at }
                week = week.next
            }
            return nil
        }.min()
    }
}
