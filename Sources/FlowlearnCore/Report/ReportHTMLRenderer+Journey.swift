/// The report's learning journey sections: paths and goals per team, and who people learn
/// from. Each is left out when there is nothing to show; people are named only where the
/// ``LearningReport`` carries names (`share = full`).
extension ReportHTMLRenderer {
    func paths(_ report: LearningReport) -> String? {
        let teams = report.journeys.filter(\.hasPaths)
        guard !teams.isEmpty else { return nil }
        let (chart, rows) = perTeam("paths", text.pathsTitle, summary: text.pathsSummary(teams: teams.count), teams, [
            (text.onPath, \.peopleOnPaths), (text.behind, \.behind), (text.finished, \.finished), (text.stepsDone, \.stepsDoneThisWeek)])
        let people = teams.flatMap { t in
            (t.journey.memberPaths ?? []).map { [$0.person, t.team, $0.path, text.steps($0.done, of: $0.total), text.onTrack($0.behind)] }
        }
        let groups = teams.flatMap { t in (t.journey.pathGroups ?? []).map { [t.team, $0.path, "\($0.people)", "\($0.behind)"] } }
        let notShown = teams.map(\.journey.pathsNotShown).reduce(0, +)
        return section("paths", text.pathsTitle, chart: chart,
                       table: table([text.teamColumn, text.onPathColumn, text.behindColumn, text.finishedColumn, text.stepsDoneColumn], rows),
                       note: notShown > 0 ? text.pathsNotShown(notShown, minimumPeople: report.minimumPeople) : nil,
                       extra: subtable(text.perPerson, [text.personColumn, text.teamColumn, text.pathColumn, text.stepsColumn, text.statusColumn], people)
                           + subtable(text.perPath, [text.teamColumn, text.pathColumn, text.peopleColumn, text.behindColumn], groups))
    }

    func goals(_ report: LearningReport) -> String? {
        let teams = report.journeys.filter(\.hasGoals)
        guard !teams.isEmpty else { return nil }
        let (chart, rows) = perTeam("goals", text.goalsTitle, summary: text.goalsSummary(teams: teams.count), teams, [
            (text.peopleWithGoal, \.peopleWithGoals), (text.openGoals, \.openGoals), (text.reached, \.goalsReachedThisWeek)])
        let named = teams.flatMap { t in (t.journey.goals ?? []).map { [$0.person, t.team, $0.text, text.goalState(reached: $0.reached)] } }
        // Themes by their word and how many people share them, never in anyone's words.
        let themes = teams.flatMap { t in (t.journey.goalThemes ?? []).map { [t.team, $0.theme, "\($0.count)"] } }
        let notShown = teams.map(\.journey.goalsNotShown).reduce(0, +)
        return section("goals", text.goalsTitle, chart: chart,
                       table: table([text.teamColumn, text.peopleColumn, text.openColumn, text.reachedColumn], rows),
                       note: notShown > 0 ? text.goalsNotShown(notShown, minimumPeople: report.minimumPeople) : nil,
                       extra: subtable(text.goalsPerPerson, [text.personColumn, text.teamColumn, text.goalColumn, text.statusColumn], named)
                           + subtable(text.goalThemes, [text.teamColumn, text.goalThemeColumn, text.peopleColumn], themes))
    }

    /// A chart of a bar per measure for each team, and the same numbers as table rows.
    func perTeam(_ id: String, _ title: String, summary: String, _ teams: [LearningReport.TeamJourney],
                 _ measures: [(name: String, value: KeyPath<JourneySummary, Int>)]) -> (Chart, [[String]]) {
        let chart = Chart(id: id, title: title, summary: summary, kind: .horizontalBars, categories: teams.map(\.team),
                          series: measures.map { m in .init(name: m.name, values: teams.map { Double($0.journey[keyPath: m.value]) }) },
                          valueLabel: text.gapsAxis)
        return (chart, teams.map { t in [t.team] + measures.map { "\(t.journey[keyPath: $0.value])" } })
    }

    func learnedFrom(_ report: LearningReport) -> String? {
        guard let learned = report.learnedFrom else { return nil }
        let chart = Chart(
            id: "learned-from", title: text.learnedFromTitle, summary: text.learnedFromSummary(), kind: .lines,
            categories: learned.weeks.map { text.week($0.week) },
            series: [.init(name: text.mentions, values: learned.weeks.map { Double($0.mentions) }),
                     .init(name: text.namingColleagues, values: learned.weeks.map { Double($0.colleagues) }),
                     .init(name: text.peopleNamed, values: learned.weeks.map { Double($0.peopleNamed) })],
            valueLabel: text.gapsAxis)
        let rows = learned.weeks.map { [text.week($0.week), "\($0.mentions)", "\($0.colleagues)", "\($0.peopleNamed)"] }
        let holders = (learned.holders.holders ?? []).map { h in
            [h.person, "\(h.colleagues)", "\(h.mentions)", h.topics.map(\.title).joined(separator: ", ")]
        }
        let topics = (learned.holders.topics ?? []).map { [$0.title, "\($0.colleagues)", "\($0.peopleNamed)"] }
        let notShown = learned.holders.topicsNotShown
        return section("learned-from", text.learnedFromTitle, chart: chart,
                       table: table([text.weekColumn, text.mentionsColumn, text.namingColumn, text.peopleNamedColumn], rows),
                       note: notShown > 0 ? text.topicsNotShown(notShown, minimumPeople: report.minimumPeople) : nil,
                       extra: subtable(text.namedMost, [text.personColumn, text.colleaguesColumn, text.mentionsColumn, text.topicsColumn], holders)
                           + subtable(text.perTopic, [text.themeColumn, text.colleaguesColumn, text.peopleNamedColumn], topics))
    }
}
