import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct ReflectionPlannerTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    let newYork = TimeZone(identifier: "America/New_York")!
    let planner = ReflectionPlanner(
        prompt: WeeklySchedule(day: .friday, time: TimeOfDay(hour: 15, minute: 30)),
        summary: WeeklySchedule(day: .monday, time: TimeOfDay(hour: 8, minute: 30)),
        reminderAfter: 4 * 3600, skipWeeks: [ISOWeek(year: 2026, week: 52)]
    )

    func local(_ date: Date, _ tz: TimeZone) -> String {
        let f = DateFormatter()
        f.timeZone = tz
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm EEE"
        return f.string(from: date)
    }

    @Test func promptsAtFifteenThirtyLocalEvenAcrossDaylightSavingChanges() throws {
        // 2026-10-25 ends summer time in Europe; 2027-03-28 starts it. Every Friday stays 15:30 local.
        var week = ISOWeek(year: 2026, week: 40)
        for _ in 0..<30 {
            if let plan = planner.plan(person: "@bob:x", week: week, timeZone: amsterdam) {
                #expect(local(plan.promptAt, amsterdam).hasSuffix("15:30 Fri"), "\(week)")
                #expect(local(plan.closesAt, amsterdam).hasSuffix("08:30 Mon"), "\(week)")
                #expect(plan.closesAt.timeIntervalSince(plan.promptAt) > 2 * 86400)
            }
            week = week.next
        }
    }

    @Test func aPersonInAnotherTimezoneIsPromptedAtTheirOwnLocalTime() throws {
        let week = ISOWeek(year: 2026, week: 47)
        let ams = try #require(planner.plan(person: "@a:x", week: week, timeZone: amsterdam))
        let ny = try #require(planner.plan(person: "@b:x", week: week, timeZone: newYork))
        #expect(local(ams.promptAt, amsterdam) == "2026-11-20 15:30 Fri")
        #expect(local(ny.promptAt, newYork) == "2026-11-20 15:30 Fri")
        #expect(ny.promptAt.timeIntervalSince(ams.promptAt) == 6 * 3600)
    }

    @Test func skipWeeksHaveNoPlan() {
        #expect(planner.plan(person: "@a:x", week: ISOWeek(year: 2026, week: 52), timeZone: amsterdam) == nil)
        #expect(planner.plan(person: "@a:x", week: ISOWeek(year: 2026, week: 51), timeZone: amsterdam) != nil)
    }

    @Test func theReminderFollowsAfterTheConfiguredTimeAndNoneWhenZero() throws {
        let plan = try #require(planner.plan(person: "@a:x", week: ISOWeek(year: 2026, week: 47), timeZone: amsterdam))
        #expect(plan.reminderAt == plan.promptAt.addingTimeInterval(4 * 3600))
        var noReminder = planner
        noReminder.reminderAfter = 0
        #expect(noReminder.plan(person: "@a:x", week: ISOWeek(year: 2026, week: 47), timeZone: amsterdam)?.reminderAt == nil)
    }

    @Test func aMissedPromptIsStillDueUntilTheWeekClosesButNotAfter() throws {
        let plan = try #require(planner.plan(person: "@a:x", week: ISOWeek(year: 2026, week: 47), timeZone: amsterdam))
        #expect(planner.duePlan(person: "@a:x", now: plan.promptAt.addingTimeInterval(-60), timeZone: amsterdam) == nil)
        // Down from Friday afternoon to Sunday evening: the prompt is due when it comes back.
        #expect(planner.duePlan(person: "@a:x", now: plan.promptAt.addingTimeInterval(2 * 86400), timeZone: amsterdam)?.week == plan.week)
        // Back only after the week ended (Monday 01:00): not prompted any more, though replies are still open.
        let mondayNight = plan.promptAt.addingTimeInterval(2 * 86400 + 9.5 * 3600)
        #expect(local(mondayNight, amsterdam) == "2026-11-23 01:00 Mon")
        #expect(planner.duePlan(person: "@a:x", now: mondayNight, timeZone: amsterdam) == nil)
        #expect(planner.openPlan(person: "@a:x", now: mondayNight, timeZone: amsterdam)?.week == plan.week)
        #expect(planner.openPlan(person: "@a:x", now: plan.closesAt, timeZone: amsterdam) == nil)
    }

    @Test func aTimeInTheSpringForwardGapMovesToTheFirstValidTime() {
        // 2027-03-28 02:30 does not exist in Amsterdam (02:00 jumps to 03:00).
        let sunday = WeeklySchedule(day: .sunday, time: TimeOfDay(hour: 2, minute: 30))
        let instant = sunday.instant(in: ISOWeek(year: 2027, week: 12), timeZone: amsterdam)
        #expect(local(instant, amsterdam) == "2027-03-28 03:00 Sun" || local(instant, amsterdam) == "2027-03-28 03:30 Sun")
    }
}

