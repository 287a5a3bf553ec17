import Foundation
import FlowlearnHTTP

/// Typed calls to the Matrix client-server API (v3) for one access token, over any
/// ``HTTPClient`` (libcurl's in the daemon).
///
/// The token goes in the `Authorization` header only, never in a URL, so no error or log line
/// can show it. Identifiers are percent-encoded into paths by ``MatrixPath``. Every call throws
/// ``MatrixError`` (or `CancellationError` when its task is cancelled).
public struct MatrixClient: Sendable {
    /// The homeserver's base URL, e.g. `https://matrix.example.org` (no trailing slash).
    public let homeserver: String
    private let accessToken: String
    private let http: any HTTPClient

    public init(homeserver: String, accessToken: String, http: any HTTPClient) {
        var base = homeserver
        while base.hasSuffix("/") { base.removeLast() }
        self.homeserver = base
        self.accessToken = accessToken
        self.http = http
    }

    /// The executor of the HTTP client's transfer thread, if it has one (see ``HTTPClient/preferredExecutor``).
    public var preferredExecutor: (any TaskExecutor)? { http.preferredExecutor }

    // MARK: Account

    /// `GET /account/whoami`: whose token this is.
    public func whoami() async throws -> WhoAmI {
        try await decode(WhoAmI.self, call(.get, ["account", "whoami"]))
    }

