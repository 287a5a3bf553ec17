import Foundation
import FlowlearnCore

/// The chat loop: takes each event from the platform, lets the conversation decide, stores the
/// outcome atomically, and sends the replies.
struct ChatService: Service {
    let name = "chat"
    let platform: any ChatPlatform
    let store: any LearningStore
    let engine: EngineHolder
    let outbox: OutboxSender
    let clock: any TimeSource
    let logger: Logger

    func run() async throws {
        var backoff: Duration = .seconds(1)
        while !Task.isCancelled {
            let events: [ChatEvent]
            do {
                events = try await platform.nextEvents()
                backoff = .seconds(1)
            } catch ChatPlatformError.closed {
                logger.info("\(platform.name): input closed")
                try await outbox.flush()
                return
            } catch ChatPlatformError.temporary(let reason) {
                logger.warning("\(platform.name): \(reason); retrying in \(backoff)")
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(60))
                continue
            }
            for event in events {
                try handle(event)
            }
            if !events.isEmpty { try await outbox.flush() }
        }
    }

    /// Handles one event: read what the conversation needs, decide, and store the decision.
    func handle(_ event: ChatEvent) throws {
        let now = clock.now()
        let context = try store.context(for: event)
        let turn = engine.current.handle(event, context: context, now: now)
        if logger.isEnabled(.debug), case .message(let message) = event {
            logger.debug("message \(message.id) from \(message.sender): \(message.text)")
        }
        try store.apply(turn, at: now)
    }
}
