import Foundation

/// The durable local store the daemon keeps its state in: people, questions and feedback,
/// the outbox of messages on their way out, and each platform's sync cursor.
///
/// Implemented on SQLite by `FlowlearnStore`; the core only sees this protocol.
public protocol LearningStore: AnyObject, Sendable {
    /// What the conversation needs to know to handle `event`.
    func context(for event: ChatEvent) throws -> ConversationContext

    /// Applies `turn` atomically and queues its messages. Returns the queued outbox items, or
    /// an empty array when the turn's event was handled before (a redelivery).
    @discardableResult
    func apply(_ turn: Turn, at time: Date) throws -> [OutboxItem]

    /// Messages not yet accepted by the platform, oldest first.
    func pendingOutbox(limit: Int) throws -> [OutboxItem]

    /// Records that the platform accepted an outbox item, with the platform's message id.
    func markSent(_ itemID: Int64, platformMessageID: String, at time: Date) throws

    /// Records a failed attempt; after `giveUp` it is marked failed and no longer retried.
    func markAttemptFailed(_ itemID: Int64, error: String, giveUp: Bool, at time: Date) throws

    /// The platform's saved sync position (Matrix `next_batch`), if any.
    func syncCursor(platform: String) throws -> String?

    /// Saves the platform's sync position.
    func setSyncCursor(_ cursor: String, platform: String, at time: Date) throws
}
