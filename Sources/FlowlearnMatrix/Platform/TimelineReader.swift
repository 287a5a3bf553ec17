import Foundation
import FlowlearnCore

/// Reads one room's timeline (from a sync, gap included) into the events the daemon acts on.
///
/// - History from before the bot joined is skipped: a room it was just invited to shows recent
///   history, which is backlog, not questions for it. Told by the event's `unsigned.membership`
///   (the bot's membership when the event was sent; Matrix 1.11), else by the bot's own join in
///   the timeline, else by the time the bot joined (``read(_:room:directPerson:joinedAtMillis:displayName:)``).
/// - Events older than the first sync (``floorMillis``), the bot's own events, redacted ones,
///   edits (`m.replace`) and anything but `m.text` messages and `m.annotation` reactions are skipped.
/// - `m.room.encrypted` events still encrypted (the platform decrypts what it can first) are
///   handed back as ``Output/undecryptable`` where the bot may be addressed (direct chats, and
///   rooms unless `answer_in_rooms = never`): they wait for their key, then get a notice.
/// - In group rooms, `answer_in_rooms` decides: `never` delivers no messages, `mention` only
///   those that mention the bot, `questions` all (the conversation keeps the confident questions).
/// - Membership events give senders' display names and tell when the person of a direct chat left.
public struct TimelineReader: Sendable {
    public var userID: String
    public var answerInRooms: FlowlearnConfig.RoomAnswering
    public var mentions: MentionDetector
    public var floorMillis: Int64
    /// The daemon's clock minus the homeserver's: event times (`origin_server_ts`) are handed
    /// out in the daemon's time, which may have been moved to a chosen instant.
    public var clockOffset: TimeInterval

    public init(userID: String, answerInRooms: FlowlearnConfig.RoomAnswering, mentions: MentionDetector, floorMillis: Int64,
                clockOffset: TimeInterval = 0) {
        self.userID = userID
        self.answerInRooms = answerInRooms
        self.mentions = mentions
        self.floorMillis = floorMillis
        self.clockOffset = clockOffset
    }

    /// What one timeline held.
    public struct Output: Sendable, Equatable {
        /// Messages and reactions to hand to the daemon, in timeline order, with their event ids.
        public var events: [(id: String, event: ChatEvent)] = []
        /// Where each delivered message was written.
        public var origins: [(id: String, origin: MessageOrigin)] = []
        /// Display names seen in membership events.
        public var displayNames: [(user: String, name: String)] = []
        /// The person of this direct chat left it (or was banned).
        public var directPersonLeft = false
        /// Encrypted events the bot could not decrypt (yet), where it may be addressed.
        public var undecryptable: [ClientEvent] = []
        /// Events skipped because they came before the bot joined (history shown on joining).
        public var historySkipped = 0

        public static func == (lhs: Output, rhs: Output) -> Bool {
            lhs.events.map(\.id) == rhs.events.map(\.id) && lhs.events.map(\.event) == rhs.events.map(\.event)
                && lhs.origins.map(\.id) == rhs.origins.map(\.id) && lhs.origins.map(\.origin) == rhs.origins.map(\.origin)
                && lhs.displayNames.map(\.user) == rhs.displayNames.map(\.user) && lhs.displayNames.map(\.name) == rhs.displayNames.map(\.name)
                && lhs.directPersonLeft == rhs.directPersonLeft && lhs.undecryptable == rhs.undecryptable
                && lhs.historySkipped == rhs.historySkipped
        }
    }

    /// The index of the bot's latest real join in `timeline` (not a profile change, which is
    /// also a `join` membership event), if any.
    public func ownJoinIndex(in timeline: [ClientEvent]) -> Int? {
        timeline.lastIndex { event in
            event.type == "m.room.member" && event.stateKey == userID && event.content["membership"]?.stringValue == "join"
                && event.unsigned?["prev_content"]?["membership"]?.stringValue != "join"
        }
    }

    /// Whether `event` was sent before the bot was in the room.
    public func isBeforeJoining(_ event: ClientEvent, joinedAtMillis: Int64?) -> Bool {
        if let membership = event.unsigned?["membership"]?.stringValue { return membership != "join" }
        if let joinedAtMillis, let sent = event.originServerTS { return sent < joinedAtMillis }
        return false
    }

    /// Reads `timeline` of `room`. `directPerson` is the person when the room is a direct chat;
    /// `joinedAtMillis` when the bot joined it in this run (for servers without
    /// `unsigned.membership`). `displayName` looks up a sender's name learnt earlier.
    public func read(_ timeline: [ClientEvent], room: String, directPerson: String?, joinedAtMillis: Int64? = nil,
                     displayName: (String) -> String? = { _ in nil }) -> Output {
        var output = Output()
        let start = ownJoinIndex(in: timeline).map { $0 + 1 } ?? 0
        output.historySkipped = timeline[..<start].filter { $0.type != "m.room.member" }.count
        var names: [String: String] = [:]
        for event in timeline[start...] {
            guard let id = event.eventID else { continue }
            let history = isBeforeJoining(event, joinedAtMillis: joinedAtMillis)
            if event.type == "m.room.member" {
                guard let member = event.stateKey else { continue }
                let membership = event.content["membership"]?.stringValue
                if let name = event.content["displayname"]?.stringValue, membership == "join" {
                    output.displayNames.append((member, name))
                    names[member] = name
                }
                if !history, member == directPerson, membership == "leave" || membership == "ban" { output.directPersonLeft = true }
                continue
            }
            if history {
                output.historySkipped += 1
                continue
            }
            guard event.sender != userID, !event.isRedacted else { continue }
            guard (event.originServerTS ?? Int64.max) >= floorMillis else { continue }
            let time = Date(timeIntervalSince1970: Double(event.originServerTS ?? 0) / 1000 + clockOffset)
            switch event.type {
            case "m.room.message":
                guard event.content["msgtype"]?.stringValue == "m.text", event.relationType != "m.replace",
                      event.content["body"]?.stringValue != nil else { continue }
                let isDirect = directPerson != nil
                let inspection = mentions.inspect(event.content)
                if !isDirect {
                    switch answerInRooms {
                    case .never: continue
                    case .mention: guard inspection.mentionsBot else { continue }
                    case .questions: break
                    }
                }
                let message = IncomingMessage(
                    id: id, room: room, sender: event.sender, senderName: names[event.sender] ?? displayName(event.sender),
                    text: inspection.text, isDirect: isDirect, mentionsBot: inspection.mentionsBot, receivedAt: time,
                    repliesTo: event.inReplyTo ?? event.threadRoot, mentions: inspection.people)
                output.events.append((id, .message(message)))
                output.origins.append((id, MessageOrigin(room: room, sender: event.sender, threadRoot: event.threadRoot)))
            case "m.reaction":
                guard event.relationType == "m.annotation", let target = event.relation?["event_id"]?.stringValue,
                      let key = event.relation?["key"]?.stringValue else { continue }
                output.events.append((id, .reaction(IncomingReaction(id: id, room: room, sender: event.sender, target: target,
                                                                     key: key, receivedAt: time))))
            case "m.room.encrypted":
                if directPerson != nil || answerInRooms != .never { output.undecryptable.append(event) }
            default:
                continue
            }
        }
        return output
    }
}
