import Foundation
import FlowlearnCore

/// `flowlearn experts`: who people learn from, from the colleagues they name in reflections.
enum ExpertsCommand: CLICommand {
    static let name = "experts"
    static let summary = "who people learn from (named in reflections), beside the lessons' experts"
    static let usage = """
        usage: flowlearn experts [--team T] [--json] [--config FILE]

        Lists the people colleagues name in their weekly reflections as someone they learned from:
        by how many different colleagues, on which lesson topics, and whether the lessons list
        them in `experts:`. Points out lessons whose listed experts nobody names, and topics whose
        named people the lesson does not list. Follows [summary] share: people are named only
        with `full`; with `themes` only topics at least min_people colleagues named someone on,
        without names; with `counts` only numbers. Who named whom is never shown.

        options:
          --team T        only what members of this team wrote
          --json          the report as one JSON object
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done, 1 errors (unknown team, store or content problems), 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["team", "config"], flagOptions: ["json"])
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument `\(args.positionals[0])`") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let library = try LibraryLoading.load(session.config.content, console: console)
        var members: [String]?
        if let name = args["team"] {
            guard let team = session.config.teams.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                console.err("flowlearn experts: no team `\(name)` in the config (teams: \(session.config.teams.map(\.name).joined(separator: ", ")))")
                return ExitCode.failure
            }
            members = team.members
        }
        let report = KnowledgeHolderReport(mentions: try session.store.learnedFrom(by: members), library: library,
                                           share: session.config.summary.share, minimumPeople: session.config.summary.minimumPeople)
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            console.out(report.rendered())
        }
        return ExitCode.success
    }
}
