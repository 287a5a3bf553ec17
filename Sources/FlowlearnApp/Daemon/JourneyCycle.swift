import Foundation
import FlowlearnCore
import FlowlearnStore

/// The learning journey's scheduled work as turns for the store: path steps (with buddy notes)
/// and follow-ups, each under its unique key so it happens once; and what the journey adds to
/// reflection prompts and summaries. Run by the daemon's cycle with the weekly work.
struct JourneyCycle {
    let config: FlowlearnConfig
    let library: ContentLibrary
    let store: SQLiteLearningStore

    /// How far back deliveries are considered for follow-ups.
    static let deliveryWindow: TimeInterval = 60 * 86400

    var calendar: WorkingDays { WorkingDays(config: config) }
    var roster: WeeklyRoster { WeeklyRoster(config: config, store: store) }

    func language(of person: PersonRecord?) -> Language { person?.language ?? config.language }

    func timeZone(of person: String, record: PersonRecord?) -> TimeZone { roster.timeZone(of: person, record: record) }

    /// Does everything due at `now`; returns the number of messages queued.
    func runDue(now: Date) throws -> Int {
        var queued = 0
        let planner = PathStepPlanner(calendar: calendar)
        for enrolment in try store.enrolments() {
            let record = try store.person(enrolment.person)
            let language = language(of: record)
            guard let path = library.path(enrolment.path, language: language) else { continue }
            for due in planner.due(enrolment, path: path, now: now, timeZone: timeZone(of: enrolment.person, record: record)) {
                guard let turn = try stepTurn(due, enrolment: enrolment, path: path, language: language, now: now) else { continue }
                queued += try store.apply(turn, at: now).count
            }
        }
        for due in try dueFollowUps(now: now) {
            queued += try store.apply(try followUpTurn(due, now: now), at: now).count
        }
        return queued
    }

    /// The turn that sends a due step, with the buddy's note the first time when the step has one.
    func stepTurn(_ due: PathStepPlanner.Due, enrolment: PathEnrolment, path: LearningPath, language: Language, now: Date) throws -> Turn? {
        let composer = PathStepComposer(library: library)
        guard let (text, lesson) = composer.message(path: path, stepID: due.step, language: language, isRepeat: due.isRepeat),
              let index = path.index(of: due.step) else { return nil }
        var outgoing = [OutgoingMessage(destination: .person(due.person), text: text, purpose: .pathStep(path: path.id, step: due.step))]
        if !due.isRepeat, let buddy = enrolment.buddy {
            let buddyLanguage = self.language(of: try store.person(buddy))
            let buddyPath = library.path(path.id, language: buddyLanguage) ?? path
            if let task = (buddyPath.step(due.step) ?? path.steps[index]).buddyTask {
                let name = try store.person(due.person)?.name.map { "\($0) (\(due.person))" } ?? due.person
                outgoing.append(OutgoingMessage(destination: .person(buddy),
                                                text: PathPhrasebook(buddyLanguage).buddyNote(person: name, path: buddyPath.title, number: index + 1,
                                                                                             total: path.steps.count, task: task)))
            }
        }
        return Turn(eventID: due.key, writes: [.journey(.pathStepSent(person: due.person, path: path.id, step: due.step, lesson: lesson?.id,
                                                                     date: due.date, at: now))],
                    outgoing: outgoing)
    }

    /// Who may get follow-ups: team members and people on a path, with what they were asked.
    func followUpPeople() throws -> [FollowUpPlanner.Person] {
        let asked = try store.followUpsAsked()
        var ids = config.teams.flatMap(\.members)
        for enrolment in try store.enrolments() where !ids.contains(enrolment.person) { ids.append(enrolment.person) }
        var seen: Set<String> = []
        return try ids.filter { seen.insert($0).inserted }.map { id in
            let record = try store.person(id)
            return FollowUpPlanner.Person(id: id, timeZone: timeZone(of: id, record: record), paused: record?.paused ?? false,
                                          asked: asked[id]?.topics ?? [], lastAskedOn: asked[id]?.lastOn)
        }
    }

