import Foundation
import FlowlearnCore

/// Where ``MatrixPlatform`` meets its ``MatrixEncryption``: decrypting timelines before they are
/// read, the sync's wait shortened for messages waiting for a key, unreadable messages as events
/// for the daemon, and encrypting what is sent to encrypted rooms.
extension MatrixPlatform {
    /// `timelines` with their encrypted events decrypted, plus held events whose key has come
    /// (added to their room's timeline); and the held events whose wait is over.
    func decrypted(_ timelines: [(roomID: String, events: [ClientEvent])], now: Date)
        async -> (timelines: [(roomID: String, events: [ClientEvent])], unreadable: [(room: String, event: ClientEvent)]) {
        guard let encryption else { return (timelines, []) }
        var result: [(roomID: String, events: [ClientEvent])] = []
        for (room, events) in timelines {
            result.append((room, events.contains { $0.type == "m.room.encrypted" } ? await encryption.decrypt(events, in: room) : events))
        }
        let released = await encryption.release(now: now)
        for (room, event) in released.readable {
            if let index = result.firstIndex(where: { $0.roomID == room }) {
                result[index].events.append(event)
            } else {
                result.append((room, [event]))
            }
        }
        return (result, released.unreadable)
    }

    /// How long the next sync may wait on the server: no longer than until a held message's
    /// wait for its key is over.
    func syncTimeout(_ configured: Duration) async -> Duration {
        guard let deadline = await encryption?.nextDeadline() else { return configured }
        let left = deadline.timeIntervalSinceNow
        return left <= 0 ? .zero : min(configured, .milliseconds(Int64(left * 1000) + 50))
    }

    /// The event to send to `room`: `content` as it is, or encrypted when the room is.
    func encrypted(_ content: JSONValue, type: String, in room: String) async throws -> (type: String, content: JSONValue) {
        guard let encryption, try await encryption.isEncrypted(room) else { return (type, content) }
        return ("m.room.encrypted", try await encryption.encrypt(content, type: type, in: room))
    }

    /// An encrypted `event` the bot could not read, for the daemon (which sends the notice).
    nonisolated func unreadableEvent(_ event: ClientEvent, in room: String, isDirect: Bool) -> ChatEvent {
        .unreadable(UnreadableMessage(id: event.eventID ?? "", room: room, sender: event.sender, isDirect: isDirect,
                                      receivedAt: Date(timeIntervalSince1970: Double(event.originServerTS ?? 0) / 1000)))
    }
}
