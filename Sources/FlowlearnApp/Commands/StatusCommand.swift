import Foundation
import FlowlearnCore
import FlowlearnMatrixCrypto
import FlowlearnStore

/// `flowlearn status`: what the daemon is doing, read from its store.
enum StatusCommand: CLICommand {
    static let name = "status"
    static let summary = "show the daemon's state: sync, outbox, schedule, content, last error"
    static let usage = """
        usage: flowlearn status [--config FILE]

        Reads the store and the config and prints: the platform, the last successful sync, the
        messages waiting in the outbox, the next reflection and summary times, the content
        library's size and problems, on Matrix the encryption device and whether its keys are
        healthy, and the last error.

        exit codes: 0 done, 1 the store or config cannot be read, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config"], flagOptions: [])
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let config = session.config
        let now = clock.now()
        func ago(_ date: Date) -> String {
            let seconds = Int(now.timeIntervalSince(date))
            let text = seconds < 120 ? "\(seconds) s" : seconds < 7200 ? "\(seconds / 60) min" : "\(seconds / 3600) h"
            return StatusLine.format(date, timeZone: config.timezone) + " (\(text) ago)"
        }
        var lines: [(String, String)] = []
        lines.append(("platform", config.platform.rawValue + (config.platform == .matrix ? " \(config.matrix.homeserver ?? "?") as \(config.matrix.user ?? "?")" : "")))
        lines.append(("store", config.storePath))
        lines.append(("last successful sync", try session.store.state("last_sync").map { ago($0.updatedAt) } ?? "never"))
        let outbox = try session.store.outboxCounts()
        lines.append(("outbox", "\(outbox.pending) pending, \(outbox.failed) failed"))
        let scheduler = WeeklyScheduler(planner: ReflectionPlanner(config: config))
        let roster = WeeklyRoster(config: config, store: session.store)
        let people = try roster.people()
        lines.append(("next reflection", scheduler.nextPrompt(after: now, people: people).map { StatusLine.format($0, timeZone: config.timezone) } ?? "none planned"))
        lines.append(("next summary", scheduler.nextSummary(after: now, teams: try roster.teams()).map { StatusLine.format($0, timeZone: config.timezone) } ?? "no teams"))
        let content = ContentLoader(root: config.content).load()
        let counts = content.library?.countsByLanguage ?? [:]
        lines.append(("content", "\(content.library?.lessons.count ?? 0) lessons (\(counts[.nl] ?? 0) nl, \(counts[.en] ?? 0) en) in \(config.content), "
                      + "\(content.diagnostics.errors.count) errors, \(content.diagnostics.warnings.count) warnings"))
        for problem in content.diagnostics.errors.prefix(5) { lines.append(("", problem.description)) }
        if config.platform == .matrix { lines += CryptoHealth.lines(path: config.cryptoStorePath, ago: ago) }
        lines.append(("last error", try session.store.state("last_error").map { "\($0.value) at \(ago($0.updatedAt))" } ?? "none"))
        for (key, value) in lines {
            console.out(key.isEmpty ? "  " + value : (key + ":").padding(toLength: 22, withPad: " ", startingAt: 0) + value)
        }
        return ExitCode.success
    }
}
