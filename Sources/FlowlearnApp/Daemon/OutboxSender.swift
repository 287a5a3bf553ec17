import Foundation
import FlowlearnCore

/// Sends queued messages through the platform, in order, and records each delivery. Retries
/// what failed with a growing delay; a retry reuses the message's transaction id, so the
/// platform delivers it once.
actor OutboxSender: Service {
    nonisolated let name = "outbox"
    private let platform: any ChatPlatform
    private let store: any LearningStore
    private let clock: any TimeSource
    private let logger: Logger
    /// After this many failed attempts a message is given up on (and kept as failed).
    private let maximumAttempts = 20
    private var retryDelay: Duration = .seconds(1)
    private var wakeUp: AsyncStream<Void>.Continuation?
    private var lastError: String?

    init(platform: any ChatPlatform, store: any LearningStore, clock: any TimeSource, logger: Logger) {
        self.platform = platform
        self.store = store
        self.clock = clock
        self.logger = logger
    }

    /// True while a flush is sending; other flushes wait their turn (an actor is reentrant at
    /// each `await`, and two interleaved flushes would send the same pending message twice).
    private var flushing = false
    private var waitingFlushes: [CheckedContinuation<Void, Never>] = []

    /// Sends everything pending now, in order. Returns the number of messages still pending (-1
    /// when the store could not be read). Throws only a fatal platform error, which must stop the daemon.
    @discardableResult
    func flush() async throws -> Int {
        while flushing {
            await withCheckedContinuation { waitingFlushes.append($0) }
        }
        flushing = true
        defer {
            flushing = false
            if !waitingFlushes.isEmpty { waitingFlushes.removeFirst().resume() }
        }
        return try await sendPending()
    }

    private func sendPending() async throws -> Int {
        do {
            let items = try store.pendingOutbox(limit: 100)
            for (position, item) in items.enumerated() {
                do {
                    let id = try await platform.send(item.message, transactionID: item.transactionID)
                    try store.markSent(item.id, platformMessageID: id, at: clock.now())
                    retryDelay = .seconds(1)
                    lastError = nil
                } catch is CancellationError {
                    return items.count - position
                } catch let error as ChatPlatformError {
                    if case .fatal = error { throw error }
                    let giveUp = item.attempts + 1 >= maximumAttempts
                    try store.markAttemptFailed(item.id, error: error.description, giveUp: giveUp, at: clock.now())
                    logger.warning("sending message \(item.transactionID) failed: \(error)\(giveUp ? "; giving up" : "; will retry")")
                    lastError = error.description
                    return items.count - position
                }
            }
            return 0
        } catch let error as ChatPlatformError {
            throw error
        } catch {
            logger.error("outbox: \(error)")
            lastError = "\(error)"
            return -1
        }
    }

    /// Asks the sender to flush soon (after new messages were queued from elsewhere).
    nonisolated func poke() {
        Task { await self.signal() }
    }

    private func signal() { wakeUp?.yield() }

    func run() async throws {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        wakeUp = continuation
        // A tick every 2 s picks up messages queued by other processes (`flowlearn reflect --now`).
        // (One iterator for the whole loop: cancelling a task that waits on an AsyncStream ends
        // the stream, after which every wait returned at once and this loop spun.)
        let ticker = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(2))
                continuation.yield()
            }
        }
        defer {
            ticker.cancel()
            continuation.finish()
        }
        var wakeUps = stream.makeAsyncIterator()
        while !Task.isCancelled {
            let remaining = try await flush()
            if remaining != 0 {
                try await Task.sleep(for: retryDelay)
                retryDelay = min(retryDelay * 2, .seconds(60))
                continue
            }
            // Nothing pending: wait to be poked, or for the next tick.
            _ = await wakeUps.next()
        }
    }
}
