import Foundation
import FlowlearnCore
import FlowlearnMatrix
import FlowlearnOlm

/// Encrypting the bot's messages: the room's Megolm session, its key shared over Olm with every
/// device of every member first.
extension MatrixCrypto {
    public func encrypt(_ content: JSONValue, type: String, in room: String) async throws -> JSONValue {
        try await exclusive {
            guard let settings = try await encryption(of: room) else {
                throw ChatPlatformError.temporary("matrix: \(room) is not encrypted")
            }
            guard settings.isSupported else {
                throw ChatPlatformError.temporary("matrix: \(room) uses the encryption algorithm \(settings.algorithm), which Flowlearn cannot use")
            }
            let session = try await sharedSession(in: room, settings: settings)
            var relation: JSONValue?
            var inner = content.objectValue ?? [:]
            if let relates = inner["m.relates_to"] { relation = relates }
            let plaintext: JSONValue = ["type": .string(type), "content": .object(inner), "room_id": .string(room)]
            let ciphertext = try olm { try session.session.encrypt(plaintext.jsonText) }
            outbound[room]?.messages += 1
            try persist {
                try store.saveOutboundSession(room: room, CryptoStore.OutboundRow(
                    sessionID: session.session.id, pickle: try session.session.pickle(with: pickleKey), createdAt: session.createdAt,
                    messages: session.messages + 1))
            }
            inner = [
                "algorithm": .string(RoomEncryption.megolm), "ciphertext": .string(ciphertext), "session_id": .string(session.session.id),
                "sender_key": .string(identity.curve25519), "device_id": .string(deviceID),
            ]
            if let relation { inner["m.relates_to"] = relation }
            return .object(inner)
        }
    }

    /// The room's session, new when there is none or it is due for rotation, with its key shared
    /// with every current device of the room's members.
    func sharedSession(in room: String, settings: RoomEncryption) async throws -> (session: OlmOutboundGroupSession, createdAt: Date, messages: Int) {
        let memberIDs = try await roomMembers(room)
        let devices = try await currentDevices(of: memberIDs.sorted()).filter { !($0.userID == userID && $0.deviceID == deviceID) }
        var current = try loadOutbound(room)
        var shared: Set<DeviceRef> = []
        if let existing = current {
            shared = try storeCall { try store.shares(room: room, session: existing.session.id) }
            let present = Set(devices.map(\.ref))
            if settings.needsRotation(createdAt: existing.createdAt, messages: existing.messages, now: clock.now()) || !shared.isSubset(of: present) {
                try endSession(in: room, because: "rotation")
                current = nil
                shared = []
            }
        }
        if current == nil {
            let session = try olm { try OlmOutboundGroupSession.create() }
            let now = clock.now()
            try persist {
                try store.saveOutboundSession(room: room, CryptoStore.OutboundRow(sessionID: session.id, pickle: try session.pickle(with: pickleKey),
                                                                                  createdAt: now, messages: 0))
            }
            current = (session, now, 0)
        }
        let session = current!
        outbound[room] = session
        let missing = devices.filter { !shared.contains($0.ref) }
        if !missing.isEmpty { try await share(session.session, of: room, with: missing) }
        return session
    }

    func loadOutbound(_ room: String) throws -> (session: OlmOutboundGroupSession, createdAt: Date, messages: Int)? {
        if let session = outbound[room] { return session }
        guard let row = try storeCall({ try store.outboundSession(room: room) }) else { return nil }
        let session = (try olm { try OlmOutboundGroupSession.unpickle(row.pickle, with: pickleKey) }, row.createdAt, row.messages)
        outbound[room] = session
        return session
    }

    /// The room's joined and invited members (asked once, until a membership change).
    func roomMembers(_ room: String) async throws -> Set<String> {
        if let known = members[room] { return known }
        guard let client else { return [] }
        let all = try await client.members(of: room)
        let current = Set(all.filter { $0.value == "join" || $0.value == "invite" }.keys)
        members[room] = current
        return current
    }

