import Foundation
import FlowlearnMatrix
import FlowlearnOlm

/// What a sync brings for encryption: room keys over Olm, withheld keys, device-list changes,
/// one-time key counts, and rooms' `m.room.encryption` and membership changes.
extension MatrixCrypto {
    static let olmAlgorithm = "m.olm.v1.curve25519-aes-sha2"

    public func absorb(_ response: SyncResponse) async {
        do {
            try await exclusive {
                try absorbRooms(response)
                try absorbDeviceLists(response.deviceLists)
                try absorbToDevice(response.toDevice)
                try await replenishKeys(response)
            }
        } catch {
            recordProblem("could not process the encryption parts of a sync (will retry with the next): \(error)")
        }
    }

    /// Rooms' encryption settings, and membership changes in encrypted rooms: someone leaving
    /// ends the bot's session there (they must not read what comes next).
    func absorbRooms(_ response: SyncResponse) throws {
        for (room, joined) in response.rooms.join {
            for event in joined.state + joined.timeline.events {
                if event.type == "m.room.encryption", event.stateKey == "", let settings = Self.settings(event.content) {
                    if rooms[room] != .some(settings) { try remember(room, settings) }
                } else if event.type == "m.room.member", let member = event.stateKey, rooms[room] != nil || members[room] != nil {
                    members[room] = nil
                    let membership = event.content["membership"]?.stringValue
                    if membership == "leave" || membership == "ban", member != userID { try endSession(in: room, because: "\(member) left") }
                }
            }
        }
    }

    func endSession(in room: String, because reason: String) throws {
        let stored = try storeCall { try store.outboundSession(room: room) }
        guard outbound[room] != nil || stored != nil else { return }
        outbound[room] = nil
        try storeCall { try store.discardOutboundSession(room: room) }
        observer.log(.debug, "matrix: new room key for \(room) at the next message (\(reason))")
    }

    func absorbDeviceLists(_ lists: SyncResponse.DeviceLists) throws {
        if !lists.changed.isEmpty { try storeCall { try store.markOutdated(lists.changed) } }
        if !lists.left.isEmpty { try storeCall { try store.untrack(lists.left) } }
    }

    /// Decrypts and acts on to-device messages; everything they change is stored before this returns.
    func absorbToDevice(_ events: [ClientEvent]) throws {
        guard let account, !events.isEmpty else { return }
        var accountChanged = false
        for event in events {
            switch event.type {
            case "m.room.encrypted":
                guard event.content["algorithm"]?.stringValue == Self.olmAlgorithm,
                      let senderKey = event.content["sender_key"]?.stringValue,
                      let mine = event.content["ciphertext"]?[identity.curve25519],
                      let type = mine["type"]?.int64Value, let body = mine["body"]?.stringValue else { continue }
                do {
                    let (plaintext, newSession) = try decryptOlm(OlmSession.Message(type: Int(type), body: body), from: senderKey, account: account)
                    accountChanged = accountChanged || newSession
                    try handleOlmPlaintext(plaintext, from: event.sender, senderKey: senderKey)
                } catch let error as OlmError {
                    // A message decrypted before a crash comes again and no longer decrypts: its
                    // key was stored then. Anything else is lost; the sender's next key will do.
                    observer.log(.notice, "matrix: could not decrypt a to-device message from \(event.sender): \(error.reason)")
                }
            case "m.room_key.withheld":
                if let room = event.content["room_id"]?.stringValue, let session = event.content["session_id"]?.stringValue {
                    let code = event.content["code"]?.stringValue ?? "unknown"
                    try storeCall { try store.withhold(room: room, session: session, code: code) }
                    observer.log(.info, "matrix: \(event.sender) withheld a room key for \(room) from this device (\(code))")
                }
            default:
                continue
            }
        }
        if accountChanged { try persist { try saveAccount() } }
    }

