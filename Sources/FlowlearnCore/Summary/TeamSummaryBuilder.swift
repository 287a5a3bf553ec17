/// Builds a ``TeamSummary`` from a team's week, applying the `share` setting: `full` shows
/// reflections with names, `themes` groups them by recurring words without names, `counts`
/// shows numbers only. Reflections marked private are never shown, in any mode; questions are
/// never shown in their words, in any mode (see ``TeamSummary``).
public struct TeamSummaryBuilder: Sendable {
    public var share: FlowlearnConfig.ShareMode
    public var language: Language
    /// A topic is shown only when at least this many different people contributed to it.
    public var minimumPeople: Int
    /// Joins the inflections of a word into one theme.
    public var stemmers: Stemmers

    public init(share: FlowlearnConfig.ShareMode, language: Language, minimumPeople: Int = 3, stemmers: Stemmers = .identity) {
        self.share = share
        self.language = language
        self.minimumPeople = minimumPeople
        self.stemmers = stemmers
    }

    public func build(_ data: TeamWeekData) -> TeamSummary {
        let members = Set(data.members)
        let visible = data.reflections.filter { !$0.isPrivate && members.contains($0.person) }
        let repliers = Set(data.reflections.filter { members.contains($0.person) }.map(\.person))
            .union(data.pulses.keys.filter { members.contains($0) })
        let pulses = data.pulses.filter { members.contains($0.key) }.map(\.value)
        let average = pulses.isEmpty ? nil : Double(pulses.reduce(0, +)) / Double(pulses.count)
        let thisWeek = TeamWeekData.WeekParticipation(week: data.week, replied: repliers.count, members: data.members.count,
                                                      averagePulse: average)
        let participation = TeamSummary.Participation(
            replied: repliers.count, members: data.members.count, skipped: data.skipped.intersection(members).count,
            repliedNames: share == .full ? data.members.filter(repliers.contains).map { data.names[$0] ?? $0 } : nil,
            trend: Array(data.history.suffix(7)) + [thisWeek]
        )

        var reflections: [TeamSummary.NamedReflection]?
        var themes: [TeamSummary.Theme]?
        var notShown = 0
        switch share {
        case .full:
            // Several messages of one person are one reflection.
            var byPerson: [(String, [String])] = []
            for r in visible {
                if let i = byPerson.firstIndex(where: { $0.0 == r.person }) { byPerson[i].1.append(r.text) } else { byPerson.append((r.person, [r.text])) }
            }
            reflections = byPerson.map { TeamSummary.NamedReflection(person: data.names[$0.0] ?? $0.0, text: $0.1.joined(separator: " ")) }
        case .themes:
            (themes, notShown) = reflectionThemes(visible, order: data.members)
        case .counts:
            break
        }

        return TeamSummary(
            team: data.team, week: data.week, share: share, minimumPeople: minimumPeople, participation: participation,
            pulse: TeamSummary.Pulse(average: average, answers: pulses.count),
            reflectionCount: Set(visible.map(\.person)).count,
            privateCount: Set(data.reflections.filter { $0.isPrivate && members.contains($0.person) }.map(\.person)).count,
            reflections: reflections, themes: themes, reflectionsNotShown: notShown,
            questions: questions(data.questions.filter { members.contains($0.person) }, titles: data.lessonTitles),
            journey: Optional(JourneySummaryBuilder(share: share, language: language, minimumPeople: minimumPeople)
                .build(data.journey, members: data.members, names: data.names, titles: data.lessonTitles)).flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// Each person's reflection (their messages together) under the themes enough people share;
    /// the rest under an empty theme when enough people wrote it, else only counted.
    func reflectionThemes(_ visible: [TeamWeekData.Reflection], order: [String]) -> ([TeamSummary.Theme], Int) {
        var byPerson: [String: [String]] = [:]
        for r in visible { byPerson[r.person, default: []].append(r.text) }
        let items = order.compactMap { person in byPerson[person].map { ThemeExtractor.Item(person: person, text: $0.joined(separator: " ")) } }
        let groups = ThemeExtractor(minimumPeople: minimumPeople, stemmers: stemmers).groups(items, fallbackLanguage: language)
        var themes = groups.map { TeamSummary.Theme(theme: $0.word, count: $0.people, excerpts: $0.items.map { items[$0].text }) }
        let grouped = Set(groups.flatMap(\.items))
        let rest = items.indices.filter { !grouped.contains($0) }
        if rest.count >= minimumPeople {
            themes.append(TeamSummary.Theme(theme: "", count: rest.count, excerpts: rest.map { items[$0].text }))
            return (themes, 0)
        }
        return (themes, rest.count)
    }

    /// The team's questions as topics: lessons and gap themes enough people share, and counts.
    func questions(_ asked: [QuestionRecord], titles: [String: String]) -> TeamSummary.Questions {
        var byLesson: [String: [QuestionRecord]] = [:]
        for q in asked { if let lesson = q.lessonID { byLesson[lesson, default: []].append(q) } }
        var shown = 0
        var lessons: [TeamSummary.LessonTopic] = []
        for (lesson, questions) in byLesson {
            let people = Set(questions.map(\.person)).count
            guard people >= minimumPeople else { continue }
            shown += questions.count
            lessons.append(TeamSummary.LessonTopic(
                lesson: lesson, title: titles[lesson] ?? lesson, people: people, times: questions.count,
                helpful: questions.filter { $0.feedback == 1 }.count, notHelpful: questions.filter { $0.feedback == -1 }.count))
        }
        lessons.sort { ($0.people, $0.times, $1.lesson) > ($1.people, $1.times, $0.lesson) }
        let gaps = asked.filter(\.isGap)
        let groups = ThemeExtractor(minimumPeople: minimumPeople, stemmers: stemmers)
            .groups(gaps.map { ThemeExtractor.Item(person: $0.person, text: $0.text) }, fallbackLanguage: language)
        shown += groups.map(\.items.count).reduce(0, +)
        return TeamSummary.Questions(
            asked: asked.count, answered: asked.filter { $0.lessonID != nil }.count, gaps: gaps.count, lessons: lessons,
            gapThemes: groups.map { TeamSummary.GapTheme(theme: $0.word, people: $0.people, times: $0.items.count) },
            notShown: asked.count - shown)
    }
}
