import Foundation
import FlowlearnCore

/// `flowlearn summary`: prints or sends a team's weekly summary.
enum SummaryCommand: CLICommand {
    static let name = "summary"
    static let summary = "print or send a team's weekly summary"
    static let usage = """
        usage: flowlearn summary [--team T] [--week 2026-W47] [--format text|json] [--send] [--config FILE]

        Prints the summary a manager gets: participation with its trend, the reflections as the
        config's `share` allows, the questions asked, the content gaps and which lessons helped.
        Without --week it is last week's. With --send it is queued to the manager's direct
        message instead (once per team and week; the running daemon delivers it).

        options:
          --team T              only this team (default: every team)
          --week YYYY-Www       the ISO week (default: the previous week)
          --format text|json    how to print it (default: text, in the manager's language)
          --send                send it to the manager instead of printing it
          --config FILE         the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done, 1 errors (unknown team, store or content problems), 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["team", "week", "format", "config"], flagOptions: ["send"])
        let format = args["format"] ?? "text"
        guard format == "text" || format == "json" else { throw UsageError("--format must be text or json") }
        var week: ISOWeek?
        if let text = args["week"] {
            guard let parsed = ISOWeek(text) else { throw UsageError("--week must be an ISO week like 2026-W47, not `\(text)`") }
            week = parsed
        }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let cycle = try session.weeklyCycle(console: console)
        var teams = session.config.teams
        if let name = args["team"] {
            teams = teams.filter { $0.name.lowercased() == name.lowercased() }
            if teams.isEmpty {
                console.err("flowlearn summary: no team `\(name)` in the config (teams: \(session.config.teams.map(\.name).joined(separator: ", ")))")
                return ExitCode.failure
            }
        }
        try session.store.registerTeams(session.config.teams, defaultTimeZone: session.config.timezone, at: clock.now())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        for team in teams {
            let target = week ?? ISOWeek(containing: clock.now(), in: team.timezone ?? session.config.timezone).previous
            if args.has("send") {
                let key = WeeklyScheduler.Action.summary(team: team.name, week: target).key
                let queued = try session.store.apply(try cycle.summaryTurn(team: team, week: target, key: key, now: clock.now()), at: clock.now())
                console.out(queued.isEmpty ? "\(team.name) \(target): summary was already sent"
                                           : "\(team.name) \(target): summary queued for \(team.manager) (\(queued.count) message\(queued.count == 1 ? "" : "s"))")
                continue
            }
            let (summary, language) = try cycle.summary(team: team, week: target)
            if format == "json" {
                console.out(String(decoding: try encoder.encode(summary), as: UTF8.self))
            } else {
                console.out(SummaryRenderer(language: language).render(summary) + "\n")
            }
        }
        return ExitCode.success
    }
}
