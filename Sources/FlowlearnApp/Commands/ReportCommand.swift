import Foundation
import FlowlearnCore

/// `flowlearn report --html FILE`: the learning report as one self-contained HTML page.
enum ReportCommand: CLICommand {
    static let name = "report"
    static let summary = "write the learning report (charts) as one HTML page"
    static let usage = """
        usage: flowlearn report --html FILE [--team T] [--weeks N] [--language nl|en] [--config FILE]

        Writes one self-contained HTML page (no scripts, fonts or links; opens from disk and
        prints on A4) with charts and the numbers beside them: questions per week answered and
        without a lesson, the largest content gaps as themes, lessons by use and usefulness (with
        what follow-ups said of them in practice), reflection participation and pulse per team
        with the trend, and, when there are any, learning paths and goals per team and who people
        learn from. What it shows follows the manager summary's privacy rules ([summary] share and
        min_people): never a question in its words, never a private reply or private goal; names
        only on paths, goals and who people learn from, and only with share = full.

        options:
          --html FILE          where to write the page
          --team T             only this team (default: everyone, every team)
          --weeks N            how many weeks, up to and including last week (default: [report] weeks, 8)
          --language nl|en     the page's language (default: the team manager's, else [flowlearn] language)
          --config FILE        the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 written, 1 errors (unknown team, store, content or file problems), 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["html", "team", "weeks", "language", "config"], flagOptions: [])
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument `\(args.positionals[0])`") }
        guard let path = args["html"] else { throw UsageError("--html FILE is required") }
        var weekCount: Int?
        if let text = args["weeks"] {
            guard let n = Int(text), (1...53).contains(n) else { throw UsageError("--weeks must be a whole number from 1 to 53, not `\(text)`") }
            weekCount = n
        }
        var language: Language?
        if let text = args["language"] {
            guard let l = Language(rawValue: text.lowercased()) else { throw UsageError("--language must be nl or en, not `\(text)`") }
            language = l
        }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let config = session.config
        var team: FlowlearnConfig.Team?
        if let name = args["team"] {
            team = config.teams.first { $0.name.lowercased() == name.lowercased() }
            if team == nil {
                console.err("flowlearn report: no team `\(name)` in the config (teams: \(config.teams.map(\.name).joined(separator: ", ")))")
                return ExitCode.failure
            }
        }
        let now = clock.now()
        try session.store.registerTeams(config.teams, defaultTimeZone: config.timezone, at: now)
        let library = try LibraryLoading.load(config.content, console: console)
        let maker = ReportMaker(config: config, library: library, store: session.store)
        let zone = team.map { WeeklyRoster(config: config, store: session.store).timeZone(of: $0) } ?? config.timezone
        let lastWeek = ISOWeek(containing: now, in: zone).previous
        let chosen = try language ?? team.flatMap { try session.store.person($0.manager)?.language } ?? config.language
        let html = try maker.html(team: team, lastWeek: lastWeek, weekCount: weekCount ?? config.report.weeks, language: chosen, now: now)
        do {
            try ReportMaker.write(html, to: path)
        } catch {
            console.err("flowlearn report: cannot write \(path): \(error.localizedDescription)")
            return ExitCode.failure
        }
        console.out("\(path): report of \(team?.name ?? "everyone"), \(weekCount ?? config.report.weeks) weeks up to \(lastWeek)")
        return ExitCode.success
    }
}
