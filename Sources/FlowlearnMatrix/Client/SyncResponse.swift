/// The parts of a `/sync` response Flowlearn reads: the next batch token, the joined rooms'
/// timelines and state, invites, rooms left, global account data, and what end-to-end
/// encryption needs (to-device messages, device list changes, one-time key counts).
public struct SyncResponse: Sendable, Equatable, Decodable {
    public var nextBatch: String
    public var rooms: Rooms
    public var accountData: [ClientEvent]
    /// Messages sent to this device (room keys, encrypted with Olm).
    public var toDevice: [ClientEvent] = []
    /// Users whose devices changed (`changed`) or who share no encrypted room any more (`left`).
    public var deviceLists = DeviceLists()
    /// How many one-time keys of each algorithm the homeserver still holds for this device.
    public var oneTimeKeyCounts: [String: Int] = [:]
    /// The fallback key algorithms not used yet; `nil` when the server did not say.
    public var unusedFallbackKeyTypes: [String]?

    /// `device_lists`.
    public struct DeviceLists: Sendable, Equatable, Decodable {
        public var changed: [String] = []
        public var left: [String] = []
        public init(changed: [String] = [], left: [String] = []) {
            self.changed = changed
            self.left = left
        }
        enum CodingKeys: String, CodingKey { case changed, left }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            changed = try c.decodeIfPresent([String].self, forKey: .changed) ?? []
            left = try c.decodeIfPresent([String].self, forKey: .left) ?? []
        }
    }

    /// The `rooms` object, by membership.
    public struct Rooms: Sendable, Equatable, Decodable {
        public var join: [String: JoinedRoom]
        public var invite: [String: InvitedRoom]
        public var leave: [String: LeftRoom]

        public init(join: [String: JoinedRoom] = [:], invite: [String: InvitedRoom] = [:], leave: [String: LeftRoom] = [:]) {
            self.join = join
            self.invite = invite
            self.leave = leave
        }

        enum CodingKeys: String, CodingKey { case join, invite, leave }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            join = try c.decodeIfPresent([String: JoinedRoom].self, forKey: .join) ?? [:]
            invite = try c.decodeIfPresent([String: InvitedRoom].self, forKey: .invite) ?? [:]
            leave = try c.decodeIfPresent([String: LeftRoom].self, forKey: .leave) ?? [:]
        }
    }

    /// A room the user is joined to.
    public struct JoinedRoom: Sendable, Equatable, Decodable {
        public var timeline: Timeline
        /// State between the previous sync and the start of the timeline.
        public var state: [ClientEvent]

        public init(timeline: Timeline = Timeline(), state: [ClientEvent] = []) {
            self.timeline = timeline
            self.state = state
        }

        enum CodingKeys: String, CodingKey { case timeline, state }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            timeline = try c.decodeIfPresent(Timeline.self, forKey: .timeline) ?? Timeline()
            state = try c.decodeIfPresent(EventList.self, forKey: .state)?.events ?? []
        }
    }

    /// A room the user is invited to: only stripped state (the invite's member event among it).
    public struct InvitedRoom: Sendable, Equatable, Decodable {
        public var inviteState: [ClientEvent]

        enum CodingKeys: String, CodingKey { case inviteState = "invite_state" }

        public init(inviteState: [ClientEvent]) { self.inviteState = inviteState }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            inviteState = try c.decodeIfPresent(EventList.self, forKey: .inviteState)?.events ?? []
        }
    }

    /// A room the user left, was kicked or banned from (its events are not read).
    public struct LeftRoom: Sendable, Equatable, Decodable {
        public init() {}
        public init(from decoder: any Decoder) throws {}
    }

    /// A room's new events since the previous sync.
    public struct Timeline: Sendable, Equatable, Decodable {
        public var events: [ClientEvent]
        /// True when more events happened than were returned: the gap starts at ``previousBatch``.
        public var limited: Bool
        public var previousBatch: String?

        public init(events: [ClientEvent] = [], limited: Bool = false, previousBatch: String? = nil) {
            self.events = events
            self.limited = limited
            self.previousBatch = previousBatch
        }

        enum CodingKeys: String, CodingKey {
            case events, limited
            case previousBatch = "prev_batch"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            events = try c.decodeIfPresent([ClientEvent].self, forKey: .events) ?? []
            limited = try c.decodeIfPresent(Bool.self, forKey: .limited) ?? false
            previousBatch = try c.decodeIfPresent(String.self, forKey: .previousBatch)
        }
    }

    /// `{"events": [...]}`.
    struct EventList: Decodable {
        var events: [ClientEvent]
        enum CodingKeys: String, CodingKey { case events }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            events = try c.decodeIfPresent([ClientEvent].self, forKey: .events) ?? []
        }
    }

    public init(nextBatch: String, rooms: Rooms = Rooms(), accountData: [ClientEvent] = []) {
        self.nextBatch = nextBatch
        self.rooms = rooms
        self.accountData = accountData
    }

    enum CodingKeys: String, CodingKey {
        case nextBatch = "next_batch"
        case rooms
        case accountData = "account_data"
        case toDevice = "to_device"
        case deviceLists = "device_lists"
        case oneTimeKeyCounts = "device_one_time_keys_count"
        case unusedFallbackKeyTypes = "device_unused_fallback_key_types"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nextBatch = try c.decode(String.self, forKey: .nextBatch)
        rooms = try c.decodeIfPresent(Rooms.self, forKey: .rooms) ?? Rooms()
        accountData = try c.decodeIfPresent(EventList.self, forKey: .accountData)?.events ?? []
        toDevice = try c.decodeIfPresent(EventList.self, forKey: .toDevice)?.events ?? []
        deviceLists = try c.decodeIfPresent(DeviceLists.self, forKey: .deviceLists) ?? DeviceLists()
        oneTimeKeyCounts = try c.decodeIfPresent([String: Int].self, forKey: .oneTimeKeyCounts) ?? [:]
        unusedFallbackKeyTypes = try c.decodeIfPresent([String].self, forKey: .unusedFallbackKeyTypes)
    }
}
