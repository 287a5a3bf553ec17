import Foundation
import FlowlearnCore

/// Sends the queued learning records to the learning record store, oldest first, in batches.
///
/// Durable: records wait in the store's queue across restarts and outages and leave it only when
/// the LRS stored them. A retry sends the same statement ids, which an LRS stores once. When the
/// LRS is unreachable or answers 5xx/429 the service waits, growing the wait (with jitter) up to
/// five minutes. When it refuses a batch (400/422), each statement is sent alone, and one it
/// refuses is set aside with the LRS's reason instead of holding up the rest.
public struct XAPIDeliveryService: Service {
    /// What happened, for the daemon's log.
    public enum Event: Sendable, Equatable {
        case delivered(count: Int)
        case setAside(statement: UUID, reason: String)
        /// The LRS already held a different statement with this id; it counts as delivered.
        case conflict(statement: UUID, message: String)
        case unavailable(reason: String, retryIn: Duration)
        case queueError(String)
    }

    public let name = "xapi"
    let queue: any LearningRecordQueue
    let client: LRSClient
    let builder: @Sendable () -> XAPIStatementBuilder
    let clock: any TimeSource
    let events: @Sendable (Event) -> Void
    /// How often an idle service looks for new records.
    let pollInterval: Duration
    let batchSize: Int
    let maximumRetryDelay: Duration = .seconds(300)

    /// `builder` is asked for each batch, so statements use the content as it is now.
    public init(queue: any LearningRecordQueue, client: LRSClient, builder: @escaping @Sendable () -> XAPIStatementBuilder,
                clock: any TimeSource, pollInterval: Duration = .seconds(1), batchSize: Int = 50,
                events: @escaping @Sendable (Event) -> Void) {
        self.queue = queue
        self.client = client
        self.builder = builder
        self.clock = clock
        self.pollInterval = pollInterval
        self.batchSize = batchSize
        self.events = events
    }

    public func run() async throws {
        var retryDelay: Duration = .seconds(1)
        while !Task.isCancelled {
            switch await deliverOnce() {
            case .idle:
                retryDelay = .seconds(1)
                try await Task.sleep(for: pollInterval)
            case .progressed:
                retryDelay = .seconds(1)
            case .wait(let reason, let asked):
                let delay = asked ?? Self.jittered(retryDelay)
                events(.unavailable(reason: reason, retryIn: delay))
                try await Task.sleep(for: delay)
                retryDelay = min(retryDelay * 2, maximumRetryDelay)
            }
        }
    }

    /// What one round achieved.
    enum Round: Equatable {
        /// Nothing was waiting.
        case idle
        /// Records were delivered or set aside; look again at once.
        case progressed
        /// The LRS could not take them now; wait (as long as it asked, when it did).
        case wait(String, Duration?)
    }

    /// Sends one batch of waiting records.
    func deliverOnce() async -> Round {
        let batch: [QueuedLearningRecord]
        do {
            batch = try queue.pendingLearningRecords(limit: batchSize)
        } catch {
            events(.queueError("\(error)"))
            return .wait("cannot read the queue: \(error)", nil)
        }
        guard !batch.isEmpty else { return .idle }
        let builder = self.builder()
        let statements = batch.map { builder.statement(for: $0.record) }
        switch await client.send(statements) {
        case .stored:
            return record { try queue.markLearningRecordsSent(batch.map(\.sequence), at: clock.now()); events(.delivered(count: batch.count)) }
        case .unavailable(let reason, let retryAfter):
            return failed(batch, reason, retryAfter)
        case .refused, .conflict:
            // One of them is the problem: find it by sending each alone.
            for (item, statement) in zip(batch, statements) {
                switch await client.send([statement]) {
                case .stored:
                    let result = record { try queue.markLearningRecordsSent([item.sequence], at: clock.now()); events(.delivered(count: 1)) }
                    if result != .progressed { return result }
                case .conflict(let message):
                    let result = record {
                        try queue.markLearningRecordsSent([item.sequence], at: clock.now())
                        events(.conflict(statement: item.record.id, message: message))
                    }
                    if result != .progressed { return result }
                case .refused(let status, let message):
                    let reason = "HTTP \(status): \(message)"
                    let result = record {
                        try queue.setLearningRecordAside(item.sequence, reason: reason, at: clock.now())
                        events(.setAside(statement: item.record.id, reason: reason))
                    }
                    if result != .progressed { return result }
                case .unavailable(let reason, let retryAfter):
                    return failed([item], reason, retryAfter)
                }
            }
            return .progressed
        }
    }

    private func failed(_ items: [QueuedLearningRecord], _ reason: String, _ retryAfter: Duration?) -> Round {
        // Stopping is not a problem of the LRS's: nothing to record.
        if !Task.isCancelled { try? queue.learningRecordsAttemptFailed(items.map(\.sequence), error: reason, at: clock.now()) }
        return .wait(reason, retryAfter)
    }

    private func record(_ body: () throws -> Void) -> Round {
        do {
            try body()
            return .progressed
        } catch {
            events(.queueError("\(error)"))
            return .wait("cannot update the queue: \(error)", nil)
        }
    }

    /// `delay` give or take a fifth, so many daemons do not retry in step.
    static func jittered(_ delay: Duration) -> Duration {
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        return .milliseconds(Int64(seconds * Double.random(in: 0.8...1.2) * 1000))
    }
}
