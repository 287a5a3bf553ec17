import Foundation

/// A room's `m.room.encryption` settings, and when the bot's own session there must be replaced.
public struct RoomEncryption: Sendable, Equatable {
    /// Megolm, the only algorithm for rooms.
    public static let megolm = "m.megolm.v1.aes-sha2"
    /// The specification's defaults: a week, 100 messages.
    public static let defaultRotationMilliseconds: Int64 = 604_800_000
    public static let defaultRotationMessages = 100

    public var algorithm: String
    public var rotationPeriodMilliseconds: Int64?
    public var rotationPeriodMessages: Int?

    public init(algorithm: String = RoomEncryption.megolm, rotationPeriodMilliseconds: Int64? = nil, rotationPeriodMessages: Int? = nil) {
        self.algorithm = algorithm
        self.rotationPeriodMilliseconds = rotationPeriodMilliseconds
        self.rotationPeriodMessages = rotationPeriodMessages
    }

    /// Whether a session created at `createdAt` that has encrypted `messages` must be replaced
    /// before the next message at `now`.
    public func needsRotation(createdAt: Date, messages: Int, now: Date) -> Bool {
        let period = Double(rotationPeriodMilliseconds ?? Self.defaultRotationMilliseconds) / 1000
        return messages >= (rotationPeriodMessages ?? Self.defaultRotationMessages) || now.timeIntervalSince(createdAt) >= period
    }

    /// Whether the bot can encrypt for a room with these settings.
    public var isSupported: Bool { algorithm == Self.megolm }
}
