import Foundation
import Testing
@testable import FlowlearnCore

/// The weekly cycle at named instants of the week — Friday 15:29 and 15:31, Saturday, Sunday
/// 23:59, Monday morning, the nights the clocks change — in two timezones, for a person and team
/// Flowlearn has known since Wednesday, and for a newcomer.
@Suite struct WeeklyCycleInstantTests {
    static let zones = ["Europe/Amsterdam", "America/New_York"]
    let scheduler = WeeklyScheduler(planner: ReflectionPlanner(
        prompt: WeeklySchedule(day: .friday, time: TimeOfDay(hour: 15, minute: 30)),
        summary: WeeklySchedule(day: .monday, time: TimeOfDay(hour: 8, minute: 30)),
        reminderAfter: 4 * 3600, skipWeeks: []))

    /// `2026-12-11 15:29` in `zone`.
    func at(_ text: String, _ zone: TimeZone) -> Date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.date(from: text)!
    }

    /// What the store would say after doing `actions` at `now`.
    struct Memory {
        var prompts: [String: [ISOWeek: WeeklyScheduler.PromptState]] = [:]
        var summaries: Set<String> = []
        mutating func record(_ actions: [WeeklyScheduler.Action], at now: Date) {
            for action in actions {
                switch action {
                case .prompt(let plan): prompts[plan.person, default: [:]][plan.week] = .init(promptedAt: now, replies: 0, skipped: false, reminded: false)
                case .reminder(let plan): prompts[plan.person]![plan.week]!.reminded = true
                case .summary: summaries.insert(action.key)
                }
            }
        }
    }

    func due(_ now: Date, _ memory: Memory, person: WeeklyScheduler.Person, team: WeeklyScheduler.Team) -> [WeeklyScheduler.Action] {
        scheduler.due(now: now, people: [person], prompts: memory.prompts, teams: [team], summariesSent: memory.summaries)
    }

    @Test(arguments: zones)
    func aWeekForSomeoneKnownSinceWednesday(_ zoneName: String) throws {
        let zone = TimeZone(identifier: zoneName)!
        let week = ISOWeek(year: 2026, week: 50)
        let person = WeeklyScheduler.Person(id: "@ann:x", timeZone: zone, paused: false, knownSince: at("2026-12-09 10:00", zone))
        let team = WeeklyScheduler.Team(name: "Sales", timeZone: zone, knownSince: at("2026-12-09 10:00", zone))
        var memory = Memory()

        // Wednesday: the team is new, so there is no summary of a week it did not exist in.
        #expect(due(at("2026-12-09 10:00", zone), memory, person: person, team: team).isEmpty)
        #expect(due(at("2026-12-11 15:29", zone), memory, person: person, team: team).isEmpty)
        let prompt = due(at("2026-12-11 15:31", zone), memory, person: person, team: team)
        #expect(prompt.map(\.key) == ["reflection-prompt:@ann:x:\(week)"])
        memory.record(prompt, at: at("2026-12-11 15:31", zone))
        #expect(due(at("2026-12-11 15:32", zone), memory, person: person, team: team).isEmpty)
        // The reminder comes four hours after the prompt, not before.
        #expect(due(at("2026-12-11 19:30", zone), memory, person: person, team: team).isEmpty)
        let reminder = due(at("2026-12-11 19:32", zone), memory, person: person, team: team)
        #expect(reminder.map(\.key) == ["reflection-reminder:@ann:x:\(week)"])
        memory.record(reminder, at: at("2026-12-11 19:32", zone))
        // Over the weekend nothing more is sent and the reflection stays open until Monday's summary.
        for instant in ["2026-12-12 14:00", "2026-12-13 23:59"] {
            #expect(due(at(instant, zone), memory, person: person, team: team).isEmpty, "\(instant)")
            #expect(scheduler.planner.openPlan(person: "@ann:x", now: at(instant, zone), timeZone: zone)?.week == week, "\(instant)")
        }
        #expect(due(at("2026-12-14 08:29", zone), memory, person: person, team: team).isEmpty)
        #expect(due(at("2026-12-14 08:31", zone), memory, person: person, team: team).map(\.key) == ["summary:Sales:\(week)"])
        #expect(scheduler.planner.openPlan(person: "@ann:x", now: at("2026-12-14 08:31", zone), timeZone: zone) == nil)
    }

    @Test(arguments: zones)
    func aNewcomerGetsNoCatchUpPromptAndNoSummaryOfLastWeek(_ zoneName: String) {
        let zone = TimeZone(identifier: zoneName)!
        let saturday = at("2026-12-12 14:00", zone)
        let person = WeeklyScheduler.Person(id: "@new:x", timeZone: zone, paused: false, knownSince: saturday)
        let team = WeeklyScheduler.Team(name: "New", timeZone: zone, knownSince: saturday)
        // First start on a Saturday: this week's prompt was due before Flowlearn knew them.
        #expect(due(saturday, Memory(), person: person, team: team).isEmpty)
        #expect(due(at("2026-12-13 23:59", zone), Memory(), person: person, team: team).isEmpty)
        // Monday: the summary of the week the team appeared in (it existed on its weekend).
        #expect(due(at("2026-12-14 08:31", zone), Memory(), person: person, team: team).map(\.key) == ["summary:New:2026-W50"])
        // Their first prompt is next Friday's.
        #expect(due(at("2026-12-18 15:31", zone), Memory(), person: person, team: team).map(\.key)
                .contains("reflection-prompt:@new:x:2026-W51"))
    }

    @Test(arguments: zones)
    func aLatePromptIsRemindedFourHoursAfterItWasSent(_ zoneName: String) {
        let zone = TimeZone(identifier: zoneName)!
        // Known all along, but the daemon was down from Friday noon to Saturday 10:00.
        let person = WeeklyScheduler.Person(id: "@ann:x", timeZone: zone, paused: false, knownSince: at("2026-11-01 10:00", zone))
        let team = WeeklyScheduler.Team(name: "Sales", timeZone: zone, knownSince: at("2026-11-01 10:00", zone))
        var memory = Memory()
        memory.summaries.insert("summary:Sales:2026-W49")
        let late = due(at("2026-12-12 10:00", zone), memory, person: person, team: team)
        #expect(late.map(\.key) == ["reflection-prompt:@ann:x:2026-W50"])
        memory.record(late, at: at("2026-12-12 10:00", zone))
        #expect(due(at("2026-12-12 10:01", zone), memory, person: person, team: team).isEmpty)
        #expect(due(at("2026-12-12 13:59", zone), memory, person: person, team: team).isEmpty)
        #expect(due(at("2026-12-12 14:01", zone), memory, person: person, team: team).map(\.key) == ["reflection-reminder:@ann:x:2026-W50"])
    }

    /// The nights the clocks change: a prompt set in the missing hour comes once, just after it;
    /// one set in the hour that happens twice comes once.
    @Test(arguments: [("Europe/Amsterdam", "2027-03-28", "2026-10-25"), ("America/New_York", "2027-03-14", "2026-11-01")])
    func theNightsTheClocksChange(_ zoneName: String, _ springDay: String, _ autumnDay: String) {
        let zone = TimeZone(identifier: zoneName)!
        let night = WeeklyScheduler(planner: ReflectionPlanner(
            prompt: WeeklySchedule(day: .sunday, time: TimeOfDay(hour: 2, minute: 30)),
            summary: WeeklySchedule(day: .monday, time: TimeOfDay(hour: 8, minute: 30)), reminderAfter: 0, skipWeeks: []))
        let person = WeeklyScheduler.Person(id: "@ann:x", timeZone: zone, paused: false, knownSince: .distantPast)
        for day in [springDay, autumnDay] {
            var memory = Memory()
            var sent: [Date] = []
            var now = at(day + " 00:00", zone)
            let end = now.addingTimeInterval(6 * 3600)
            while now < end {
                let actions = night.due(now: now, people: [person], prompts: memory.prompts, teams: [], summariesSent: [])
                if !actions.isEmpty { sent.append(now) }
                memory.record(actions, at: now)
                now.addTimeInterval(60)
            }
            #expect(sent.count == 1, "\(zoneName) \(day): \(sent)")
            if let first = sent.first {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                let hour = calendar.component(.hour, from: first)
                #expect((2...3).contains(hour), "\(zoneName) \(day): sent at hour \(hour)")
            }
        }
    }
}
