import Foundation
import FlowlearnCore
import FlowlearnStore

/// Writes a team's report into `[report] folder` after its weekly summary and says where it is:
/// the file under `[report] url` when that is set, else the file's path.
struct ReportPublisher {
    let maker: ReportMaker
    let folder: String
    let url: String?
    let weeks: Int

    init?(config: FlowlearnConfig, library: ContentLibrary, store: SQLiteLearningStore) {
        guard let folder = config.report.folder else { return nil }
        maker = ReportMaker(config: config, library: library, store: store)
        self.folder = folder
        url = config.report.url
        weeks = config.report.weeks
    }

    /// The report's file name: the team's name in lowercase letters, digits and dashes, and the week.
    static func fileName(team: String, week: ISOWeek) -> String {
        var slug = ""
        for character in team.lowercased() {
            if character.isLetter && character.isASCII || character.isNumber && character.isASCII { slug.append(character) }
            else if !slug.hasSuffix("-") { slug.append("-") }
        }
        slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return (slug.isEmpty ? "team" : slug) + "-\(week).html"
    }

    /// Writes the report of `team` for the weeks up to `week`; returns where a reader finds it.
    func publish(team: FlowlearnConfig.Team, week: ISOWeek, language: Language, now: Date) throws -> String {
        let name = Self.fileName(team: team.name, week: week)
        let path = (folder as NSString).appendingPathComponent(name)
        let html = try maker.html(team: team, lastWeek: week, weekCount: weeks, language: language, now: now)
        try ReportMaker.write(html, to: path)
        return url.map { $0 + name } ?? path
    }
}
