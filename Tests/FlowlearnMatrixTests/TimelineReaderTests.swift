import Foundation
import Testing
import FlowlearnCore
@testable import FlowlearnMatrix

@Suite struct TimelineReaderTests {
    let bot = "@bot:x"
    func reader(_ mode: FlowlearnConfig.RoomAnswering = .mention, floor: Int64 = 0) -> TimelineReader {
        TimelineReader(userID: bot, answerInRooms: mode, mentions: MentionDetector(userID: bot, displayName: "Flowlearn"), floorMillis: floor)
    }

    func text(_ id: String, _ body: String, from sender: String = "@ann:x", at ts: Int64 = 1000, extra: [String: JSONValue] = [:]) -> ClientEvent {
        var content: [String: JSONValue] = ["msgtype": "m.text", "body": .string(body)]
        for (k, v) in extra { content[k] = v }
        return ClientEvent(eventID: id, type: "m.room.message", sender: sender, originServerTS: ts, content: .object(content))
    }

    func member(_ id: String, _ user: String, _ membership: String, previous: String? = nil, name: String? = nil) -> ClientEvent {
        var content: [String: JSONValue] = ["membership": .string(membership)]
        if let name { content["displayname"] = .string(name) }
        return ClientEvent(eventID: id, type: "m.room.member", sender: user, originServerTS: 1000, stateKey: user, content: .object(content),
                           unsigned: previous.map { ["prev_content": ["membership": .string($0)]] })
    }

    func ids(_ output: TimelineReader.Output) -> [String] { output.events.map(\.id) }

    @Test func historyBeforeTheBotJoinedIsNotAnswered() {
        let timeline = [text("$old", "how do I onboard?"), member("$join", bot, "join", previous: "invite"), text("$new", "how do I give feedback?")]
        let output = reader().read(timeline, room: "!dm", directPerson: "@ann:x")
        #expect(ids(output) == ["$new"])
        #expect(output.historySkipped == 1)
        // A profile change is also a `join` event, but not a join: nothing before it is skipped.
        let renamed = [text("$q1", "how do I onboard?"), member("$rename", bot, "join", previous: "join", name: "Flowlearn"), text("$q2", "and feedback?")]
        #expect(ids(reader().read(renamed, room: "!dm", directPerson: "@ann:x")) == ["$q1", "$q2"])
    }

    @Test func historyIsToldByUnsignedMembershipOrTheJoinTime() {
        func event(_ id: String, _ membership: String?, at ts: Int64 = 1000) -> ClientEvent {
            ClientEvent(eventID: id, type: "m.room.message", sender: "@ann:x", originServerTS: ts,
                        content: ["msgtype": "m.text", "body": "how do I onboard?"],
                        unsigned: membership.map { ["membership": .string($0)] })
        }
        // Matrix 1.11: the bot's membership when each event was sent.
        let timeline = [event("$invited", "invite"), event("$left", "leave"), event("$joined", "join")]
        let output = reader().read(timeline, room: "!dm", directPerson: "@ann:x")
        #expect(ids(output) == ["$joined"])
        #expect(output.historySkipped == 2)
        // Older servers: the time this run joined the room.
        let old = [event("$before", nil, at: 900), event("$after", nil, at: 1100)]
        #expect(ids(reader().read(old, room: "!dm", directPerson: "@ann:x", joinedAtMillis: 1000)) == ["$after"])
        #expect(ids(reader().read(old, room: "!dm", directPerson: "@ann:x")) == ["$before", "$after"])
    }

    @Test func ownOldEditedRedactedAndNonTextEventsAreSkipped() {
        let timeline = [
            text("$mine", "my own answer", from: bot),
            text("$old", "before the first sync", at: 10),
            text("$edit", "* fixed", extra: ["m.relates_to": ["rel_type": "m.replace", "event_id": "$x"]]),
            ClientEvent(eventID: "$notice", type: "m.room.message", sender: "@otherbot:x", originServerTS: 1000, content: ["msgtype": "m.notice", "body": "beep"]),
            ClientEvent(eventID: "$gone", type: "m.room.message", sender: "@ann:x", originServerTS: 1000, content: [:],
                        unsigned: ["redacted_because": ["type": "m.room.redaction"]]),
            ClientEvent(eventID: "$enc", type: "m.room.encrypted", sender: "@ann:x", originServerTS: 1000, content: ["algorithm": "m.megolm.v1.aes-sha2"]),
            text("$ok", "how do I give feedback?"),
        ]
        let output = reader(floor: 100).read(timeline, room: "!dm", directPerson: "@ann:x")
        #expect(ids(output) == ["$ok"])
        // Still encrypted (no key): handed back to wait for its key, then get a notice.
        #expect(output.undecryptable.map(\.eventID) == ["$enc"])
    }

