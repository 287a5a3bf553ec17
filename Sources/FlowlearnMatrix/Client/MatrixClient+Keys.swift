import Foundation

/// The client-server API calls of end-to-end encryption: publishing this device's keys, looking
/// up and claiming other devices' keys, to-device messages, and the room facts encryption needs
/// (members, the `m.room.encryption` state).
extension MatrixClient {
    /// `POST /keys/upload` with `body` (`device_keys`, `one_time_keys`, `fallback_keys`); returns
    /// the one-time key counts the server now holds.
    public func uploadKeys(_ body: JSONValue) async throws -> [String: Int] {
        let value = try await json(call(.post, ["keys", "upload"], body: body))
        var counts: [String: Int] = [:]
        for (algorithm, count) in value["one_time_key_counts"]?.objectValue ?? [:] { counts[algorithm] = count.int64Value.map(Int.init) ?? 0 }
        return counts
    }

    /// `POST /keys/query`: the device keys of `users` (the `device_keys` object: user → device → keys).
    public func queryKeys(of users: [String]) async throws -> JSONValue {
        let body: JSONValue = ["device_keys": .object(Dictionary(uniqueKeysWithValues: users.map { ($0, .array([])) })), "timeout": 10_000]
        return try await json(call(.post, ["keys", "query"], body: body))["device_keys"] ?? [:]
    }

    /// `POST /keys/claim`: one `signed_curve25519` key for each listed device (user → devices);
    /// returns user → device → `{key id: signed key}`.
    public func claimOneTimeKeys(for devices: [String: [String]]) async throws -> JSONValue {
        let wanted = devices.mapValues { ids in JSONValue.object(Dictionary(uniqueKeysWithValues: ids.map { ($0, JSONValue.string("signed_curve25519")) })) }
        let body: JSONValue = ["one_time_keys": .object(wanted), "timeout": 10_000]
        return try await json(call(.post, ["keys", "claim"], body: body))["one_time_keys"] ?? [:]
    }

    /// `PUT /sendToDevice/{eventType}/{txnId}`: `messages` is user → device → content. Reusing
    /// `transactionID` makes a retry a no-op.
    public func sendToDevice(eventType: String, transactionID: String, messages: [String: [String: JSONValue]]) async throws {
        let body: JSONValue = ["messages": .object(messages.mapValues { .object($0) })]
        _ = try await call(.put, ["sendToDevice", eventType, transactionID], body: body)
    }

    /// `GET /rooms/{roomId}/members`: who is joined or invited (user id → membership).
    public func members(of roomID: String) async throws -> [String: String] {
        let value = try await json(call(.get, ["rooms", roomID, "members"], query: [("not_membership", "leave")]))
        var members: [String: String] = [:]
        for event in value["chunk"]?.arrayValue ?? [] {
            guard let user = event["state_key"]?.stringValue, let membership = event["content"]?["membership"]?.stringValue else { continue }
            members[user] = membership
        }
        return members
    }

    /// `GET /rooms/{roomId}/state/{eventType}/{stateKey}`: a state event's content; `nil` when the room has none.
    public func stateEvent(_ eventType: String, stateKey: String = "", in roomID: String) async throws -> JSONValue? {
        do {
            return try await json(call(.get, ["rooms", roomID, "state", eventType, stateKey]))
        } catch let error as MatrixError where error.status == 404 {
            return nil
        }
    }
}
