import Foundation
import FlowlearnCore

/// `flowlearn reflect --now`: sends this week's reflection prompt now, still only once.
enum ReflectCommand: CLICommand {
    static let name = "reflect"
    static let summary = "send this week's reflection prompt now (still only once)"
    static let usage = """
        usage: flowlearn reflect --now [--team T | --person ID] [--config FILE]

        Queues this week's reflection prompt for every team member (or one team, or one person)
        right away instead of at the configured time. Each person gets a week's prompt once:
        someone already prompted this week is skipped, and the scheduled prompt will not follow.
        The running daemon delivers the queued prompts within seconds (in the shell platform,
        they appear in the `flowlearn run` terminal).

        options:
          --now           required: send now
          --team T        only this team's members
          --person ID     only this person (a chat id)
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done (also when everyone was already prompted), 1 errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["team", "person", "config"], flagOptions: ["now"])
        guard args.has("now") else { throw UsageError("--now is required (scheduled prompts are sent by `flowlearn run`)") }
        guard args["team"] == nil || args["person"] == nil else { throw UsageError("give --team or --person, not both") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let cycle = try session.weeklyCycle(console: console)
        try session.store.registerTeams(session.config.teams, defaultTimeZone: session.config.timezone, at: clock.now())
        var targets = try cycle.roster.people()
        if let team = args["team"] {
            guard let members = session.config.teams.first(where: { $0.name.lowercased() == team.lowercased() })?.members else {
                console.err("flowlearn reflect: no team `\(team)` in the config (teams: \(session.config.teams.map(\.name).joined(separator: ", ")))")
                return ExitCode.failure
            }
            targets = targets.filter { members.contains($0.id) }
        }
        if let person = args["person"] {
            targets = targets.filter { $0.id == person }
            if targets.isEmpty {
                targets = [.init(id: person, timeZone: session.config.timezone, paused: false)]
            }
        }
        let now = clock.now()
        var planner = cycle.planner
        planner.skipWeeks = []
        var sent = 0
        for person in targets {
            let week = ISOWeek(containing: now, in: person.timeZone)
            guard var plan = planner.plan(person: person.id, week: week, timeZone: person.timeZone) else { continue }
            plan.promptAt = now
            let key = WeeklyScheduler.Action.prompt(plan).key
            if try session.store.apply(try cycle.promptTurn(plan, key: key), at: now).isEmpty {
                console.out("\(person.id): already prompted for \(week)")
            } else {
                console.out("\(person.id): prompt for \(week) queued")
                sent += 1
            }
        }
        console.out("\(sent) prompt\(sent == 1 ? "" : "s") queued; the running daemon delivers them")
        return ExitCode.success
    }
}
