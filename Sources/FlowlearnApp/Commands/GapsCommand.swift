import Foundation
import FlowlearnCore
import FlowlearnStore

/// `flowlearn gaps`: what the content team can learn from, grouped under the closest lesson.
enum GapsCommand: CLICommand {
    static let name = "gaps"
    static let summary = "list questions to learn from: no lesson, unpicked or picked choices, 👎"
    static let usage = """
        usage: flowlearn gaps [--since YYYY-MM-DD] [--json] [--config FILE]

        Lists the questions the content team can learn from, grouped under the lesson each came
        closest to, most asked first: questions nobody had a lesson for, close calls where the
        person picked none of the offered lessons, close calls where they picked one (proposed as
        a new phrasing of that lesson, with the `flowlearn learn` command that accepts it), and
        answers rated 👎. Each wording is listed once with its id, for `flowlearn learn`. No names.

        options:
          --since DATE    only questions asked on or after this date
          --json          the report as one JSON object
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
        let report = try session.store.contentGapReport(since: since)
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
            return ExitCode.success
        }
        if report.groups.isEmpty {
            console.out("no content gaps" + (args["since"].map { " since \($0)" } ?? ""))
            return ExitCode.success
        }
        // Titles make the groups readable; without a loadable library the ids do.
        let library = ContentLoader(root: session.config.content).load().library
        for group in report.groups {
            if let id = group.closestLesson {
                console.out("closest to \(id)" + (library?[id].map { " (\($0.title))" } ?? "") + ":")
            } else {
                console.out("no lesson came close:")
            }
            for entry in group.entries {
                let last = LocalDate(entry.lastAsked, in: session.config.timezone)
                var line = "  #\(entry.id)".padding(toLength: 8, withPad: " ", startingAt: 0) + "\(entry.count)×".padding(toLength: 5, withPad: " ", startingAt: 0)
                line += label(entry.kind).padding(toLength: 12, withPad: " ", startingAt: 0) + entry.question
                line += "  [\(entry.languages.joined(separator: ","))] last asked \(last)"
                if entry.kind == .picked, let lesson = entry.lesson {
                    line += "\n        proposed: flowlearn learn \(entry.id) \(lesson)"
                }
                console.out(line)
            }
        }
        return ExitCode.success
    }

    static func label(_ kind: ContentGapReport.Kind) -> String {
        switch kind {
        case .gap: "no lesson"
        case .unpicked: "not picked"
        case .picked: "picked"
        case .unhelpful: "rated 👎"
        }
    }
}
