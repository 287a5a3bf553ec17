import Foundation
import FlowlearnMatrix

/// A person on the test homeserver with their own client and their own view of the rooms,
/// kept current by their own `/sync`, the way a chat app would see the bot's messages.
public actor MatrixTestUser {
    public struct Timeout: Error, CustomStringConvertible {
        public let description: String
    }

    public nonisolated let userID: String
    public nonisolated let client: MatrixClient
    private var since: String?
    /// Every timeline event seen, per room, in order.
    public private(set) var timelines: [String: [ClientEvent]] = [:]
    /// Rooms this user is invited to, with the invite's member event.
    public private(set) var invites: [String: ClientEvent] = [:]

    public init(account: SynapseServer.Account, server: SynapseServer) {
        userID = account.userID
        client = server.client(account)
    }

    /// Catches up once (an initial sync) so later waits only see what happens afterwards.
    public func prime() async throws {
        if since == nil { try await poll(timeout: .zero) }
    }

    /// One `/sync`, folding its news into ``timelines`` and ``invites``.
    public func poll(timeout: Duration) async throws {
        let response = try await client.sync(since: since, timeout: timeout, filter: ["room": ["timeline": ["limit": 100]]])
        since = response.nextBatch
        for (room, joined) in response.rooms.join {
            timelines[room, default: []] += joined.timeline.events
            invites[room] = nil
        }
        for (room, invited) in response.rooms.invite {
            if let member = invited.inviteState.last(where: { $0.type == "m.room.member" && $0.stateKey == userID }) {
                invites[room] = member
            }
        }
    }

    /// Syncs until `find` returns something, or throws after `timeout` seconds (a hang is a failure;
    /// the wait itself is the server's long-poll, never a sleep).
    public func waitFor<T: Sendable>(_ what: String, timeout: TimeInterval = 30,
                              _ find: @Sendable (_ timelines: [String: [ClientEvent]], _ invites: [String: ClientEvent]) -> T?) async throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = find(timelines, invites) { return found }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                let seen = timelines.map { "\($0.key): " + $0.value.map { "\($0.sender) \($0.type) \($0.content["body"]?.stringValue?.prefix(60) ?? "")" }.joined(separator: " | ") }
                throw Timeout(description: "\(userID) waited \(Int(timeout)) s for \(what); saw \(seen.joined(separator: "\n"))")
            }
            try await poll(timeout: .milliseconds(Int64(min(left, 5) * 1000)))
        }
    }

    /// The events `sender` wrote in `room` so far.
    public func events(in room: String, from sender: String) -> [ClientEvent] {
        (timelines[room] ?? []).filter { $0.sender == sender }
    }

    /// Waits for a message of `sender` in `room` that `matches`.
    public func waitForMessage(in room: String, from sender: String, timeout: TimeInterval = 30,
                        where matches: @escaping @Sendable (ClientEvent) -> Bool = { _ in true }) async throws -> ClientEvent {
        try await waitFor("a message from \(sender) in \(room)", timeout: timeout) { timelines, _ in
            timelines[room]?.first { $0.sender == sender && $0.type == "m.room.message" && matches($0) }
        }
    }

    /// Waits for the reply of `sender` to `eventID` (`m.relates_to.m.in_reply_to`).
    public func waitForReply(to eventID: String, in room: String, from sender: String, timeout: TimeInterval = 30) async throws -> ClientEvent {
        try await waitForMessage(in: room, from: sender, timeout: timeout) { $0.inReplyTo == eventID }
    }

    /// Waits for an invite (from anyone) and accepts it; returns the room.
    public func acceptInvite(from inviter: String, timeout: TimeInterval = 30) async throws -> (room: String, isDirect: Bool) {
        let (room, member) = try await waitFor("an invite from \(inviter)", timeout: timeout) { _, invites in
            invites.first { $0.value.sender == inviter }.map { ($0.key, $0.value) }
        }
        try await client.join(roomID: room)
        invites[room] = nil
        return (room, member.content["is_direct"]?.boolValue ?? false)
    }

    /// Sends a text message; returns its event id.
    @discardableResult
    public nonisolated func say(_ text: String, in room: String, content extra: [String: JSONValue] = [:]) async throws -> String {
        var content: [String: JSONValue] = ["msgtype": "m.text", "body": .string(text)]
        for (key, value) in extra { content[key] = value }
        return try await client.send(roomID: room, transactionID: UUID().uuidString, content: .object(content))
    }

    /// Reacts to `eventID` with `key` (👍).
    @discardableResult
    public nonisolated func react(to eventID: String, in room: String, with key: String) async throws -> String {
        try await client.send(roomID: room, eventType: "m.reaction", transactionID: UUID().uuidString, content: [
            "m.relates_to": ["rel_type": "m.annotation", "event_id": .string(eventID), "key": .string(key)],
        ])
    }

    /// Creates a direct chat with `other` (as Element does: `is_direct`, trusted private chat).
    public nonisolated func openDirectChat(with other: String) async throws -> String {
        try await client.createRoom(.directChat(with: other))
    }

    /// Creates a group room and invites `others`.
    public nonisolated func openRoom(inviting others: [String], name: String = "Team room", roomVersion: String? = nil) async throws -> String {
        try await client.createRoom(.init(preset: "private_chat", isDirect: false, invite: others, name: name, roomVersion: roomVersion))
    }

    /// Waits until `member` has joined `room`.
    public func waitForJoin(of member: String, in room: String, timeout: TimeInterval = 30) async throws {
        _ = try await waitFor("\(member) to join \(room)", timeout: timeout) { timelines, _ in
            timelines[room]?.first { $0.type == "m.room.member" && $0.stateKey == member && $0.content["membership"]?.stringValue == "join" }
        }
    }
}
