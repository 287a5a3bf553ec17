/// Builds the ``JourneySummary`` of a team's week, applying `share` and `min_people` as
/// ``TeamSummaryBuilder`` does for reflections and questions.
public struct JourneySummaryBuilder: Sendable {
    public var share: FlowlearnConfig.ShareMode
    public var language: Language
    public var minimumPeople: Int

    public init(share: FlowlearnConfig.ShareMode, language: Language, minimumPeople: Int) {
        self.share = share
        self.language = language
        self.minimumPeople = minimumPeople
    }

    /// `members` in config order; `names`: display names where known; `titles`: lesson titles.
    public func build(_ data: JourneyWeekData, members: [String], names: [String: String], titles: [String: String]) -> JourneySummary {
        let team = Set(members)
        let paths = data.paths.filter { team.contains($0.person) && !$0.finished }
        var memberPaths: [JourneySummary.MemberPath]?
        var pathGroups: [JourneySummary.PathGroup]?
        var pathsNotShown = 0
        switch share {
        case .full:
            memberPaths = members.flatMap { person in
                paths.filter { $0.person == person }.map {
                    JourneySummary.MemberPath(person: names[person] ?? person, path: $0.title, done: $0.done + $0.skipped, total: $0.total,
                                              behind: $0.behind)
                }
            }
        case .themes:
            var groups: [JourneySummary.PathGroup] = []
            for title in Set(paths.map(\.title)).sorted() {
                let on = paths.filter { $0.title == title }
                let people = Set(on.map(\.person)).count
                if people >= minimumPeople {
                    groups.append(.init(path: title, people: people, behind: Set(on.filter(\.behind).map(\.person)).count))
                } else {
                    pathsNotShown += people
                }
            }
            pathGroups = groups
        case .counts:
            break
        }

        let answered = data.followUps.filter { team.contains($0.person) && $0.answer != nil }
        var lessons: [JourneySummary.LessonInPractice] = []
        var followUpsNotShown = 0
        for lesson in Set(answered.map(\.lesson)).sorted() {
            let about = answered.filter { $0.lesson == lesson }
            let people = Set(about.map(\.person)).count
            guard people >= minimumPeople else { followUpsNotShown += about.count; continue }
            lessons.append(.init(lesson: lesson, title: titles[lesson] ?? lesson, people: people,
                                 used: about.filter { $0.answer == .used }.count, notYet: about.filter { $0.answer == .notYet }.count,
                                 didNotHelp: about.filter { $0.answer == .didNotHelp }.count))
        }
        lessons.sort { ($0.people, $1.lesson) > ($1.people, $0.lesson) }

        let goals = data.goals.filter { team.contains($0.person) && !$0.goal.isPrivate }
        let open = goals.filter { $0.goal.isOpen }
        var namedGoals: [JourneySummary.NamedGoal]?
        var goalThemes: [TeamSummary.Theme]?
        var goalsNotShown = 0
        switch share {
        case .full:
            namedGoals = members.flatMap { person in
                goals.filter { $0.person == person }.map { .init(person: names[person] ?? person, text: $0.goal.text, reached: !$0.goal.isOpen) }
            }
        case .themes:
            let items = open.map { ThemeExtractor.Item(person: $0.person, text: $0.goal.text) }
            let groups = ThemeExtractor(minimumPeople: minimumPeople).groups(items, fallbackLanguage: language)
            goalThemes = groups.map { TeamSummary.Theme(theme: $0.word, count: $0.people, excerpts: $0.items.map { items[$0].text }) }
            goalsNotShown = items.count - groups.map(\.items.count).reduce(0, +)
        case .counts:
            break
        }

        return JourneySummary(
            peopleOnPaths: Set(paths.map(\.person)).count, behind: Set(paths.filter(\.behind).map(\.person)).count,
            finished: data.paths.filter { team.contains($0.person) && $0.finished }.count, stepsDoneThisWeek: data.stepsDone,
            memberPaths: memberPaths, pathGroups: pathGroups, pathsNotShown: pathsNotShown,
            followUpsAnswered: answered.count, followUpsThisWeek: data.followUpsThisWeek, lessonsInPractice: lessons,
            followUpsNotShown: followUpsNotShown,
            openGoals: open.count, peopleWithGoals: Set(open.map(\.person)).count,
            goalsReachedThisWeek: goals.filter { !$0.goal.isOpen }.count, goals: namedGoals, goalThemes: goalThemes,
            goalsNotShown: goalsNotShown)
    }
}