    /// Decrypts an Olm message with a session with `senderKey`, or a new one for a pre-key
    /// message (whose one-time key is then removed); the session is stored before returning.
    func decryptOlm(_ message: OlmSession.Message, from senderKey: String, account: OlmAccount) throws -> (String, newSession: Bool) {
        for stored in try storeCall({ try store.olmSessions(with: senderKey) }) {
            guard let session = try? OlmSession.unpickle(stored.pickle, with: pickleKey) else { continue }
            if message.isPreKey, !session.matches(preKeyMessage: message.body, from: senderKey) { continue }
            guard let plaintext = try? session.decrypt(message) else { continue }
            let (id, pickle) = (session.id, try session.pickle(with: pickleKey))
            try persist { try store.saveOlmSession(id: id, with: senderKey, pickle: pickle, at: clock.now()) }
            return (plaintext, false)
        }
        guard message.isPreKey else { throw OlmError(operation: "decrypting an Olm message", reason: "NO_MATCHING_SESSION") }
        let session = try OlmSession.inbound(to: account, theirIdentityKey: senderKey, preKeyMessage: message.body)
        try account.removeOneTimeKeys(usedBy: session)
        let plaintext = try session.decrypt(message)
        let (id, pickle) = (session.id, try session.pickle(with: pickleKey))
        try persist {
            try store.saveOlmSession(id: id, with: senderKey, pickle: pickle, at: clock.now())
            try saveAccount()
        }
        return (plaintext, true)
    }

    /// An Olm payload: checked to be for this device and from the to-device sender; a room key is stored.
    func handleOlmPlaintext(_ plaintext: String, from sender: String, senderKey: String) throws {
        guard let payload = try? JSONDecoder().decode(JSONValue.self, from: Data(plaintext.utf8)),
              payload["sender"]?.stringValue == sender, payload["recipient"]?.stringValue == userID,
              payload["recipient_keys"]?["ed25519"]?.stringValue == identity.ed25519 else {
            observer.log(.warning, "matrix: refused a to-device message from \(sender) not addressed to this device")
            return
        }
        guard payload["type"]?.stringValue == "m.room_key", let content = payload["content"],
              content["algorithm"]?.stringValue == RoomEncryption.megolm,
              let room = content["room_id"]?.stringValue, let sessionID = content["session_id"]?.stringValue,
              let sessionKey = content["session_key"]?.stringValue else { return }
        let session = try OlmInboundGroupSession.create(sessionKey: sessionKey)
        guard session.id == sessionID else {
            observer.log(.warning, "matrix: refused a room key from \(sender) whose session id does not match its key")
            return
        }
        if let existing = try storeCall({ try store.roomKey(room: room, session: sessionID) }), existing.firstIndex <= session.firstKnownIndex {
            return // the one we have reads as much or more
        }
        let row = CryptoStore.RoomKeyRow(sender: sender, senderKey: senderKey, firstIndex: session.firstKnownIndex,
                                         pickle: try session.pickle(with: pickleKey))
        try persist { try store.saveRoomKey(room: room, session: sessionID, row, at: clock.now()) }
        roomKeys[room, default: [:]][sessionID] = (session, sender)
        observer.log(.debug, "matrix: received a room key of \(sender) for \(room)")
    }

    /// Tops the one-time keys on the server up to half of what the account holds, and renews a
    /// used fallback key.
    func replenishKeys(_ response: SyncResponse) async throws {
        guard let account else { return }
        let wanted = account.maximumOneTimeKeys / 2
        let count = response.oneTimeKeyCounts["signed_curve25519"] ?? 0
        var changed = false
        if !response.oneTimeKeyCounts.isEmpty, reportedOneTimeKeys != count {
            try? store.setHealth("one_time_keys", String(count), at: clock.now())
            reportedOneTimeKeys = count
        }
        if count < wanted, !response.oneTimeKeyCounts.isEmpty || response.unusedFallbackKeyTypes != nil {
            try account.generateOneTimeKeys(wanted - count)
            changed = true
        }
        if let unused = response.unusedFallbackKeyTypes, !unused.contains("signed_curve25519") {
            try account.generateFallbackKey()
            changed = true
        }
        guard changed else { return }
        try persist { try saveAccount() }
        try await publishKeys()
    }
}
