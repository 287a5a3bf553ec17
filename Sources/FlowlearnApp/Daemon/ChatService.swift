import Foundation
import FlowlearnCore
import FlowlearnStore

/// The chat loop: takes each event from the platform, lets the conversation decide, stores the
/// outcome atomically, and sends the replies.
struct ChatService: Service {
    let name = "chat"
    let platform: any ChatPlatform
    let store: SQLiteLearningStore
    let settings: LiveSettings
    let outbox: OutboxSender
    let clock: any TimeSource
    let logger: Logger
    let liveness: Liveness

    func run() async throws {
        var backoff: Duration = .seconds(1)
        var lastSyncRecorded = Date.distantPast
        while !Task.isCancelled {
            let events: [ChatEvent]
            do {
                events = try await platform.nextEvents()
                backoff = .seconds(1)
                let now = clock.now()
                if now.timeIntervalSince(lastSyncRecorded) >= 10 {
                    try store.setState("last_sync", "\(platform.name)", at: now)
                    lastSyncRecorded = now
                }
            } catch ChatPlatformError.closed {
                logger.info("\(platform.name): input closed")
                try await outbox.flush()
                return
            } catch ChatPlatformError.temporary(let reason) {
                logger.warning("\(platform.name): \(reason); retrying in \(backoff)")
                try? store.setState("last_error", "\(platform.name): \(reason)", at: clock.now())
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(60))
                continue
            }
            for event in events {
                liveness.beginWork()
                defer { liveness.endWork() }
                try handle(event)
            }
            if !events.isEmpty { try await outbox.flush() }
        }
    }

    /// Handles one event: read what the conversation needs, decide, and store the decision.
    func handle(_ event: ChatEvent) throws {
        let now = clock.now()
        let context = try store.context(for: event)
        let turn = settings.engine.handle(event, context: context, now: now)
        if logger.isEnabled(.debug), case .message(let message) = event {
            logger.debug("message \(message.id) from \(message.sender): \(message.text)")
        }
        try store.apply(turn, at: now)
    }
}