    @Test func undecryptableEventsAreHandedBackWhereTheBotMayBeAddressed() {
        let encrypted = [ClientEvent(eventID: "$enc", type: "m.room.encrypted", sender: "@ann:x", originServerTS: 1000,
                                     content: ["algorithm": "m.megolm.v1.aes-sha2"])]
        #expect(reader(.mention).read(encrypted, room: "!team", directPerson: nil).undecryptable.count == 1)
        #expect(reader(.never).read(encrypted, room: "!team", directPerson: nil).undecryptable.isEmpty)
        #expect(reader(.never).read(encrypted, room: "!dm", directPerson: "@ann:x").undecryptable.count == 1)
        // History from before the bot joined is no message for it, encrypted or not.
        let history = [ClientEvent(eventID: "$old", type: "m.room.encrypted", sender: "@ann:x", originServerTS: 1000,
                                   content: ["algorithm": "m.megolm.v1.aes-sha2"], unsigned: ["membership": "invite"])]
        #expect(reader(.mention).read(history, room: "!team", directPerson: nil).undecryptable.isEmpty)
    }

    @Test func roomAnsweringModesDecideWhatGroupRoomsDeliver() {
        let timeline = [text("$plain", "how do I give feedback?"), text("$named", "Flowlearn: how do I give feedback?"),
                        text("$intent", "how do I onboard?", extra: ["m.mentions": ["user_ids": ["@bot:x"]]])]
        #expect(ids(reader(.mention).read(timeline, room: "!team", directPerson: nil)) == ["$named", "$intent"])
        #expect(ids(reader(.questions).read(timeline, room: "!team", directPerson: nil)) == ["$plain", "$named", "$intent"])
        #expect(ids(reader(.never).read(timeline, room: "!team", directPerson: nil)) == [])
        // Direct chats are always answered, mentioned or not.
        let direct = reader(.never).read(timeline, room: "!dm", directPerson: "@ann:x")
        #expect(ids(direct) == ["$plain", "$named", "$intent"])
        guard case .message(let named) = direct.events[1].event else { Issue.record("not a message"); return }
        #expect(named.isDirect && named.mentionsBot && named.text == "how do I give feedback?")
    }

    @Test func messagesCarryTheirOriginAndSenderName() {
        let timeline = [member("$m", "@ann:x", "join", name: "Ann"),
                        text("$t", "Flowlearn how do I onboard?", extra: ["m.relates_to": ["rel_type": "m.thread", "event_id": "$root"]])]
        let output = reader().read(timeline, room: "!team", directPerson: nil)
        #expect(output.origins.first?.origin == MessageOrigin(room: "!team", sender: "@ann:x", threadRoot: "$root"))
        guard case .message(let message) = output.events.first?.event else { Issue.record("no message"); return }
        #expect(message.senderName == "Ann")
        #expect(message.receivedAt == Date(timeIntervalSince1970: 1))
        #expect(output.displayNames.first?.name == "Ann")
    }

    @Test func reactionsAndLeavingTheDirectChat() {
        let timeline = [
            ClientEvent(eventID: "$r", type: "m.reaction", sender: "@ann:x", originServerTS: 2000,
                        content: ["m.relates_to": ["rel_type": "m.annotation", "event_id": "$answer", "key": "👍"]]),
            member("$leave", "@ann:x", "leave", previous: "join"),
        ]
        let output = reader().read(timeline, room: "!dm", directPerson: "@ann:x")
        #expect(output.directPersonLeft)
        guard case .reaction(let reaction) = output.events.first?.event else { Issue.record("no reaction"); return }
        #expect(reaction.target == "$answer" && reaction.key == "👍" && reaction.sender == "@ann:x")
    }
}
