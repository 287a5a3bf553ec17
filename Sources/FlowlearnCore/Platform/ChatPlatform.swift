/// A chat platform the daemon talks through: the shell in a terminal, Matrix, and later others.
///
/// The daemon drives every platform the same way: it asks for the next events, hands them to
/// the conversation, and sends what comes back. A platform delivers each event once; after a
/// restart it resumes after the last event it delivered.
public protocol ChatPlatform: Sendable {
    /// A short name for logs and status: `shell`, `matrix`.
    var name: String { get }

    /// Waits for the next batch of events. Returns an empty array when a poll found nothing;
    /// throws ``ChatPlatformError/closed`` when the platform has ended (the shell's input closed).
    func nextEvents() async throws -> [ChatEvent]

    /// Sends `message`, using `transactionID` so that sending the same message twice (after a
    /// crash or a retry) delivers it once. Returns the platform's id of the sent message.
    func send(_ message: OutgoingMessage, transactionID: String) async throws -> String

    /// The longest message the platform accepts, in characters; longer texts are split.
    var maximumMessageLength: Int { get }

    /// Where the platform stands, for the daemon's one-line status: "in 12 rooms", or
    /// "homeserver unreachable, retrying". `nil` when there is nothing to say.
    var connectionSummary: String? { get }

    /// Where the daemon's chat loop and outbox should run: the thread the platform's network
    /// traffic arrives on, when it has one. `nil`: the default executors.
    var preferredExecutor: (any TaskExecutor)? { get }
}

extension ChatPlatform {
    public var connectionSummary: String? { nil }
    public var preferredExecutor: (any TaskExecutor)? { nil }
}

/// Why a platform could not do what was asked.
public enum ChatPlatformError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The platform has ended and will deliver no more events.
    case closed
    /// A temporary failure (network, server error): retry later.
    case temporary(String)
    /// The platform refuses us for good (revoked token): the daemon must stop.
    case fatal(String)

    public var description: String {
        switch self {
        case .closed: return "the chat platform closed"
        case .temporary(let reason): return "temporary chat platform failure: \(reason)"
        case .fatal(let reason): return reason
        }
    }
}