@Suite struct WeeklySchedulerTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    var scheduler: WeeklyScheduler {
        WeeklyScheduler(planner: ReflectionPlanner(
            prompt: WeeklySchedule(day: .friday, time: TimeOfDay(hour: 15, minute: 30)),
            summary: WeeklySchedule(day: .monday, time: TimeOfDay(hour: 8, minute: 30)),
            reminderAfter: 4 * 3600, skipWeeks: [ISOWeek(year: 2026, week: 52)]))
    }

    /// A year of weeks, simulated with a clock that moves in 15-minute steps and a store that
    /// remembers what was done: exactly one prompt per person per non-skipped week, a reminder only
    /// when there was no reply, one summary per team per week.
    @Test func aYearOfWeeksPromptsOncePerWeekAndRemindsOnlyTheSilent() {
        let people = [WeeklyScheduler.Person(id: "@bob:x", timeZone: amsterdam, paused: false),
                      WeeklyScheduler.Person(id: "@ny:x", timeZone: TimeZone(identifier: "America/New_York")!, paused: false)]
        let teams = [WeeklyScheduler.Team(name: "Support", timeZone: amsterdam)]
        var prompts: [String: [ISOWeek: WeeklyScheduler.PromptState]] = [:]
        var summaries: Set<String> = []
        var done: [String] = []
        let start = ISOWeek(year: 2026, week: 1).date(of: .monday) // 2025-12-29
        var clock = Date(timeIntervalSince1970: Double(ISOWeek.dayNumber(start)) * 86400)
        let end = clock.addingTimeInterval(365 * 86400)
        while clock < end {
            for action in scheduler.due(now: clock, people: people, prompts: prompts, teams: teams, summariesSent: summaries) {
                done.append(action.key)
                switch action {
                case .prompt(let plan):
                    // @bob replies in even weeks; @ny never does.
                    let replied = plan.person == "@bob:x" && plan.week.week % 2 == 0
                    prompts[plan.person, default: [:]][plan.week] = .init(promptedAt: clock, replies: replied ? 1 : 0, skipped: false, reminded: false)
                case .reminder(let plan):
                    prompts[plan.person]![plan.week]!.reminded = true
                case .summary:
                    summaries.insert(action.key)
                }
            }
            clock.addTimeInterval(15 * 60)
        }
        #expect(Set(done).count == done.count, "an action was done twice")
        let bobPrompts = done.filter { $0.hasPrefix("reflection-prompt:@bob:x") }
        // Fridays of 2026-W01 ... W52 fall in these 365 days; W52 is skipped.
        #expect(bobPrompts.count == 51)
        #expect(!bobPrompts.contains("reflection-prompt:@bob:x:2026-W52"))
        let bobReminders = done.filter { $0.hasPrefix("reflection-reminder:@bob:x") }
        #expect(bobReminders.allSatisfy { Int($0.suffix(2))! % 2 == 1 })
        #expect(done.filter { $0.hasPrefix("reflection-reminder:@ny:x") }.count == done.filter { $0.hasPrefix("reflection-prompt:@ny:x") }.count)
        // Every Monday from 2025-12-29 to 2026-12-28 sends the previous week's summary.
        #expect(done.filter { $0.hasPrefix("summary:Support") }.count == 53)
    }

    @Test func pausedPeopleGetNoPrompt() {
        let plan = scheduler.planner.plan(person: "@p:x", week: ISOWeek(year: 2026, week: 47), timeZone: amsterdam)!
        let actions = scheduler.due(now: plan.promptAt.addingTimeInterval(60),
                                    people: [.init(id: "@p:x", timeZone: amsterdam, paused: true)], prompts: [:], teams: [], summariesSent: [])
        #expect(actions.isEmpty)
    }
}
