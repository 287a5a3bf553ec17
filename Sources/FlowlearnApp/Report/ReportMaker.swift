import Foundation
import FlowlearnCore
import FlowlearnStore

/// Makes the HTML report of a team (or of everyone) from the store: shared by `flowlearn report`
/// and the daemon's weekly publishing, so both show the same thing under the same privacy rules.
struct ReportMaker {
    let config: FlowlearnConfig
    let library: ContentLibrary
    let store: SQLiteLearningStore

    /// The page for `team` (`nil`: everyone, every team) over `weekCount` weeks ending with `lastWeek`.
    func html(team: FlowlearnConfig.Team?, lastWeek: ISOWeek, weekCount: Int, language: Language, now: Date) throws -> String {
        let roster = WeeklyRoster(config: config, store: store)
        let timeZone = team.map(roster.timeZone(of:)) ?? config.timezone
        let weeks = ReportData.weeks(endingWith: lastWeek, count: weekCount)
        var data = try store.reportData(team: team?.name, people: team?.members, teams: team.map { [$0] } ?? config.teams,
                                        weeks: weeks, timeZone: timeZone, teamTimeZone: roster.timeZone(of:))
        for lesson in library.lessons { data.lessonTitles[lesson.id] = lesson.title }
        let journey = JourneyCycle(config: config, library: library, store: store)
        for (i, teamWeeks) in data.teams.enumerated() {
            guard let team = config.teams.first(where: { $0.name == teamWeeks.team }), let first = weeks.first, let last = weeks.last else { continue }
            data.teams[i].journey = try journey.weekData(team: team, weeks: first, through: last, timeZone: roster.timeZone(of: team))
        }
        if config.summary.share == .full {
            for person in Set(data.teams.flatMap(\.members) + data.mentions.flatMap { [$0.person, $0.named] }) {
                if let name = try store.person(person)?.name { data.names[person] = name }
            }
        }
        let report = LearningReportBuilder(share: config.summary.share, language: language, minimumPeople: config.summary.minimumPeople,
                                           library: library).build(data)
        return ReportHTMLRenderer(language: language).render(report, generated: StatusLine.format(now, timeZone: timeZone))
    }

    /// Writes `html` to `path` whole or not at all (a reader never sees half a page).
    static func write(_ html: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
