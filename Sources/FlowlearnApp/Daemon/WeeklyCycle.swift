import Foundation
import FlowlearnCore
import FlowlearnStore

/// The weekly cycle's work as turns for the store: prompts, reminders and summaries. Shared
/// by the daemon's scheduler and the `reflect` / `summary` commands, so "now" from the command
/// line and "on schedule" are the same action with the same unique key — done once.
struct WeeklyCycle {
    let config: FlowlearnConfig
    let library: ContentLibrary
    let store: SQLiteLearningStore
    /// The longest message the platform takes; summaries are split to fit.
    let messageLimit: Int
    /// Told when a team's report could not be written (the summary goes out without its link).
    var reportFailed: @Sendable (String) -> Void = { _ in }

    var planner: ReflectionPlanner { ReflectionPlanner(config: config) }
    var scheduler: WeeklyScheduler { WeeklyScheduler(planner: planner) }

    var roster: WeeklyRoster { WeeklyRoster(config: config, store: store) }
    /// Path steps, follow-ups, and what goals and paths add to prompts and summaries.
    var journey: JourneyCycle { JourneyCycle(config: config, library: library, store: store) }

    func language(of person: String) throws -> Language {
        try store.person(person)?.language ?? config.language
    }

    /// The turn that sends `plan`'s prompt.
    func promptTurn(_ plan: ReflectionPlan, key: String) throws -> Turn {
        let language = try language(of: plan.person)
        guard let questions = library.reflectionQuestions[language] ?? library.reflectionQuestions.values.first else {
            throw WeeklyCycleError.noReflectionQuestions
        }
        let extra = try journey.promptQuestions(for: plan.person, language: language, week: plan.week)
        let text = ReflectionPromptComposer(questions: questions, includePulse: config.reflection.pulse).prompt(for: plan.week, extra: extra)
        return Turn(eventID: key,
                    writes: [.reflectionPrompted(person: plan.person, week: plan.week, promptAt: plan.promptAt, closesAt: plan.closesAt)],
                    outgoing: [OutgoingMessage(destination: .person(plan.person), text: text, purpose: .reflectionPrompt(week: plan.week))])
    }

    func reminderTurn(_ plan: ReflectionPlan, key: String) throws -> Turn {
        let text = ReflectionPromptComposer.reminder(language: try language(of: plan.person), week: plan.week)
        return Turn(eventID: key, writes: [.reflectionReminded(person: plan.person, week: plan.week)],
                    outgoing: [OutgoingMessage(destination: .person(plan.person), text: text, purpose: .reflectionReminder(week: plan.week))])
    }

    /// The summary of `week` for `team`, as the manager reads it.
    func summary(team: FlowlearnConfig.Team, week: ISOWeek) throws -> (TeamSummary, Language) {
        var data = try store.teamWeek(team: team, week: week, timeZone: roster.timeZone(of: team))
        for lesson in library.lessons { data.lessonTitles[lesson.id] = lesson.title }
        data.journey = try journey.weekData(team: team, week: week, timeZone: roster.timeZone(of: team))
        let language = try language(of: team.manager)
        return (TeamSummaryBuilder(share: config.summary.share, language: language, minimumPeople: config.summary.minimumPeople,
                                   stemmers: LanguageSetup.shared.resources.stemmers).build(data),
                language)
    }

    func summaryTurn(team: FlowlearnConfig.Team, week: ISOWeek, key: String, now: Date) throws -> Turn {
        let (summary, language) = try summary(team: team, week: week)
        var text = SummaryRenderer(language: language).render(summary)
        if let link = publishReport(team: team, week: week, language: language, now: now) {
            text += "\n\n" + ReportHTMLRenderer.linkLine(link, language: language)
        }
        let messages = MessageSplitter.split(text, limit: messageLimit).map {
            OutgoingMessage(destination: .person(team.manager), text: $0, purpose: .summary(team: team.name, week: week))
        }
        return Turn(eventID: key, writes: [.summarySent(team: team.name, week: week)], outgoing: messages)
    }

    /// Writes the team's report when `[report] folder` is set; where a reader finds it, or `nil`.
    func publishReport(team: FlowlearnConfig.Team, week: ISOWeek, language: Language, now: Date) -> String? {
        guard let publisher = ReportPublisher(config: config, library: library, store: store) else { return nil }
        do {
            return try publisher.publish(team: team, week: week, language: language, now: now)
        } catch {
            reportFailed("report of \(team.name) \(week): \(error)")
            return nil
        }
    }

    /// The next prompt or summary moment after `now`.
    func nextMoment(after now: Date) throws -> Date? {
        [scheduler.nextPrompt(after: now, people: try roster.people()), scheduler.nextSummary(after: now, teams: try roster.teams()),
         try journey.nextMoment(after: now)].compactMap { $0 }.min()
    }

    /// Does everything due at `now`; returns the number of messages queued.
    func runDue(now: Date) throws -> Int {
        let people = try roster.people()
        let state = try store.schedulingState(since: ISOWeek(containing: now, in: config.timezone).offset(by: -2))
        var queued = 0
        for action in scheduler.due(now: now, people: people, prompts: state.prompts, teams: try roster.teams(),
                                    summariesSent: state.summariesSent) {
            let turn: Turn
            switch action {
            case .prompt(let plan): turn = try promptTurn(plan, key: action.key)
            case .reminder(let plan): turn = try reminderTurn(plan, key: action.key)
            case .summary(let teamName, let week):
                guard let team = config.teams.first(where: { $0.name == teamName }) else { continue }
                turn = try summaryTurn(team: team, week: week, key: action.key, now: now)
            }
            queued += try store.apply(turn, at: now).count
        }
        return queued + (try journey.runDue(now: now))
    }
}

/// Why the weekly cycle could not do its work.
enum WeeklyCycleError: Error, CustomStringConvertible {
    case noReflectionQuestions
    var description: String { "the content has no reflection questions (content/reflection/en.md, nl.md)" }
}
