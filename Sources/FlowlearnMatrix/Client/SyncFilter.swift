/// The `/sync` filter: only the events Flowlearn acts on, so each long-poll answer is small.
///
/// - timeline: messages, reactions and membership changes (display names; a leave tells a
///   direct chat is over) from everyone but the bot itself (its own answers would wake its
///   long-poll for nothing, and make the homeserver work on that while the asker waits for the
///   same answer); `limit` events per room, the rest is fetched with `/messages` when a
///   timeline is `limited`;
/// - state: members (lazily: the senders' display names) and `m.room.encryption` (whether and how
///   a room is encrypted);
/// - global account data: `m.direct` (which rooms are direct chats);
/// - no presence, typing, receipts or per-room account data.
public struct SyncFilter: Sendable, Equatable {
    /// The bot: its own events are left out.
    public var userID: String
    /// Events per room and sync.
    public var timelineLimit: Int

    /// The event types the timeline carries.
    public static let timelineTypes = ["m.room.message", "m.reaction", "m.room.member", "m.room.encrypted", "m.room.encryption"]

    public init(userID: String, timelineLimit: Int = 50) {
        self.userID = userID
        self.timelineLimit = timelineLimit
    }

    /// The filter as JSON, for the `filter` query parameter.
    public var json: JSONValue {
        [
            "event_format": "client",
            "presence": ["types": []],
            "account_data": ["types": ["m.direct"]],
            "room": [
                "timeline": [
                    "types": .array(Self.timelineTypes.map { .string($0) }),
                    "not_senders": [.string(userID)],
                    "limit": .number(Double(timelineLimit)),
                    "lazy_load_members": true,
                ],
                "state": ["types": ["m.room.member", "m.room.encryption"], "lazy_load_members": true],
                "ephemeral": ["types": []],
                "account_data": ["types": []],
                "include_leave": false,
            ],
        ]
    }

    /// The `/messages` filter for filling a gap: the same event types.
    public var roomEventFilter: JSONValue {
        ["types": .array(Self.timelineTypes.map { .string($0) }), "not_senders": [.string(userID)], "lazy_load_members": true]
    }
}