    /// The devices of `users`, their lists fetched (`/keys/query`) when not known or changed.
    func currentDevices(of users: [String]) async throws -> [Device] {
        let known = try storeCall { try store.currentUsers() }
        let stale = users.filter { !known.contains($0) }
        if !stale.isEmpty, let client {
            let answer = try await client.queryKeys(of: stale)
            let before = Dictionary(grouping: try storeCall { try store.devices(of: stale) }, by: \.userID)
            for user in stale {
                var (valid, rejected) = DeviceKeys.devices(of: user, in: answer[user])
                // Trust on first use: a device id whose signing key changed is not the same device.
                let changed = valid.filter { device in before[user]?.contains { $0.deviceID == device.deviceID && $0.ed25519 != device.ed25519 } == true }
                valid.removeAll { changed.contains($0) }
                rejected += changed.map(\.deviceID)
                if !rejected.isEmpty { observer.log(.warning, "matrix: ignored device(s) \(rejected.joined(separator: ", ")) of \(user): keys not validly signed or changed") }
                try storeCall { try store.replaceDevices(of: user, with: valid) }
            }
        }
        return try storeCall { try store.devices(of: users) }
    }

    /// Sends the session's key to `devices` over Olm (claiming one-time keys for devices without
    /// a session); Olm sessions are stored before the message goes, the shares after.
    func share(_ session: OlmOutboundGroupSession, of room: String, with devices: [Device]) async throws {
        guard let client, let account else { return }
        var sessions: [Device: OlmSession] = [:]
        for device in devices {
            if let stored = try storeCall({ try store.olmSessions(with: device.curve25519) }).first {
                sessions[device] = try olm { try OlmSession.unpickle(stored.pickle, with: pickleKey) }
            }
        }
        let needKeys = devices.filter { sessions[$0] == nil }
        if !needKeys.isEmpty {
            let claimed = try await client.claimOneTimeKeys(for: Dictionary(grouping: needKeys, by: \.userID).mapValues { $0.map(\.deviceID) })
            for device in needKeys {
                guard let (keyID, signed) = claimed[device.userID]?[device.deviceID]?.objectValue?.first(where: { $0.key.hasPrefix("signed_curve25519:") }),
                      let object = signed.objectValue, let key = object["key"]?.stringValue,
                      SignedJSON.verify(object, signer: device.userID, keyID: device.deviceID, publicKey: device.ed25519) else {
                    observer.log(.notice, "matrix: no usable one-time key for device \(device.deviceID) of \(device.userID); it will not get the room key")
                    continue
                }
                _ = keyID
                sessions[device] = try olm { try OlmSession.outbound(from: account, theirIdentityKey: device.curve25519, theirOneTimeKey: key) }
            }
        }
        let roomKey: JSONValue = ["algorithm": .string(RoomEncryption.megolm), "room_id": .string(room),
                                  "session_id": .string(session.id), "session_key": .string(session.sessionKey)]
        var messages: [String: [String: JSONValue]] = [:]
        var sent: [DeviceRef] = []
        try persist {
            for (device, olmSession) in sessions.sorted(by: { ($0.key.userID, $0.key.deviceID) < ($1.key.userID, $1.key.deviceID) }) {
                let payload: JSONValue = [
                    "type": "m.room_key", "content": roomKey, "sender": .string(userID), "sender_device": .string(deviceID),
                    "keys": ["ed25519": .string(identity.ed25519)], "recipient": .string(device.userID),
                    "recipient_keys": ["ed25519": .string(device.ed25519)],
                ]
                let message = try olmSession.encrypt(payload.jsonText)
                try store.saveOlmSession(id: olmSession.id, with: device.curve25519, pickle: try olmSession.pickle(with: pickleKey), at: clock.now())
                messages[device.userID, default: [:]][device.deviceID] = [
                    "algorithm": .string(Self.olmAlgorithm), "sender_key": .string(identity.curve25519),
                    "ciphertext": .object([device.curve25519: ["type": .number(Double(message.type)), "body": .string(message.body)]]),
                ]
                sent.append(device.ref)
            }
        }
        guard !messages.isEmpty else { return }
        try await client.sendToDevice(eventType: "m.room.encrypted", transactionID: UUID().uuidString, messages: messages)
        try storeCall { try store.addShares(room: room, session: session.id, sent) }
        observer.log(.debug, "matrix: shared the room key of \(room) with \(sent.count) device(s)")
    }

    /// A libolm failure while sending, as a temporary platform error (kept for `flowlearn status`).
    func olm<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as OlmError {
            recordProblem("\(error)")
            throw ChatPlatformError.temporary("matrix: \(error)")
        }
    }
}
