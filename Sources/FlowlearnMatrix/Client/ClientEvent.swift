/// One event as the client-server API returns it: in a sync timeline or state, as stripped
/// invite state (no id or timestamp), from `/messages` or `/event`.
public struct ClientEvent: Sendable, Equatable, Codable {
    public var eventID: String?
    public var type: String
    public var sender: String
    /// Milliseconds since 1970 on the sender's homeserver.
    public var originServerTS: Int64?
    public var stateKey: String?
    public var content: JSONValue
    public var unsigned: JSONValue?

    public init(eventID: String?, type: String, sender: String, originServerTS: Int64? = nil, stateKey: String? = nil,
                content: JSONValue = [:], unsigned: JSONValue? = nil) {
        self.eventID = eventID
        self.type = type
        self.sender = sender
        self.originServerTS = originServerTS
        self.stateKey = stateKey
        self.content = content
        self.unsigned = unsigned
    }

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case type, sender
        case originServerTS = "origin_server_ts"
        case stateKey = "state_key"
        case content, unsigned
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        eventID = try c.decodeIfPresent(String.self, forKey: .eventID)
        type = try c.decode(String.self, forKey: .type)
        sender = try c.decodeIfPresent(String.self, forKey: .sender) ?? ""
        originServerTS = try c.decodeIfPresent(JSONValue.self, forKey: .originServerTS)?.int64Value
        stateKey = try c.decodeIfPresent(String.self, forKey: .stateKey)
        content = try c.decodeIfPresent(JSONValue.self, forKey: .content) ?? [:]
        unsigned = try c.decodeIfPresent(JSONValue.self, forKey: .unsigned)
    }

    /// `content.m.relates_to`, if any.
    public var relation: JSONValue? { content["m.relates_to"] }

    /// `m.relates_to.rel_type` (`m.thread`, `m.replace`, `m.annotation`, ...).
    public var relationType: String? { relation?["rel_type"]?.stringValue }

    /// The event this one replies to (`m.relates_to.m.in_reply_to.event_id`).
    public var inReplyTo: String? { relation?["m.in_reply_to"]?["event_id"]?.stringValue }

    /// The thread root when the event is in a thread.
    public var threadRoot: String? { relationType == "m.thread" ? relation?["event_id"]?.stringValue : nil }

    /// Whether the event was redacted (its content is gone).
    public var isRedacted: Bool { unsigned?["redacted_because"] != nil }
}
