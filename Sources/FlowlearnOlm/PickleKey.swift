/// The secret libolm encrypts pickles (saved accounts and sessions) with. Its bytes never appear
/// in a description, a log line or an error.
public struct PickleKey: Sendable, Equatable, CustomStringConvertible {
    let bytes: [UInt8]

    /// The shortest key accepted: a key from a file should be at least 32 random bytes (base64 is fine).
    public static let minimumLength = 16

    /// `bytes` as the key; `nil` when shorter than ``minimumLength``.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count >= Self.minimumLength else { return nil }
        self.bytes = bytes
    }

    public var description: String { "PickleKey(\(bytes.count) bytes, not shown)" }
}
