/// Builds a ``TeamSummary`` from a team's week, applying the `share` setting: `full` shows
/// reflections with names, `themes` groups them by recurring words without names, `counts`
/// shows numbers only. Reflections marked private are never shown, in any mode.
public struct TeamSummaryBuilder: Sendable {
    public var share: FlowlearnConfig.ShareMode
    public var language: Language
    /// Joins the inflections of a word into one theme.
    public var stemmers: Stemmers

    public init(share: FlowlearnConfig.ShareMode, language: Language, stemmers: Stemmers = .identity) {
        self.share = share
        self.language = language
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
        switch share {
        case .full:
            // Several messages of one person are one reflection.
            var byPerson: [(String, [String])] = []
            for r in visible {
                if let i = byPerson.firstIndex(where: { $0.0 == r.person }) { byPerson[i].1.append(r.text) } else { byPerson.append((r.person, [r.text])) }
            }
            reflections = byPerson.map { TeamSummary.NamedReflection(person: data.names[$0.0] ?? $0.0, text: $0.1.joined(separator: " ")) }
        case .themes:
            var byPerson: [String: [String]] = [:]
            for r in visible { byPerson[r.person, default: []].append(r.text) }
            let texts = data.members.compactMap { byPerson[$0]?.joined(separator: " ") }
            themes = ThemeExtractor(stemmers: stemmers).themes(in: texts, fallbackLanguage: language)
        case .counts:
            break
        }

        let teamQuestions = data.questions.filter { members.contains($0.person) }
        var gapCounts: [String: (text: String, count: Int)] = [:]
        var gapOrder: [String] = []
        for q in teamQuestions where q.isGap {
            let key = TextNormalizer.words(q.text).joined(separator: " ")
            if gapCounts[key] == nil { gapOrder.append(key); gapCounts[key] = (q.text, 0) }
            gapCounts[key]!.count += 1
        }
        var feedback: [String: (Int, Int)] = [:]
        for q in teamQuestions {
            guard let lesson = q.lessonID, let value = q.feedback else { continue }
            var entry = feedback[lesson] ?? (0, 0)
            if value > 0 { entry.0 += 1 } else { entry.1 += 1 }
            feedback[lesson] = entry
        }
        return TeamSummary(
            team: data.team, week: data.week, share: share, participation: participation,
            pulse: TeamSummary.Pulse(average: average, answers: pulses.count),
            reflectionCount: Set(visible.map(\.person)).count,
            privateCount: Set(data.reflections.filter { $0.isPrivate && members.contains($0.person) }.map(\.person)).count,
            reflections: reflections, themes: themes,
            questions: teamQuestions.filter { !$0.isGap }.map {
                TeamSummary.AskedQuestion(text: $0.text, lesson: $0.lessonID.map { data.lessonTitles[$0] ?? $0 }, feedback: $0.feedback)
            },
            gaps: gapOrder.compactMap { gapCounts[$0] }.map { TeamSummary.Gap(text: $0.text, count: $0.count) }
                .sorted { $0.count > $1.count },
            lessonFeedback: feedback.map { TeamSummary.LessonFeedback(lesson: $0.key, title: data.lessonTitles[$0.key] ?? $0.key,
                                                                      helpful: $0.value.0, notHelpful: $0.value.1) }
                .sorted { ($0.helpful - $0.notHelpful, $0.lesson) > ($1.helpful - $1.notHelpful, $1.lesson) }
        )
    }
}
