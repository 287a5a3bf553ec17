import Foundation

/// End-to-end encryption as ``MatrixPlatform`` uses it: the platform reads and sends events, this
/// decrypts and encrypts them. `FlowlearnMatrixCrypto` implements it over libolm; without one
/// the platform reads only unencrypted rooms.
///
/// Every method persists what it changed before it returns (keys received, messages held for a
/// key), so the platform's sync position is never saved past something the encryption has not
/// stored.
public protocol MatrixEncryption: Sendable {
    /// Loads this device's keys (or makes and publishes them on the first start). Throws a
    /// ``MatrixError`` for a failure to reach the homeserver; other problems are reported in
    /// ``health`` and leave encryption off.
    func start(client: MatrixClient, userID: String, deviceID: String?) async throws

    /// Reads the encryption parts of a sync answer: to-device messages (room keys), device-list
    /// changes, one-time key counts, rooms' `m.room.encryption` state. Never throws: a failure is
    /// logged and retried with a later sync.
    func absorb(_ response: SyncResponse) async

    /// `events` of `room` with each `m.room.encrypted` event replaced by the event it carries;
    /// events whose key is missing stay encrypted.
    func decrypt(_ events: [ClientEvent], in room: String) async -> [ClientEvent]

    /// Encrypted events someone wrote to the bot that it cannot decrypt yet: kept (across restarts)
    /// until their key comes or their wait is over.
    func hold(_ events: [(room: String, event: ClientEvent)]) async

    /// Held events whose key came (decrypted, to read now), and those whose wait is over without a
    /// key (one per sender's session and room: each gets a notice).
    func release(now: Date) async -> (readable: [(room: String, event: ClientEvent)], unreadable: [(room: String, event: ClientEvent)])

    /// When the earliest held event's wait is over; `nil` when nothing is held.
    func nextDeadline() async -> Date?

    /// Everything released so far is stored by the daemon (the sync position is being saved): it
    /// can be forgotten.
    func releasedEventsStored() async

    /// Whether messages to `room` must be encrypted (asks the homeserver for rooms not seen yet).
    func isEncrypted(_ room: String) async throws -> Bool

    /// The `m.room.encrypted` content of an event of `type` with `content` for `room`, after
    /// sharing the room key with every device of its members that does not have it yet.
    func encrypt(_ content: JSONValue, type: String, in room: String) async throws -> JSONValue

    /// Whether a direct chat the bot opens with `person` should be encrypted; `existingRooms`:
    /// the bot's earlier direct chats with them, newest first.
    func encryptsNewDirectChat(with person: String, existingRooms: [String]) async -> Bool

    /// The bot created `room` (encrypted or not) with `members`.
    func roomCreated(_ room: String, encrypted: Bool, members: [String]) async
}