    /// The answer of ``whoami()``.
    public struct WhoAmI: Sendable, Equatable, Decodable {
        public var userID: String
        public var deviceID: String?
        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case deviceID = "device_id"
        }
    }

    /// `GET /profile/{userId}/displayname`; `nil` when the user has none.
    public func displayName(of userID: String) async throws -> String? {
        do {
            let value = try await json(call(.get, ["profile", userID, "displayname"]))
            return value["displayname"]?.stringValue
        } catch let error as MatrixError where error.status == 404 {
            return nil
        }
    }

    /// `PUT /profile/{userId}/displayname`.
    public func setDisplayName(_ name: String, of userID: String) async throws {
        _ = try await call(.put, ["profile", userID, "displayname"], body: ["displayname": .string(name)])
    }

    /// `POST /logout`: invalidates this client's token.
    public func logout() async throws {
        _ = try await call(.post, ["logout"], body: [:])
    }

    // MARK: Sync

    /// `GET /sync`. Without `since` it is an initial sync (answered at once with the full state);
    /// with it, the server holds the request up to `timeout` until something new arrives.
    public func sync(since: String?, timeout: Duration, filter: JSONValue) async throws -> SyncResponse {
        var query: [(String, String)] = [("filter", filter.jsonText), ("timeout", String(timeout.wholeMilliseconds))]
        if let since { query.append(("since", since)) }
        // The server may answer up to `timeout` late plus its own work; 20 s of slack.
        let result = try await call(.get, ["sync"], query: query, timeout: timeout + .seconds(20))
        return try decode(SyncResponse.self, result)
    }

    /// `GET /rooms/{roomId}/messages`: a page of a room's events, from the `from` token in
    /// `direction` (`b` backwards, `f` forwards), stopping at `to`.
    public func messages(roomID: String, from: String, to: String?, direction: String = "b", limit: Int = 100,
                         filter: JSONValue? = nil) async throws -> MessagesPage {
        var query: [(String, String)] = [("from", from), ("dir", direction), ("limit", String(limit))]
        if let to { query.append(("to", to)) }
        if let filter { query.append(("filter", filter.jsonText)) }
        return try await decode(MessagesPage.self, call(.get, ["rooms", roomID, "messages"], query: query))
    }

    /// One page of ``messages(roomID:from:to:direction:limit:filter:)``.
    public struct MessagesPage: Sendable, Equatable, Decodable {
        public var chunk: [ClientEvent]
        /// The token for the next page; `nil` when there are no more events.
        public var end: String?
    }

    /// `GET /rooms/{roomId}/event/{eventId}`.
    public func event(roomID: String, eventID: String) async throws -> ClientEvent {
        try await decode(ClientEvent.self, call(.get, ["rooms", roomID, "event", eventID]))
    }

    // MARK: Rooms

    /// `GET /joined_rooms`.
    public func joinedRooms() async throws -> [String] {
        let value = try await json(call(.get, ["joined_rooms"]))
        return value["joined_rooms"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// `POST /rooms/{roomId}/join`; returns the room id.
    @discardableResult
    public func join(roomID: String) async throws -> String {
        let value = try await json(call(.post, ["rooms", roomID, "join"], body: [:]))
        return value["room_id"]?.stringValue ?? roomID
    }

    /// `POST /rooms/{roomId}/leave` (also rejects an invite).
    public func leave(roomID: String) async throws {
        _ = try await call(.post, ["rooms", roomID, "leave"], body: [:])
    }

    /// `POST /rooms/{roomId}/invite`.
    public func invite(userID: String, to roomID: String) async throws {
        _ = try await call(.post, ["rooms", roomID, "invite"], body: ["user_id": .string(userID)])
    }

    /// `POST /createRoom`; returns the new room's id.
    public func createRoom(_ request: CreateRoom) async throws -> String {
        let value = try await json(call(.post, ["createRoom"], body: request.json))
        guard let id = value["room_id"]?.stringValue else {
            throw MatrixError.invalidResponse(endpoint: endpoint(.post, ["createRoom"]), status: 200, reason: "no room_id")
        }
        return id
    }

    /// What ``createRoom(_:)`` creates.
    public struct CreateRoom: Sendable, Equatable {
        /// `private_chat`, `trusted_private_chat` or `public_chat`.
        public var preset: String
        public var isDirect: Bool
        public var invite: [String]
        public var name: String?
        /// The room version; `nil` for the server's default.
        public var roomVersion: String?
        /// State events the room starts with (`type`, `state_key`, `content`), e.g. `m.room.encryption`.
        public var initialState: [JSONValue]

        public init(preset: String = "private_chat", isDirect: Bool = false, invite: [String] = [], name: String? = nil,
                    roomVersion: String? = nil, initialState: [JSONValue] = []) {
            self.preset = preset
            self.isDirect = isDirect
            self.invite = invite
            self.name = name
            self.roomVersion = roomVersion
            self.initialState = initialState
        }

        /// A direct chat with `userID`, as clients create them (encrypted with Megolm when `encrypted`).
        public static func directChat(with userID: String, encrypted: Bool = false) -> CreateRoom {
            CreateRoom(preset: "trusted_private_chat", isDirect: true, invite: [userID],
                       initialState: encrypted ? [["type": "m.room.encryption", "state_key": "", "content": ["algorithm": "m.megolm.v1.aes-sha2"]]] : [])
        }

        var json: JSONValue {
            var object: [String: JSONValue] = [
                "preset": .string(preset), "is_direct": .bool(isDirect), "invite": .array(invite.map { .string($0) }),
            ]
            if let name { object["name"] = .string(name) }
            if let roomVersion { object["room_version"] = .string(roomVersion) }
            if !initialState.isEmpty { object["initial_state"] = .array(initialState) }
            return .object(object)
        }
    }

    // MARK: Events

    /// `PUT /rooms/{roomId}/send/{eventType}/{txnId}`; returns the event id. Sending the same
    /// `transactionID` again (with the same token) returns the first event's id and sends nothing.
    public func send(roomID: String, eventType: String = "m.room.message", transactionID: String, content: JSONValue) async throws -> String {
        let segments = ["rooms", roomID, "send", eventType, transactionID]
        let value = try await json(call(.put, segments, body: content))
        guard let id = value["event_id"]?.stringValue else {
            throw MatrixError.invalidResponse(endpoint: endpoint(.put, segments), status: 200, reason: "no event_id")
        }
        return id
    }

    // MARK: Account data

    /// `GET /user/{userId}/account_data/{type}`; `nil` when there is none.
    public func accountData(_ type: String, of userID: String) async throws -> JSONValue? {
        do {
            return try await json(call(.get, ["user", userID, "account_data", type]))
        } catch let error as MatrixError where error.status == 404 {
            return nil
        }
    }

    /// `PUT /user/{userId}/account_data/{type}`.
    public func setAccountData(_ type: String, of userID: String, to content: JSONValue) async throws {
        _ = try await call(.put, ["user", userID, "account_data", type], body: content)
    }

    /// `PUT /pushrules/global/{kind}/{ruleId}/enabled`: switches a push rule on or off.
    public func setPushRule(kind: String, ruleID: String, enabled: Bool) async throws {
        _ = try await call(.put, ["pushrules", "global", kind, ruleID, "enabled"], body: ["enabled": .bool(enabled)])
    }

    /// `GET /pushrules/global/{kind}/{ruleId}/enabled`.
    public func isPushRuleEnabled(kind: String, ruleID: String) async throws -> Bool {
        try await json(call(.get, ["pushrules", "global", kind, ruleID, "enabled"]))["enabled"]?.boolValue ?? false
    }

    // MARK: Plumbing

    /// `METHOD /_matrix/client/v3/seg/seg` (encoded, no query): how errors name the endpoint.
    func endpoint(_ method: HTTPMethod, _ segments: [String]) -> String {
        "\(method.rawValue) /_matrix/client/v3" + MatrixPath.join(segments)
    }

    /// Sends one request; returns the body of a 2xx answer, throws ``MatrixError`` otherwise.
    func call(_ method: HTTPMethod, _ segments: [String], query: [(String, String)] = [], body: JSONValue? = nil,
              timeout: Duration? = nil) async throws -> (endpoint: String, status: Int, body: [UInt8]) {
        let endpoint = endpoint(method, segments)
        var headers: HTTPHeaders = ["Authorization": "Bearer " + accessToken, "Accept": "application/json"]
        var bytes: [UInt8] = []
        if let body {
            headers["Content-Type"] = "application/json"
            bytes = Array(body.jsonText.utf8)
        }
        let url = homeserver + "/_matrix/client/v3" + MatrixPath.join(segments) + MatrixPath.query(query)
        let response: HTTPResponse
        do {
            response = try await http.send(HTTPRequest(method: method, url: url, headers: headers, body: bytes, timeout: timeout))
        } catch let error as HTTPError {
            throw MatrixError.transport(endpoint: endpoint, error)
        }
        guard response.isSuccess else { throw Self.serverError(endpoint: endpoint, response: response) }
        return (endpoint, response.status, response.body)
    }

    /// The ``MatrixError/server(endpoint:status:errcode:message:retryAfter:)`` an error response means.
    static func serverError(endpoint: String, response: HTTPResponse) -> MatrixError {
        let body = try? JSONDecoder().decode(JSONValue.self, from: Data(response.body))
        var retryAfter: Duration?
        if let ms = body?["retry_after_ms"]?.int64Value, ms >= 0 {
            retryAfter = .milliseconds(ms)
        } else if let header = response.headers["Retry-After"], let seconds = Int(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 {
            retryAfter = .seconds(seconds)
        }
        let message = body?["error"]?.stringValue ?? (body == nil ? String(response.bodyText.prefix(200)) : nil)
        return .server(endpoint: endpoint, status: response.status, errcode: body?["errcode"]?.stringValue,
                       message: message, retryAfter: retryAfter)
    }

    func decode<T: Decodable>(_ type: T.Type, _ result: (endpoint: String, status: Int, body: [UInt8])) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(result.body))
        } catch {
            throw MatrixError.invalidResponse(endpoint: result.endpoint, status: result.status, reason: "\(error)")
        }
    }

    func json(_ result: (endpoint: String, status: Int, body: [UInt8])) throws -> JSONValue {
        try decode(JSONValue.self, result)
    }
}
