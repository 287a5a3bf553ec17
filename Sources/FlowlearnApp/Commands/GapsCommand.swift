import Foundation
import FlowlearnCore

/// `flowlearn gaps`: the questions nobody had a lesson for.
enum GapsCommand: CLICommand {
    static let name = "gaps"
    static let summary = "list questions nobody had a lesson for, most asked first"
    static let usage = """
        usage: flowlearn gaps [--since YYYY-MM-DD] [--json] [--config FILE]

        Lists the questions the bot had no lesson for, grouped by wording, most asked first:
        what the content team could write next.

        options:
          --since DATE    only questions asked on or after this date
          --json          one JSON object per gap
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done, 1 store errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["since", "config"], flagOptions: ["json"])
        var since: Date?
        if let text = args["since"] {
            guard let date = LocalDate(text) else { throw UsageError("--since must be a date like 2026-11-01, not `\(text)`") }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            since = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
        }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let gaps = try session.store.contentGaps(since: since)
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            for gap in gaps { console.out(String(decoding: try encoder.encode(gap), as: UTF8.self)) }
            return ExitCode.success
        }
        if gaps.isEmpty {
            console.out("no content gaps" + (args["since"].map { " since \($0)" } ?? ""))
            return ExitCode.success
        }
        for gap in gaps {
            let last = LocalDate(gap.lastAsked, in: session.config.timezone)
            console.out("\(String(gap.count).padding(toLength: 4, withPad: " ", startingAt: 0))\(gap.question)  [\(gap.languages.joined(separator: ","))] last asked \(last)")
        }
        return ExitCode.success
    }
}