    /// The follow-ups due at `now`; a lesson and its twin are one topic.
    func dueFollowUps(now: Date) throws -> [FollowUpPlanner.Due] {
        guard config.learning.followUpAfter > 0 else { return [] }
        let deliveries = try store.deliveries(since: now.addingTimeInterval(-Self.deliveryWindow)).map { delivery -> FollowUpPlanner.Delivery in
            var d = delivery
            d.topic = library.twins.twin(of: d.lesson).map { min($0, d.lesson) } ?? d.lesson
            return d
        }
        return FollowUpPlanner(calendar: calendar, after: config.learning.followUpAfter)
            .due(now: now, people: try followUpPeople(), deliveries: deliveries)
    }

    func followUpTurn(_ due: FollowUpPlanner.Due, now: Date) throws -> Turn {
        let record = try store.person(due.person)
        let language = language(of: record)
        let title = library.lesson(due.lesson, in: language)?.title ?? library[due.lesson]?.title ?? due.lesson
        let text = FollowUpPhrasebook(language).question(lesson: title,
                                                         deliveredOn: LocalDate(due.deliveredAt, in: timeZone(of: due.person, record: record)))
        let followUp = FollowUpRecord(person: due.person, lesson: due.lesson, topic: due.topic, deliveredAt: due.deliveredAt, askedAt: now)
        return Turn(eventID: due.key, writes: [.journey(.followUpAsked(followUp, on: due.date))],
                    outgoing: [OutgoingMessage(destination: .person(due.person), text: text, purpose: .followUp(topic: due.topic))])
    }

    /// The next moment steps or follow-ups may be due after `now`: the next working-day moment in
    /// any timezone of someone on a path or in a team; `nil` when there is nobody.
    func nextMoment(after now: Date) throws -> Date? {
        var zones: [String: TimeZone] = [:]
        var ids = try store.enrolments().map(\.person)
        if config.learning.followUpAfter > 0 { ids += config.teams.flatMap(\.members) }
        for id in Set(ids) {
            let zone = timeZone(of: id, record: try store.person(id))
            zones[zone.identifier] = zone
        }
        return zones.values.map { calendar.firstMoment(atOrAfter: now.addingTimeInterval(1), in: $0).at }.min()
    }

    /// The questions the journey adds to `person`'s reflection prompt for `week`.
    func promptQuestions(for person: String, language: Language, week: ISOWeek) throws -> [String] {
        let onPath = try store.enrolments(person: person).contains { enrolment in
            library.path(enrolment.path, language: language).map { !enrolment.isFinished($0) } ?? false
        }
        return JourneyPromptQuestions(language: language, goals: try store.goals(person: person), onPath: onPath,
                                      learnedFromEvery: config.reflection.learnedFromEvery, person: person).questions(for: week)
    }

    /// The journey of `team`'s members in `week` (in `timeZone`), for its summary.
    func weekData(team: FlowlearnConfig.Team, week: ISOWeek, timeZone: TimeZone) throws -> JourneyWeekData {
        try weekData(team: team, weeks: week, through: week, timeZone: timeZone)
    }

    /// The journey of `team`'s members over the weeks `first` to `last`, for its summary or report:
    /// paths as they stand at the end, steps done and goals reached in those weeks.
    func weekData(team: FlowlearnConfig.Team, weeks first: ISOWeek, through last: ISOWeek, timeZone: TimeZone) throws -> JourneyWeekData {
        let start = WeeklySchedule.weekStart(of: first, timeZone: timeZone), end = WeeklySchedule.weekStart(of: last.next, timeZone: timeZone)
        var data = try store.journeyWeek(members: team.members, start: start, end: end)
        data.paths = try progress(now: end.addingTimeInterval(-1)).filter { team.members.contains($0.person) && $0.start <= LocalDate(end, in: timeZone) }
        return data
    }

    /// Where each person on a path stands at `now` (only `person`, when given).
    func progress(person: String? = nil, now: Date) throws -> [PathProgress] {
        let planner = PathStepPlanner(calendar: calendar)
        return try store.enrolments(person: person).compactMap { enrolment in
            let record = try store.person(enrolment.person)
            guard let path = library.path(enrolment.path, language: language(of: record)) else { return nil }
            return planner.progress(enrolment, path: path, now: now, timeZone: timeZone(of: enrolment.person, record: record))
        }
    }
}
