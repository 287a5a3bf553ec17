import Foundation
import FlowlearnMatrix
import FlowlearnOlm

/// Decrypting room messages, and holding those whose key has not come (yet).
extension MatrixCrypto {
    public func decrypt(_ events: [ClientEvent], in room: String) async -> [ClientEvent] {
        events.map { event in
            guard event.type == "m.room.encrypted" else { return event }
            return (try? decrypted(event, in: room)) ?? event
        }
    }

    /// The event an `m.room.encrypted` room event carries; `nil` without its key. Throws for an
    /// event that must not be read (wrong room, another sender's session, a replayed index).
    func decrypted(_ event: ClientEvent, in room: String) throws -> ClientEvent? {
        guard event.content["algorithm"]?.stringValue == RoomEncryption.megolm,
              let sessionID = event.content["session_id"]?.stringValue, let ciphertext = event.content["ciphertext"]?.stringValue,
              let key = try roomKey(room: room, session: sessionID) else { return nil }
        guard key.sender == event.sender else {
            observer.log(.warning, "matrix: refused an event of \(event.sender) in \(room) encrypted with a session of \(key.sender)")
            return nil
        }
        let (plaintext, index) = try key.session.decrypt(ciphertext)
        let slot = "\(sessionID)|\(index)"
        if let earlier = seenIndexes[slot], earlier != event.eventID {
            observer.log(.warning, "matrix: refused an event in \(room) that reuses message index \(index) of a session (a replay)")
            return nil
        }
        seenIndexes.insert(slot, event.eventID ?? "")
        guard let payload = try? JSONDecoder().decode(JSONValue.self, from: Data(plaintext.utf8)),
              payload["room_id"]?.stringValue == room, let type = payload["type"]?.stringValue else {
            observer.log(.warning, "matrix: refused an encrypted event in \(room) whose cleartext names another room or no type")
            return nil
        }
        var content = payload["content"]?.objectValue ?? [:]
        // Relations travel in the clear (so the server can group threads); the cleartext may omit them.
        if content["m.relates_to"] == nil, let relation = event.content["m.relates_to"] { content["m.relates_to"] = relation }
        var clear = event
        clear.type = type
        clear.content = .object(content)
        return clear
    }

    /// A room key, from memory or the store.
    func roomKey(room: String, session: String) throws -> (session: OlmInboundGroupSession, sender: String)? {
        if let key = roomKeys[room]?[session] { return key }
        guard let row = try store.roomKey(room: room, session: session) else { return nil }
        let key = (try OlmInboundGroupSession.unpickle(row.pickle, with: pickleKey), row.sender)
        roomKeys[room, default: [:]][session] = key
        return key
    }

    public func hold(_ events: [(room: String, event: ClientEvent)]) async {
        let now = clock.now()
        for (room, event) in events {
            guard let id = event.eventID, !held.contains(where: { $0.row.eventID == id }) else { continue }
            let row = CryptoStore.HeldRow(eventID: id, room: room, event: (try? String(decoding: JSONEncoder().encode(event), as: UTF8.self)) ?? "{}",
                                          heldAt: now)
            do {
                try store.hold(row)
            } catch {
                recordProblem("could not keep an encrypted message while waiting for its key: \(error)")
            }
            held.append((row, event, false))
            observer.log(.info, "matrix: waiting for the key of a message of \(event.sender) in \(room)")
        }
    }

    public func release(now: Date) async -> (readable: [(room: String, event: ClientEvent)], unreadable: [(room: String, event: ClientEvent)]) {
        var readable: [(room: String, event: ClientEvent)] = [], unreadable: [(room: String, event: ClientEvent)] = []
        var noticed: Set<String> = []
        var released: [String] = []
        for index in held.indices where !held[index].released {
            let (row, event, _) = held[index]
            let session = event.content["session_id"]?.stringValue ?? ""
            if let clear = try? decrypted(event, in: row.room) {
                readable.append((row.room, clear))
            } else if now >= row.heldAt.addingTimeInterval(Double(configuration.keyWait.components.seconds))
                        || (try? store.isWithheld(room: row.room, session: session)) == true {
                // One notice per sender's session and room: a batch of unreadable messages is one problem.
                if noticed.insert("\(row.room)|\(event.sender)|\(session)").inserted { unreadable.append((row.room, event)) }
                observer.log(.notice, "matrix: no key came for a message of \(event.sender) in \(row.room); asking to send it again")
            } else {
                continue
            }
            held[index].released = true
            released.append(row.eventID)
        }
        if !released.isEmpty {
            do { try store.markReleased(released) } catch { recordProblem("could not mark held messages released: \(error)") }
        }
        return (readable, unreadable)
    }

    /// A withheld key ends the wait at once (its deadline is when the message was held).
    public func nextDeadline() async -> Date? {
        held.filter { !$0.released }.map { item in
            let session = item.event.content["session_id"]?.stringValue ?? ""
            let withheld = (try? store.isWithheld(room: item.row.room, session: session)) == true
            return withheld ? item.row.heldAt : item.row.heldAt.addingTimeInterval(Double(configuration.keyWait.components.seconds))
        }.min()
    }

    public func releasedEventsStored() async {
        guard held.contains(where: \.released) else { return }
        held.removeAll(where: \.released)
        do { try store.deleteReleased() } catch { recordProblem("could not forget released messages: \(error)") }
    }
}
