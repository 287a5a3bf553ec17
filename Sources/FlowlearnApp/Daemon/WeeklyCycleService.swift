import Foundation
import FlowlearnCore
import FlowlearnStore

/// Runs the weekly cycle on time: checks every half minute what is due (prompts, reminders,
/// summaries) and purges data past the retention period once a day.
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
            let now = clock.now()
            let config = settings.config
            do {
                try store.registerTeams(config.teams, defaultTimeZone: config.timezone, at: now)
                let cycle = WeeklyCycle(config: config, library: settings.engine.matcher.library, store: store, messageLimit: messageLimit)
                if try cycle.runDue(now: now) > 0 { outbox.poke() }
                try purgeIfDue(now: now, retentionDays: config.retentionDays)
            } catch {
                logger.error("weekly cycle: \(error)")
            }
            try await Task.sleep(for: .seconds(30))
        }
    }

    func purgeIfDue(now: Date, retentionDays: Int) throws {
        if let last = try store.state("last_purge"), now.timeIntervalSince(last.updatedAt) < 86400 { return }
        let removed = try store.purge(olderThan: now.addingTimeInterval(-Double(retentionDays) * 86400))
        try store.setState("last_purge", "\(removed)", at: now)
        if removed > 0 { logger.info("purged \(removed) records older than \(retentionDays) days") }
    }
}
