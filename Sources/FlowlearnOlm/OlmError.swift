/// Why a libolm call failed: the operation, and libolm's own error name (`BAD_MESSAGE_MAC`,
/// `BAD_ACCOUNT_KEY`, `UNKNOWN_MESSAGE_INDEX`, ...). Never carries key material.
public struct OlmError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done: "decrypting an Olm message", "unpickling the account".
    public var operation: String
    /// libolm's error name.
    public var reason: String

    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// The pickle key does not open this pickle (a wrong key, or a pickle written with another one).
    public var isWrongPickleKey: Bool { reason == "BAD_ACCOUNT_KEY" }

    /// A Megolm message older than the first index this session knows (the sender shared the
    /// session from a later point on).
    public var isUnknownMessageIndex: Bool { reason == "UNKNOWN_MESSAGE_INDEX" }

    /// The message was not made for this session, or was tampered with.
    public var isBadMessage: Bool {
        ["BAD_MESSAGE_MAC", "BAD_MESSAGE_KEY_ID", "BAD_MESSAGE_FORMAT", "BAD_MESSAGE_VERSION", "BAD_SIGNATURE"].contains(reason)
    }

    public var description: String { "libolm: \(operation) failed: \(reason)" }
}
