import Foundation
import FlowlearnCore
import FlowlearnStore

/// Runs the weekly cycle on time: checks every half minute what is due (prompts, reminders,
/// summaries) and purges data past the retention period once a day.
struct WeeklyCycleService: Service {
    let name = "weekly-cycle"
    let config: FlowlearnConfig
    let store: SQLiteLearningStore
    let engine: EngineHolder
    let outbox: OutboxSender
    let clock: any TimeSource
    let logger: Logger
    let messageLimit: Int

    func run() async throws {
        try store.registerTeams(config.teams, defaultTimeZone: config.timezone, at: clock.now())
        while !Task.isCancelled {
            let now = clock.now()
            do {
                let cycle = WeeklyCycle(config: config, library: engine.current.matcher.library, store: store, messageLimit: messageLimit)
                if try cycle.runDue(now: now) > 0 { outbox.poke() }
                try purgeIfDue(now: now)
            } catch {
                logger.error("weekly cycle: \(error)")
            }
            try await Task.sleep(for: .seconds(30))
        }
    }

    func purgeIfDue(now: Date) throws {
        if let last = try store.state("last_purge"), now.timeIntervalSince(last.updatedAt) < 86400 { return }
        let removed = try store.purge(olderThan: now.addingTimeInterval(-Double(config.retentionDays) * 86400))
        try store.setState("last_purge", "\(removed)", at: now)
        if removed > 0 { logger.info("purged \(removed) records older than \(config.retentionDays) days") }
    }
}
