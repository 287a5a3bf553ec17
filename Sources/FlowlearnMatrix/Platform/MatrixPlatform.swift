import Foundation
import FlowlearnCore
import Synchronization

/// Matrix as a ``ChatPlatform``: a long-polling `/sync` loop that turns room events into chat
/// events, and sends through `PUT /rooms/{room}/send/m.room.message/{txnId}`.
///
/// **Sync.** One filtered `/sync` at a time (``SyncFilter``). On the very first start (no saved
/// position) an initial sync only learns where "now" is, and the backlog is never answered.
/// Later batches are read by ``TimelineReader``; a `limited` timeline is completed with
/// `/messages` back to the previous position, so a long absence misses nothing. Events are
/// de-duplicated by id (a cached `/sync` answer can repeat them).
///
/// **Saving the position.** The `next_batch` of a batch is saved at the start of the *next*
/// ``nextEvents()`` call: the daemon stores every event's outcome before it asks again, so the
/// saved position never passes an unstored event. A crash in between replays the batch after a
/// restart, and the store's handled-event keys drop what was already done.
///
/// **The bot account.** On start-up the account's master push rule is switched on: the bot needs no
/// notifications, and the homeserver then does not compute them for it on every message.
///
/// **Rooms.** Invites from ``MatrixPlatformConfiguration/allowedInviters`` are joined (an invite
/// flagged `is_direct` becomes a direct chat in the bot's `m.direct`), others are declined.
/// `Destination.person` goes to the person's direct chat, opened when there is none.
///
/// **Encryption.** With a ``MatrixEncryption`` (see `MatrixPlatform+Encryption.swift`), encrypted
/// events are decrypted before ``TimelineReader`` reads them, those without a key wait for it and
/// then get a notice (``ChatEvent/unreadable(_:)``), and messages to encrypted rooms are encrypted.
///
/// **Failures.** Network errors and 5xx are retried with ``Backoff`` (jittered), 429 after its
/// `retry_after_ms`; the observer hears each failure (the daemon's status shows it). 401
/// `M_UNKNOWN_TOKEN` throws ``ChatPlatformError/fatal(_:)``: the daemon stops with that message.
public actor MatrixPlatform: ChatPlatform {
    public nonisolated let name = "matrix"
    /// Matrix events are limited to 64 KiB and carry the text twice (plain and HTML).
    public nonisolated let maximumMessageLength = 16_000
    /// The bot's user id.
    public nonisolated let userID: String
    /// ``connectionSummary``, kept current by the actor and readable from any thread.
    private nonisolated let summary = Mutex<String?>("connecting to the homeserver")

    public nonisolated var connectionSummary: String? { summary.withLock { $0 } }

    /// The HTTP client's transfer thread: the chat loop runs there, so an answer goes out without
    /// a thread hop after the question arrived.
    public nonisolated var preferredExecutor: (any TaskExecutor)? { client.preferredExecutor }

    private let client: MatrixClient
    private let configuration: MatrixPlatformConfiguration
    private let cursorStore: any MatrixSyncCursorStore
    private let observer: any MatrixPlatformObserver
    /// The daemon's clock, which may be moved to a chosen instant (`FLOWLEARN_NOW`) ...
    private let clock: any TimeSource
    /// ... and the machine's, which is what the homeserver's timestamps compare with.
    private let wallClock = SystemTimeSource()
    private let filter: SyncFilter
    private let filterJSON: JSONValue
    private let invitePolicy: InvitePolicy
    let encryption: (any MatrixEncryption)?

    private var started = false
    private var startup: Task<Void, any Error>?
    private var mentions: MentionDetector
    private var direct = DirectRooms()
    private var joined: Set<String> = []
    /// Direct rooms the person left: never used again.
    private var closedDirectRooms: Set<String> = []
    /// Where each person last wrote to the bot in a direct chat.
    private var lastDirectRoom: [String: String] = [:]
    /// The position synced to (the `since` of the next sync) and whether it still needs saving.
    private var position: MatrixSyncPosition?
    private var positionUnsaved = false
    private var delivered = RecentKeys<Bool>(capacity: 10_000)
    private var origins = RecentKeys<MessageOrigin>(capacity: 4_096)
    private var displayNames = RecentKeys<String>(capacity: 4_096)
    private var pendingInvites: [String: Invite] = [:]
    /// Encrypted events just handed out undecrypted: held for their key at the next call.
    private var undecryptable: [(room: String, event: ClientEvent)] = []
    /// When (local milliseconds) this run joined each room it was invited to: history before it
    /// is not answered (for homeservers without `unsigned.membership`).
    private var joinedAt: [String: Int64] = [:]
    /// Direct chats the person left, which the bot still has to leave.
    private var roomsToLeave: Set<String> = []
    private var backoff: Backoff
    private var directChatsOpening: [String: Task<String, any Error>] = [:]

    /// An invite waiting to be joined or declined.
    struct Invite: Sendable, Equatable {
        var roomID: String
        var inviter: String
        var isDirect: Bool
    }

    public init(client: MatrixClient, configuration: MatrixPlatformConfiguration, cursorStore: any MatrixSyncCursorStore,
                observer: any MatrixPlatformObserver = SilentMatrixObserver(), clock: any TimeSource = SystemTimeSource(),
                encryption: (any MatrixEncryption)? = nil) {
        self.client = client
        self.configuration = configuration
        self.userID = configuration.userID
        self.cursorStore = cursorStore
        self.observer = observer
        self.clock = clock
        self.filter = SyncFilter(userID: configuration.userID, timelineLimit: configuration.timelineLimit)
        self.filterJSON = filter.json
        self.invitePolicy = InvitePolicy(patterns: configuration.allowedInviters)
        self.mentions = MentionDetector(userID: configuration.userID, displayName: nil)
        self.backoff = configuration.backoff
        self.encryption = encryption
    }

    // MARK: Start-up

    /// Checks the token (whoami), learns the display name, the direct chats and joined rooms, and
    /// loads the saved position. Retries temporary failures until it succeeds; throws
    /// ``ChatPlatformError/fatal(_:)`` for a rejected token or a token of another user.
    public func start() async throws {
        while true {
            do {
                return try await startOnce()
            } catch let error as MatrixError {
                try await wait(after: error)
            }
        }
    }

    /// One start-up attempt, shared by concurrent callers; a no-op once started.
    private func startOnce() async throws {
        if started { return }
        if let startup { return try await startup.value }
        let task = Task { try await self.performStartup() }
        startup = task
        defer { startup = nil }
        try await task.value
    }

    private func performStartup() async throws {
        let whoami: MatrixClient.WhoAmI
        do {
            whoami = try await client.whoami()
        } catch let error as MatrixError where !error.isTransient {
            throw fatal(error, doing: "checking the access token")
        }
        guard whoami.userID == userID else {
            throw ChatPlatformError.fatal("matrix: the access token belongs to \(whoami.userID), not to the configured user \(userID); fix `user` in [matrix] or the token")
        }
        let displayName = try await client.displayName(of: userID)
        mentions = MentionDetector(userID: userID, displayName: displayName)
        direct.merge(try await client.accountData("m.direct", of: userID) ?? [:])
        joined.formUnion(try await client.joinedRooms())
        try await encryption?.start(client: client, userID: userID, deviceID: whoami.deviceID)
        await switchOffOwnNotifications()
        do {
            position = try cursorStore.loadSyncPosition()
        } catch {
            throw ChatPlatformError.temporary("matrix: could not read the saved sync position: \(error)")
        }
        backoffRecovered()
        started = true
        publishRooms()
        observer.log(.info, "matrix: signed in to \(client.homeserver) as \(userID)\(displayName.map { " (\($0))" } ?? ""), "
                     + "in \(joined.count) room(s), \(direct.roomIDs.count) direct chat(s); "
                     + (position == nil ? "first start: earlier messages are not answered" : "resuming the sync where it stopped"))
    }

    /// Switches on the bot account's master push rule ("notify for nothing"): a bot reads no
    /// notifications, and without it the homeserver works out notifications and unread counts for
    /// the bot on every message in its rooms, work an asker waits behind (measured: about 0.025 of
    /// the reply ÷ two deliveries ratio in `make bench-matrix`). A failure is only logged.
    private func switchOffOwnNotifications() async {
        do {
            try await client.setPushRule(kind: "override", ruleID: ".m.rule.master", enabled: true)
        } catch {
            observer.log(.notice, "matrix: could not switch off the bot account's notifications (push rule .m.rule.master): \(error)")
        }
    }

    // MARK: Events

    public func nextEvents() async throws -> [ChatEvent] {
        try await start()
        if let encryption, !undecryptable.isEmpty {
            await encryption.hold(undecryptable)
            undecryptable = []
        }
        if positionUnsaved, let position {
            // Every event handed out before this call has been stored by the daemon.
            do {
                try cursorStore.saveSyncPosition(position)
                positionUnsaved = false
            } catch {
                throw ChatPlatformError.temporary("matrix: could not save the sync position: \(error)")
            }
            await encryption?.releasedEventsStored()
        }
        while true {
            try Task.checkCancellation()
            if !pendingInvites.isEmpty { try await answerInvites() }
            if !roomsToLeave.isEmpty { await leaveClosedRooms() }
            let since = position
            let requestedAt = wallClock.now()
            do {
                let timeout = since == nil ? Duration.zero : await syncTimeout(configuration.syncTimeout)
                let response = try await client.sync(since: since?.nextBatch, timeout: timeout, filter: filterJSON)
                backoffRecovered()
                await encryption?.absorb(response)
                guard let since else {
                    try await absorbInitialSync(response, requestedAt: requestedAt)
                    return []
                }
                absorbAccountData(response)
                absorbMemberships(response)
                if !pendingInvites.isEmpty { try await answerInvites() }
                let (timelines, unreadable) = await decrypted(try await timelines(of: response, since: since), now: wallClock.now())
                // From here on nothing suspends: the events are marked delivered and handed out
                // together, so a cancellation can never lose a batch.
                let events = read(timelines, floorMillis: since.floorMillis)
                    + unreadable.map { unreadableEvent($0.event, in: $0.room, isDirect: direct.isDirect($0.room)) }
                position = MatrixSyncPosition(nextBatch: response.nextBatch, floorMillis: since.floorMillis)
                positionUnsaved = true
                return events
            } catch let error as MatrixError {
                try await wait(after: error)
            }
        }
    }

    /// The first sync ever: remember rooms, direct chats and invites, answer nothing, and save
    /// the position with the floor just before the request (older events are backlog).
    private func absorbInitialSync(_ response: SyncResponse, requestedAt: Date) async throws {
        absorbAccountData(response)
        absorbMemberships(response)
        for (_, room) in response.rooms.join {
            for event in room.state + room.timeline.events {
                if let id = event.eventID { delivered.insert(id) }
                rememberDisplayName(event)
            }
        }
        let floor = Int64((requestedAt.timeIntervalSince1970 - 2) * 1000)
        let newPosition = MatrixSyncPosition(nextBatch: response.nextBatch, floorMillis: floor)
        do {
            try cursorStore.saveSyncPosition(newPosition)
        } catch {
            throw ChatPlatformError.temporary("matrix: could not save the sync position: \(error)")
        }
        position = newPosition
        positionUnsaved = false
        observer.log(.info, "matrix: first sync done; answering messages written from now on")
        if !pendingInvites.isEmpty { try await answerInvites() }
    }

    private func absorbAccountData(_ response: SyncResponse) {
        for event in response.accountData where event.type == "m.direct" { direct.merge(event.content) }
    }

    private func absorbMemberships(_ response: SyncResponse) {
        defer { publishRooms() }
        for roomID in response.rooms.join.keys { joined.insert(roomID) }
        for roomID in response.rooms.leave.keys {
            joined.remove(roomID)
            pendingInvites[roomID] = nil
        }
        for (roomID, room) in response.rooms.invite {
            guard let member = room.inviteState.last(where: {
                $0.type == "m.room.member" && $0.stateKey == userID && $0.content["membership"]?.stringValue == "invite"
            }) else { continue }
            pendingInvites[roomID] = Invite(roomID: roomID, inviter: member.sender,
                                            isDirect: member.content["is_direct"]?.boolValue ?? false)
        }
    }

    private func rememberDisplayName(_ event: ClientEvent) {
        if event.type == "m.room.member", let user = event.stateKey, event.content["membership"]?.stringValue == "join",
           let name = event.content["displayname"]?.stringValue {
            displayNames.insert(user, name)
        }
    }

    /// Each joined room's new timeline, gaps filled, in the order the rooms' news started (so a
    /// conversation across rooms keeps its order). The only part of reading a batch that can fail.
    private func timelines(of response: SyncResponse, since: MatrixSyncPosition) async throws -> [(roomID: String, events: [ClientEvent])] {
        let rooms = response.rooms.join.sorted {
            ($0.value.timeline.events.first?.originServerTS ?? 0, $0.key) < ($1.value.timeline.events.first?.originServerTS ?? 0, $1.key)
        }
        let joinFinder = TimelineReader(userID: userID, answerInRooms: configuration.answerInRooms, mentions: mentions, floorMillis: 0)
        var timelines: [(roomID: String, events: [ClientEvent])] = []
        for (roomID, room) in rooms {
            room.state.forEach(rememberDisplayName)
            var timeline = room.timeline.events
            // A gap after the bot's join is filled; history from before it is not wanted anyway.
            if room.timeline.limited, let previous = room.timeline.previousBatch, joinFinder.ownJoinIndex(in: timeline) == nil,
               let first = timeline.first, !joinFinder.isBeforeJoining(first, joinedAtMillis: joinedAt[roomID]) {
                timeline = try await gap(in: roomID, from: previous, to: since.nextBatch) + timeline
            }
            timelines.append((roomID, timeline))
        }
        return timelines
    }

    /// The events to hand out from `timelines`, without those delivered before. Synchronous on
    /// purpose: see ``nextEvents()``.
    private func read(_ timelines: [(roomID: String, events: [ClientEvent])], floorMillis: Int64) -> [ChatEvent] {
        let reader = TimelineReader(userID: userID, answerInRooms: configuration.answerInRooms, mentions: mentions, floorMillis: floorMillis,
                                    clockOffset: clock.now().timeIntervalSince(wallClock.now()))
        var events: [ChatEvent] = []
        for (roomID, timeline) in timelines {
            let person = direct.isDirect(roomID) ? direct.person(in: roomID) : nil
            let names = displayNames
            let output = reader.read(timeline, room: roomID, directPerson: person, joinedAtMillis: joinedAt[roomID],
                                     displayName: { names[$0] })
            for (user, name) in output.displayNames { displayNames.insert(user, name) }
            for (id, origin) in output.origins { origins.insert(id, origin) }
            for (id, event) in output.events where delivered.insert(id) {
                if case .message(let message) = event, message.isDirect { lastDirectRoom[message.sender] = roomID }
                events.append(event)
            }
            if output.historySkipped > 0 {
                observer.log(.debug, "matrix: skipped \(output.historySkipped) event(s) from before joining \(roomID)")
            }
            // Not marked delivered: a held event comes back here once its key is there (the
            // encryption keeps each held event once, and the store handles each event id once).
            for event in output.undecryptable {
                if encryption == nil {
                    events.append(unreadableEvent(event, in: roomID, isDirect: person != nil))
                } else {
                    undecryptable.append((roomID, event))
                }
            }
            if output.directPersonLeft, let person { closeDirectRoom(roomID, person: person) }
        }
        return events
    }

    /// The events of a timeline gap, oldest first: `/messages` backwards from the timeline's
    /// `prev_batch` to the previous sync position, at most ``MatrixPlatformConfiguration/maximumGapEvents``.
    private func gap(in roomID: String, from start: String, to end: String) async throws -> [ClientEvent] {
        var collected: [ClientEvent] = []
        var from = start
        while collected.count < configuration.maximumGapEvents {
            let page = try await client.messages(roomID: roomID, from: from, to: end, direction: "b", limit: 100,
                                                 filter: filter.roomEventFilter)
            collected += page.chunk
            guard let next = page.end, !page.chunk.isEmpty, next != from else { break }
            from = next
        }
        if collected.count >= configuration.maximumGapEvents {
            observer.log(.warning, "matrix: more than \(configuration.maximumGapEvents) events missed in \(roomID); older ones are not answered")
        }
        observer.log(.info, "matrix: fetched \(collected.count) event(s) missed in \(roomID)")
        return collected.reversed()
    }

    // MARK: Invites

    /// Joins the rooms allowed inviters invited the bot to, declines the others.
    private func answerInvites() async throws {
        defer { publishRooms() }
        for invite in pendingInvites.values.sorted(by: { $0.roomID < $1.roomID }) {
            guard pendingInvites[invite.roomID] != nil else { continue }
            do {
                if invitePolicy.allows(invite.inviter) {
                    let before = Int64(wallClock.now().timeIntervalSince1970 * 1000)
                    try await client.join(roomID: invite.roomID)
                    pendingInvites[invite.roomID] = nil
                    joinedAt[invite.roomID] = before
                    joined.insert(invite.roomID)
                    if invite.isDirect, direct.add(invite.roomID, with: invite.inviter) {
                        lastDirectRoom[invite.inviter] = invite.roomID
                        await saveDirectRooms()
                    }
                    observer.log(.info, "matrix: joined \(invite.isDirect ? "a direct chat" : "room") \(invite.roomID), invited by \(invite.inviter)")
                } else {
                    try await client.leave(roomID: invite.roomID)
                    pendingInvites[invite.roomID] = nil
                    observer.log(.notice, "matrix: declined the invite of \(invite.inviter) to \(invite.roomID): not in allowed_inviters")
                }
            } catch let error as MatrixError {
                if error.isUnknownToken { throw fatal(error, doing: "answering an invite") }
                if error.isTransient {
                    observer.log(.warning, "matrix: answering the invite to \(invite.roomID) failed, will retry: \(error)")
                    return
                }
                pendingInvites[invite.roomID] = nil
                observer.log(.warning, "matrix: could not answer the invite to \(invite.roomID): \(error)")
            }
        }
    }

    // MARK: Direct chats

    /// The bot's `m.direct`, written back after a change (a failure is only logged: the room
    /// still works, and the next change writes it again).
    private func saveDirectRooms() async {
        do {
            try await client.setAccountData("m.direct", of: userID, to: direct.content)
        } catch {
            observer.log(.warning, "matrix: could not save the direct chats (m.direct): \(error)")
        }
    }

    /// The person left their direct chat: it is not used again (a new one is opened when
    /// needed), and the bot leaves it too, before the next sync.
    private func closeDirectRoom(_ roomID: String, person: String) {
        closedDirectRooms.insert(roomID)
        if lastDirectRoom[person] == roomID { lastDirectRoom[person] = nil }
        roomsToLeave.insert(roomID)
        observer.log(.info, "matrix: \(person) left the direct chat \(roomID)")
    }

    /// Leaves the direct chats whose person left.
    private func leaveClosedRooms() async {
        defer { publishRooms() }
        for roomID in roomsToLeave.sorted() {
            do {
                try await client.leave(roomID: roomID)
                joined.remove(roomID)
                roomsToLeave.remove(roomID)
            } catch let error as MatrixError where !error.isTransient {
                roomsToLeave.remove(roomID)
                observer.log(.notice, "matrix: could not leave \(roomID): \(error)")
            } catch {
                return // try again before the next sync
            }
        }
    }

    /// The room for a message to `person`: the room of the message it answers, else their
    /// latest usable direct chat, else a new one.
    private func directRoom(for person: String, inReplyTo: String?) async throws -> String {
        if let inReplyTo, let origin = origins[inReplyTo], origin.sender == person, !closedDirectRooms.contains(origin.room) {
            return origin.room
        }
        if let room = lastDirectRoom[person], usable(room) { return room }
        if let room = direct.rooms(with: person).first(where: usable) { return room }
        if let opening = directChatsOpening[person] { return try await opening.value }
        let task = Task { try await self.openDirectRoom(with: person) }
        directChatsOpening[person] = task
        defer { directChatsOpening[person] = nil }
        return try await task.value
    }

    private func usable(_ room: String) -> Bool { joined.contains(room) && !closedDirectRooms.contains(room) }

    private func openDirectRoom(with person: String) async throws -> String {
        let encrypted = await encryption?.encryptsNewDirectChat(with: person, existingRooms: direct.rooms(with: person)) ?? false
        let room = try await client.createRoom(.directChat(with: person, encrypted: encrypted))
        await encryption?.roomCreated(room, encrypted: encrypted, members: [userID, person])
        joined.insert(room)
        direct.add(room, with: person)
        lastDirectRoom[person] = room
        publishRooms()
        await saveDirectRooms()
        observer.log(.info, "matrix: opened a direct chat with \(person): \(room)")
        return room
    }

    // MARK: Sending

    public func send(_ message: OutgoingMessage, transactionID: String) async throws -> String {
        do {
            try await startOnce()
        } catch let error as MatrixError {
            if error.isUnknownToken { throw fatal(error, doing: "sending") }
            throw ChatPlatformError.temporary("\(error)")
        }
        var attempt = 0
        var reopened = false
        while true {
            attempt += 1
            var room: String?
            do {
                let target: String
                switch message.destination {
                case .room(let id): target = id
                case .person(let person): target = try await directRoom(for: person, inReplyTo: message.inReplyTo)
                }
                room = target
                let (type, content) = try await encrypted(try await content(for: message, in: target), type: "m.room.message", in: target)
                return try await client.send(roomID: target, eventType: type, transactionID: transactionID, content: content)
            } catch let error as MatrixError {
                if error.isUnknownToken { throw fatal(error, doing: "sending") }
                // Not (or no longer) in that direct chat: open a new one, once.
                if case .person(let person) = message.destination, let room, error.status == 403, !reopened {
                    reopened = true
                    closedDirectRooms.insert(room)
                    if lastDirectRoom[person] == room { lastDirectRoom[person] = nil }
                    observer.log(.notice, "matrix: cannot send to \(room) any more (\(error)); opening a new direct chat with \(person)")
                    continue
                }
                guard error.isTransient, attempt < configuration.sendAttempts else {
                    throw ChatPlatformError.temporary("\(error)")
                }
                let delay = error.isRateLimited ? (error.retryAfter ?? .seconds(1)) : .milliseconds(Int64(250 * attempt) + Int64.random(in: 0...250))
                guard delay <= configuration.maximumSendWait else { throw ChatPlatformError.temporary("\(error)") }
                observer.log(.notice, "matrix: sending failed (\(error)); retrying in \(delay)")
                try await Task.sleep(for: delay)
            }
        }
    }

    /// The `m.room.message` content: body, HTML, the reply or thread relation, and `m.mentions`
    /// naming at most the person replied to.
    private func content(for message: OutgoingMessage, in room: String) async throws -> JSONValue {
        let (body, html) = MatrixMessageRenderer.render(message.text)
        var content: [String: JSONValue] = [
            "msgtype": "m.text", "body": .string(body), "format": "org.matrix.custom.html", "formatted_body": .string(html),
        ]
        var mentioned: [JSONValue] = []
        if let question = message.inReplyTo, let origin = try await origin(of: question, in: room) {
            let reply: JSONValue = ["event_id": .string(question)]
            if direct.isDirect(room) {
                content["m.relates_to"] = ["m.in_reply_to": reply]
            } else {
                content["m.relates_to"] = [
                    "rel_type": "m.thread", "event_id": .string(origin.threadRoot ?? question),
                    // The question starts the thread (the reply is a fallback for clients without
                    // threads), or it is inside one and this is a real reply to it.
                    "is_falling_back": .bool(origin.threadRoot == nil), "m.in_reply_to": reply,
                ]
            }
            if origin.sender != userID { mentioned.append(.string(origin.sender)) }
        }
        content["m.mentions"] = mentioned.isEmpty ? [:] : ["user_ids": .array(mentioned)]
        return .object(content)
    }

    /// Where `eventID` was written, if it is in `room`: remembered from the sync, or (after a
    /// restart) asked from the homeserver. `nil` when it is not there (no relation is sent).
    private func origin(of eventID: String, in room: String) async throws -> MessageOrigin? {
        if let origin = origins[eventID] { return origin.room == room ? origin : nil }
        do {
            let event = try await client.event(roomID: room, eventID: eventID)
            let origin = MessageOrigin(room: room, sender: event.sender, threadRoot: event.threadRoot)
            origins.insert(eventID, origin)
            return origin
        } catch let error as MatrixError where !error.isTransient && !error.isUnknownToken {
            return nil
        }
    }

    // MARK: Failures

    /// Reports `error` and waits before the next attempt; throws for a rejected token.
    private func wait(after error: MatrixError) async throws {
        if error.isUnknownToken { throw fatal(error, doing: "syncing") }
        var delay = backoff.nextDelay()
        if error.isRateLimited, let asked = error.retryAfter { delay = min(asked, .seconds(300)) + .milliseconds(Int64.random(in: 0...250)) }
        observer.connectionFailed(error, retryIn: delay)
        summary.withLock { $0 = error.isRateLimited ? "rate-limited by the homeserver, waiting" : "homeserver unreachable (\(error.shortReason)), retrying" }
        try await Task.sleep(for: delay)
    }

    private func backoffRecovered() {
        if backoff.failures > 0 {
            observer.connectionRecovered(after: backoff.failures)
            publishRooms()
        }
        backoff.reset()
    }

    /// The summary of a working connection: how many rooms the bot answers in.
    private func publishRooms() {
        let rooms = joined.count, direct = direct.roomIDs.filter { joined.contains($0) }.count
        summary.withLock { $0 = "in \(rooms) room\(rooms == 1 ? "" : "s") (\(direct) direct chat\(direct == 1 ? "" : "s"))" }
    }

    private func fatal(_ error: MatrixError, doing what: String) -> ChatPlatformError {
        if error.isUnknownToken {
            return .fatal("matrix: the homeserver \(client.homeserver) rejected the access token of \(userID) while \(what) "
                          + "(\(error.errcode ?? "HTTP 401")): the token was revoked or is wrong; put a new one in the token file and restart")
        }
        return .fatal("matrix: \(what) at \(client.homeserver) failed: \(error)")
    }
}
