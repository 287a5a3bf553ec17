import Foundation
import FlowlearnCore
import FlowlearnMatrix
import FlowlearnOlm

/// Matrix end-to-end encryption over libolm, as the Matrix platform's ``MatrixEncryption``.
///
/// **The device.** One device per installation: the access token's. On the first start its Olm
/// account is made, stored, and its signed device keys, one-time keys and a fallback key are
/// published (`/keys/upload`); one-time keys are topped up to half of what the account holds
/// when a sync reports fewer (`device_one_time_keys_count`), the fallback key renewed once used.
///
/// **Reading.** Room keys come as to-device `m.room.encrypted` (Olm) messages: decrypted, checked
/// (meant for this device and user, from the to-device sender), and stored before the sync
/// position moves on. Room messages (`m.megolm.v1.aes-sha2`) are decrypted with them; the
/// session must belong to the event's sender and the message index may not repeat. A message
/// without its key is held (stored) for ``Configuration/keyWait``; a withheld key
/// (`m.room_key.withheld`) ends the wait at once.
///
/// **Sending.** In an encrypted room the bot has one Megolm session, rotated by the room's
/// `rotation_period_ms` / `rotation_period_msgs` (a week, 100 messages by default) and when
/// someone leaves or a device disappears. Before a message its key goes, over Olm, to every
/// device of every joined or invited member that does not have it (`/keys/query` for device
/// lists not current, `/keys/claim` for devices without a session). Each ratchet step is stored
/// before its ciphertext is sent.
///
/// Keys are trusted on first use (no cross-signing verification): a device whose Ed25519 key
/// changes under the same id is refused.
public actor MatrixCrypto: MatrixEncryption {
    /// How the encryption behaves.
    public struct Configuration: Sendable {
        public var pickleKey: PickleKey
        public var directChats: FlowlearnConfig.DirectChatEncryption
        /// How long a message without its key waits for it before the person gets a notice.
        public var keyWait: Duration = .seconds(15)

        public init(pickleKey: PickleKey, directChats: FlowlearnConfig.DirectChatEncryption = .match) {
            self.pickleKey = pickleKey
            self.directChats = directChats
        }
    }

    let store: CryptoStore
    let configuration: Configuration
    let observer: any MatrixPlatformObserver
    let clock: any TimeSource
    var pickleKey: PickleKey { configuration.pickleKey }

    var client: MatrixClient?
    var userID = ""
    var deviceID = ""
    var account: OlmAccount?
    var identity = (curve25519: "", ed25519: "")
    var lock = AsyncLock()
    /// The one-time key count last written for `flowlearn status` (written again only when it changes).
    var reportedOneTimeKeys: Int?

    /// Room keys in use, by room and session id.
    var roomKeys: [String: [String: (session: OlmInboundGroupSession, sender: String)]] = [:]
    /// Message indexes decrypted per session: a second event with the same index is a replay.
    var seenIndexes = RecentKeys<String>(capacity: 20_000)
    /// The bot's sessions per room.
    var outbound: [String: (session: OlmOutboundGroupSession, createdAt: Date, messages: Int)] = [:]
    /// Joined and invited members of encrypted rooms, until a membership change.
    var members: [String: Set<String>] = [:]
    /// Rooms' encryption as known (`nil` value: checked, not encrypted).
    var rooms: [String: RoomEncryption?] = [:]
    /// Held events, oldest first, with their decoded event.
    var held: [(row: CryptoStore.HeldRow, event: ClientEvent, released: Bool)] = []

    /// `clock`: the machine's (held messages' waits and session ages are real time).
    public init(store: CryptoStore, configuration: Configuration, observer: any MatrixPlatformObserver = SilentMatrixObserver(),
                clock: any TimeSource = SystemTimeSource()) {
        self.store = store
        self.configuration = configuration
        self.observer = observer
        self.clock = clock
    }

    // MARK: Start-up

    public func start(client: MatrixClient, userID: String, deviceID: String?) async throws {
        try await exclusive {
            self.client = client
            self.userID = userID
            guard let deviceID else {
                throw ChatPlatformError.fatal("matrix: the access token of \(userID) has no device, and end-to-end encryption needs one; "
                                              + "log in with a password (or SSO) to get a token with a device")
            }
            self.deviceID = deviceID
            if account == nil { try loadOrCreateAccount() }
            try await publishKeys()
        }
    }

    /// The stored account if it belongs to this device, else a new one (a new token means a new
    /// device: the old one's room keys are kept, its sessions are not).
    private func loadOrCreateAccount() throws {
        do {
            if let row = try store.account() {
                if row.userID == userID, row.deviceID == deviceID {
                    account = try OlmAccount.unpickle(row.pickle, with: pickleKey)
                } else {
                    observer.log(.notice, "matrix: the access token is for device \(deviceID), the stored keys for \(row.deviceID); "
                                 + "starting device \(deviceID) with new keys (room keys received so far are kept)")
                    try store.forgetDevice()
                }
            }
            if account == nil {
                let new = try OlmAccount.create()
                try new.generateOneTimeKeys(new.maximumOneTimeKeys / 2)
                try new.generateFallbackKey()
                let keys = new.identityKeys
                try store.saveAccount(userID: userID, deviceID: deviceID, curve25519: keys.curve25519, ed25519: keys.ed25519,
                                      pickle: try new.pickle(with: pickleKey), at: clock.now())
                account = new
                observer.log(.info, "matrix: made the encryption keys of device \(deviceID)")
            }
            identity = account!.identityKeys
            for row in try store.heldEvents() {
                if let event = try? JSONDecoder().decode(ClientEvent.self, from: Data(row.event.utf8)) { held.append((row, event, false)) }
            }
        } catch let error as OlmError where error.isWrongPickleKey {
            throw ChatPlatformError.fatal("matrix: the pickle key does not open the encryption keys in \(store.path); "
                                          + "put the key they were saved with back (pickle_key_file), or move the file away to start a new device")
        } catch let error as ChatPlatformError {
            throw error
        } catch {
            throw ChatPlatformError.fatal("matrix: cannot read or write the encryption keys in \(store.path): \(error)")
        }
    }

    /// Uploads what the homeserver does not have yet: the device keys (once), unpublished
    /// one-time keys and fallback key. Marked published, and stored, only after the upload.
    func publishKeys() async throws {
        guard let account, let client else { return }
        let uploaded = try store.account()?.keysUploaded ?? false
        let oneTime = account.unpublishedOneTimeKeys, fallback = account.unpublishedFallbackKey
        guard !uploaded || !oneTime.isEmpty || !fallback.isEmpty else { return }
        var body: [String: JSONValue] = [:]
        if !uploaded {
            body["device_keys"] = DeviceKeys.own(userID: userID, deviceID: deviceID, curve25519: identity.curve25519,
                                                 ed25519: identity.ed25519, signedBy: account)
        }
        if !oneTime.isEmpty {
            body["one_time_keys"] = DeviceKeys.signedKeys(oneTime, fallback: false, userID: userID, deviceID: deviceID, signedBy: account)
        }
        if !fallback.isEmpty {
            body["fallback_keys"] = DeviceKeys.signedKeys(fallback, fallback: true, userID: userID, deviceID: deviceID, signedBy: account)
        }
        let counts = try await client.uploadKeys(.object(body))
        account.markKeysAsPublished()
        try persist {
            try saveAccount()
            if !uploaded { try store.markDeviceKeysUploaded(at: clock.now()) }
            try store.setHealth("one_time_keys", String(counts["signed_curve25519"] ?? 0), at: clock.now())
        }
        observer.log(.info, "matrix: published \(uploaded ? "" : "the device keys of \(deviceID), ")\(oneTime.count) one-time key(s)"
                     + (fallback.isEmpty ? "" : " and a fallback key"))
    }

    func saveAccount() throws {
        guard let account else { return }
        try store.saveAccount(userID: userID, deviceID: deviceID, curve25519: identity.curve25519, ed25519: identity.ed25519,
                              pickle: try account.pickle(with: pickleKey), at: clock.now())
    }

    // MARK: Rooms

    public func isEncrypted(_ room: String) async throws -> Bool {
        try await encryption(of: room) != nil
    }

    /// The room's encryption settings, asked from the homeserver the first time.
    func encryption(of room: String) async throws -> RoomEncryption? {
        if let known = rooms[room] { return known }
        if let stored = try storeCall({ try store.roomEncryption(room) }) {
            rooms[room] = stored
            return stored
        }
        guard let client else { return nil }
        let content = try await client.stateEvent("m.room.encryption", in: room)
        let settings = content.flatMap(Self.settings)
        try remember(room, settings)
        return settings
    }

    /// `m.room.encryption` content as settings; `nil` without an algorithm.
    static func settings(_ content: JSONValue) -> RoomEncryption? {
        guard let algorithm = content["algorithm"]?.stringValue else { return nil }
        return RoomEncryption(algorithm: algorithm, rotationPeriodMilliseconds: content["rotation_period_ms"]?.int64Value,
                              rotationPeriodMessages: content["rotation_period_msgs"]?.int64Value.map(Int.init))
    }

    func remember(_ room: String, _ settings: RoomEncryption?) throws {
        rooms[room] = .some(settings)
        try storeCall { try store.saveRoomEncryption(room, settings) }
    }

    public func roomCreated(_ room: String, encrypted: Bool, members: [String]) async {
        try? remember(room, encrypted ? RoomEncryption() : nil)
        self.members[room] = Set(members)
    }

    public func encryptsNewDirectChat(with person: String, existingRooms: [String]) async -> Bool {
        switch configuration.directChats {
        case .always: return true
        case .never: return false
        case .match:
            if let latest = existingRooms.first, let encrypted = try? await isEncrypted(latest) { return encrypted }
            // No earlier chat: encrypt when the person has a device that can read it (as Element does).
            guard let client, let answer = try? await client.queryKeys(of: [person]) else { return true }
            return !DeviceKeys.devices(of: person, in: answer[person]).valid.isEmpty
        }
    }

    // MARK: Plumbing

    /// Runs `body` alone among the actor's network-awaiting work.
    func exclusive<T>(_ body: () async throws -> T) async throws -> T {
        if !lock.tryAcquire() { await withCheckedContinuation { lock.enqueue($0) } }
        defer { lock.release() }
        return try await body()
    }

    /// Stores in one transaction; a failure is a temporary platform error (the caller retries).
    func persist(_ body: () throws -> Void) throws {
        try storeCall { try store.transaction(body) }
    }

    func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ChatPlatformError {
            throw error
        } catch {
            recordProblem("the key store failed: \(error)")
            throw ChatPlatformError.temporary("matrix: the encryption key store failed: \(error)")
        }
    }

    /// Logs a problem and keeps it for `flowlearn status`.
    func recordProblem(_ text: String) {
        observer.log(.warning, "matrix: \(text)")
        try? store.setHealth("last_problem", text, at: clock.now())
    }
}
