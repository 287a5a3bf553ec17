/// The parts of a `/sync` response Flowlearn reads: the next batch token, the joined rooms'
/// timelines and state, invites, rooms left, and global account data.
public struct SyncResponse: Sendable, Equatable, Decodable {
    public var nextBatch: String
    public var rooms: Rooms
    public var accountData: [ClientEvent]

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
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nextBatch = try c.decode(String.self, forKey: .nextBatch)
        rooms = try c.decodeIfPresent(Rooms.self, forKey: .rooms) ?? Rooms()
        accountData = try c.decodeIfPresent(EventList.self, forKey: .accountData)?.events ?? []
    }
}
