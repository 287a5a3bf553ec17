import Foundation
import FlowlearnCore

/// `flowlearn path`: starts a learning path for someone, shows where people are, lists the paths.
enum PathCommand: CLICommand {
    static let name = "path"
    static let summary = "start a learning path for someone, or show where people are on theirs"
    static let usage = """
        usage: flowlearn path start PATH-ID --person ID [--on YYYY-MM-DD] [--buddy ID] [--config FILE]
               flowlearn path status [--person ID] [--json] [--config FILE]
               flowlearn path list [--config FILE]

        start    starts the path for a person: its steps come by direct message on working days at
                 [learning] time in their timezone, from --on (default: today there). A buddy gets a
                 note now and on the days a step involves them. Once per person and path.
        status   per person and path: steps done, sent and waiting for `done`, to come; on track,
                 or behind (a step not done two working days after its day).
        list     the paths in the content, with their languages and steps.

        options:
          --person ID     a chat id
          --on DATE       the path's first day (YYYY-MM-DD)
          --buddy ID      the person's buddy (a chat id)
          --json          status as JSON, one object per person and path
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done, 1 errors (unknown path, already started, store or content problems), 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["person", "on", "buddy", "config"], flagOptions: ["json"])
        guard let action = args.positionals.first else { throw UsageError("say what to do: start, status or list") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let cycle = try session.weeklyCycle(console: console)
        let journey = cycle.journey
        switch action {
        case "start":
            guard args.positionals.count == 2 else { throw UsageError("give one path id: flowlearn path start onboarding --person ID") }
            guard let person = args["person"] else { throw UsageError("--person ID is required") }
            var start: LocalDate?
            if let text = args["on"] {
                guard let date = LocalDate(text) else { throw UsageError("--on must be a date like 2026-12-14, not `\(text)`") }
                start = date
            }
            return try startPath(args.positionals[1], person: person, start: start, buddy: args["buddy"], journey: journey,
                                 console: console, now: clock.now())
        case "status":
            guard args.positionals.count == 1 else { throw UsageError("unexpected argument `\(args.positionals[1])`") }
            let progress = try journey.progress(person: args["person"], now: clock.now())
            if args.has("json") {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for p in progress { console.out(String(decoding: try encoder.encode(p), as: UTF8.self)) }
            } else if progress.isEmpty {
                console.out(args["person"].map { "\($0) is on no path" } ?? "nobody is on a path")
            } else {
                for p in progress { console.out(describe(p)) }
            }
            return ExitCode.success
        case "list":
            let library = journey.library
            if library.paths.isEmpty { console.out("no paths in \(session.config.content)/paths") }
            for id in library.pathIDs {
                for path in library.paths where path.id == id {
                    console.out("\(id) [\(path.language.rawValue)] \(path.title): \(path.steps.count) steps (\(path.location.path))")
                }
            }
            return ExitCode.success
        default:
            throw UsageError("unknown action `\(action)`: start, status or list")
        }
    }

    static func startPath(_ id: String, person: String, start: LocalDate?, buddy: String?, journey: JourneyCycle, console: Console,
                          now: Date) throws -> Int32 {
        let record = try journey.store.person(person)
        let language = journey.language(of: record)
        guard let path = journey.library.path(id, language: language) else {
            console.err("flowlearn path: no path `\(id)` in the content (paths: \(journey.library.pathIDs.joined(separator: ", ")))")
            return ExitCode.failure
        }
        if let existing = try journey.store.enrolments(person: person).first(where: { $0.path == path.id }) {
            console.err("flowlearn path: \(person) is already on `\(path.id)` (since \(existing.start))")
            return ExitCode.failure
        }
        let zone = journey.timeZone(of: person, record: record)
        let enrolment = PathEnrolment(person: person, path: path.id, start: start ?? LocalDate(now, in: zone), buddy: buddy, startedAt: now)
        let starting = PathStart(enrolment: enrolment, path: path, calendar: journey.calendar)
        let buddyLanguage = try buddy.map { journey.language(of: try journey.store.person($0)) }
        try journey.store.apply(starting.turn(eventID: "path-start:\(person):\(path.id)", language: language, buddyLanguage: buddyLanguage), at: now)
        console.out(starting.confirmation(.en))
        return ExitCode.success
    }

    static func describe(_ p: PathProgress) -> String {
        var line = "\(p.person)  \(p.path) \"\(p.title)\"  started \(p.start)" + (p.buddy.map { "  buddy \($0)" } ?? "")
        line += "\n  \(p.done) done, \(p.skipped) skipped, \(p.waiting) sent and waiting for done, \(p.toCome) to come of \(p.total)"
        line += p.finished ? "; finished" : (p.behind ? "; behind" : "; on track")
        if let next = p.next { line += "; next: \(next.step)" + (next.date.map { " on \($0)" } ?? " after the step before it") }
        return line
    }
}
