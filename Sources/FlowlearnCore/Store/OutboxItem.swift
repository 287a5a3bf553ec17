import Foundation

/// A message the bot has decided to send, kept in the store until the platform accepted it.
///
/// Its ``transactionID`` is fixed when it is queued, so sending it again after a crash or a
/// retry never delivers it twice.
public struct OutboxItem: Sendable, Equatable {
    /// Where a message is on its way out.
    public enum State: String, Sendable, Equatable, Codable {
        case pending
        case sent
        /// Given up on after repeated permanent failures; kept for `status` and debugging.
        case failed
    }

    public var id: Int64
    public var transactionID: String
    public var message: OutgoingMessage
    public var state: State
    public var attempts: Int
    public var queuedAt: Date

    public init(id: Int64, transactionID: String, message: OutgoingMessage, state: State = .pending,
                attempts: Int = 0, queuedAt: Date) {
        self.id = id
        self.transactionID = transactionID
        self.message = message
        self.state = state
        self.attempts = attempts
        self.queuedAt = queuedAt
    }
}
