import Foundation
import FlowlearnCore
import FlowlearnStore

/// Runs the weekly cycle on time: checks what is due (prompts, reminders, summaries) every half
/// minute, and right at the next prompt or summary moment when that comes sooner, and purges
/// data past the retention period once a day.
struct WeeklyCycleService: Service {
    let name = "weekly-cycle"
    let settings: LiveSettings
    let store: SQLiteLearningStore
    let outbox: OutboxSender
    let clock: any TimeSource
    let logger: Logger
    let messageLimit: Int

    func run() async throws {
        while !Task.isCancelled {
            let wait = runOnce()
            try await Task.sleep(for: wait)
        }
    }

    /// Does what is due now (the daemon also calls this once before it reads any chat, so what
    /// was due at start-up comes first); returns how long to wait before the next check.
    @discardableResult
    func runOnce() -> Duration {
        let now = clock.now()
        let config = settings.config
        var wait: Duration = .seconds(30)
        do {
            try store.registerTeams(config.teams, defaultTimeZone: config.timezone, at: now)
            var cycle = WeeklyCycle(config: config, library: settings.engine.matcher.library, store: store, messageLimit: messageLimit)
            cycle.reportFailed = { [logger] in logger.error($0) }
            let queued = try cycle.runDue(now: now)
            if queued > 0 {
                logger.info("weekly cycle: \(queued) message\(queued == 1 ? "" : "s") queued")
                outbox.poke()
            }
            try purgeIfDue(now: now, retentionDays: config.retentionDays)
            if let next = try cycle.nextMoment(after: now) {
                wait = min(wait, .milliseconds(Int64(max(0, next.timeIntervalSince(now)) * 1000) + 50))
            }
        } catch {
            logger.error("weekly cycle: \(error)")
        }
        return wait
    }

    func purgeIfDue(now: Date, retentionDays: Int) throws {
        if let last = try store.state("last_purge"), now.timeIntervalSince(last.updatedAt) < 86400 { return }
        let removed = try store.purge(olderThan: now.addingTimeInterval(-Double(retentionDays) * 86400))
        try store.setState("last_purge", "\(removed)", at: now)
        if removed > 0 { logger.info("purged \(removed) records older than \(retentionDays) days") }
    }
}
