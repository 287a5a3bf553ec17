import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// Flowlearn's durable state in one SQLite file: people, questions and feedback, the outbox,
/// weekly reflections and summaries, and each platform's sync cursor.
///
/// Every turn is written in one transaction together with marking its event handled, so a
/// crash never leaves half a turn and a redelivered event is recognised. Safe to use from
/// several tasks: the connection serialises access.
public final class SQLiteLearningStore: LearningStore, @unchecked Sendable {
    let db: Database
    public let path: String
    /// Whether applying a turn also queues its learning records (xAPI statements): only when a
    /// learning record store is configured, so nothing piles up for nobody.
    public let recordsLearning: Bool

    /// Opens (creating if needed) and migrates the store at `path`.
    public init(path: String, recordsLearning: Bool = false) throws {
        self.path = path
        self.recordsLearning = recordsLearning
        db = try Database(path: path)
        try migrator().migrate(db)
    }

    public func close() {
        db.close()
    }

    // MARK: LearningStore

    public func context(for event: ChatEvent) throws -> ConversationContext {
        switch event {
        case .message(let message):
            var context = ConversationContext()
            context.person = try person(message.sender)
            context.forgetRequestedAt = try db.rows("SELECT forget_requested_at FROM people WHERE id = ?", [.text(message.sender)])
                .first?.optionalDouble("forget_requested_at").map(Date.init(timeIntervalSince1970:))
            context.lastAnswered = try db.rows("""
                SELECT * FROM questions WHERE person = ? AND lesson_id IS NOT NULL ORDER BY asked_at DESC, id DESC LIMIT 1
                """, [.text(message.sender)]).first.map(Self.question)
            context.storedData = try storedData(message.sender)
            context.openReflection = try openReflection(person: message.sender, at: message.receivedAt)
            // The person's latest question, when it offered lessons to choose from and none was picked.
            context.openChoice = try db.rows("SELECT * FROM questions WHERE person = ? ORDER BY asked_at DESC, id DESC LIMIT 1",
                                             [.text(message.sender)]).first.map(Self.question).flatMap { $0.isOpenChoice ? $0 : nil }
            if let open = context.openReflection, let target = message.repliesTo {
                context.repliesToPrompt = try !db.rows("""
                    SELECT 1 FROM outbox WHERE platform_message_id = ? AND purpose = 'reflection_prompt' AND purpose_ref = ?
                        AND destination_kind = 'person' AND destination = ?
                    """, [.text(target), .text(open.week.description), .text(message.sender)]).isEmpty
            }
            context.unclearMessage = try db.rows("SELECT * FROM unclear_messages WHERE person = ?", [.text(message.sender)]).first.map {
                UnclearMessage(messageID: try $0.string("message_id"), room: try $0.string("room"), text: try $0.string("text"),
                               week: ISOWeek(try $0.string("week")) ?? ISOWeek(containing: message.receivedAt, in: TimeZone(identifier: "UTC")!),
                               receivedAt: Date(timeIntervalSince1970: try $0.double("received_at")))
            }
            context.journey = try journeyContext(for: message, openReflection: context.openReflection)
            return context
        case .unreadable(let message):
            var context = ConversationContext()
            context.person = try person(message.sender)
            return context
        case .reaction(let reaction):
            var context = ConversationContext()
            context.person = try person(reaction.sender)
            let target = try db.rows("SELECT purpose, purpose_ref, destination FROM outbox WHERE platform_message_id = ?", [.text(reaction.target)]).first
            if let target, let ref = target.optionalString("purpose_ref") {
                switch try target.string("purpose") {
                case "answer":
                    context.reactedQuestion = try db.rows("SELECT * FROM questions WHERE message_id = ? AND person = ?",
                                                          [.text(ref), .text(reaction.sender)]).first.map(Self.question)
                case "reflection_prompt":
                    if let week = ISOWeek(ref), try target.string("destination") == reaction.sender {
                        context.reactedPrompt = try openReflection(person: reaction.sender, week: week)
                    }
                default:
                    break
                }
            }
            return context
        }
    }

    @discardableResult
    public func apply(_ turn: Turn, at time: Date) throws -> [OutboxItem] {
        try db.transaction {
            if let key = turn.eventID {
                try db.execute("INSERT INTO handled_events (key, handled_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                               [.text(key), .real(time.timeIntervalSince1970)])
                if db.changes == 0 { return [] }
            }
            for write in turn.writes {
                try apply(write, at: time)
                try queueLearningRecords(for: write, changed: db.changes > 0, at: time)
            }
            return try turn.outgoing.map { try enqueue($0, at: time) }
        }
    }

    public func pendingOutbox(limit: Int) throws -> [OutboxItem] {
        try db.rows("SELECT * FROM outbox WHERE state = 'pending' ORDER BY id LIMIT ?", [.integer(Int64(limit))]).map(Self.outboxItem)
    }

    public func markSent(_ itemID: Int64, platformMessageID: String, at time: Date) throws {
        try db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, platform_message_id = ?, attempts = attempts + 1 WHERE id = ?",
                       [.real(time.timeIntervalSince1970), .text(platformMessageID), .integer(itemID)])
    }

    public func markAttemptFailed(_ itemID: Int64, error: String, giveUp: Bool, at time: Date) throws {
        try db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = CASE WHEN ? THEN 'failed' ELSE state END WHERE id = ?",
                       [.text(error), .integer(giveUp ? 1 : 0), .integer(itemID)])
        try setState("last_error", error, at: time)
    }

    public func syncCursor(platform: String) throws -> String? {
        try db.rows("SELECT cursor FROM sync_cursors WHERE platform = ?", [.text(platform)]).first?.string("cursor")
    }

    public func setSyncCursor(_ cursor: String, platform: String, at time: Date) throws {
        try db.execute("""
            INSERT INTO sync_cursors (platform, cursor, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (platform) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
            """, [.text(platform), .text(cursor), .real(time.timeIntervalSince1970)])
    }

    // MARK: Writes

    func apply(_ write: Turn.Write, at time: Date) throws {
        let now = DatabaseValue.real(time.timeIntervalSince1970)
        switch write {
        case .person(let p):
            try db.execute("""
                INSERT INTO people (id, name, language, timezone, team, paused, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, language = excluded.language,
                    timezone = COALESCE(excluded.timezone, people.timezone), team = COALESCE(excluded.team, people.team),
                    paused = excluded.paused
                """, [.text(p.id), .optionalText(p.name), .optionalText(p.language?.rawValue), .optionalText(p.timezone),
                      .optionalText(p.team), .integer(p.paused ? 1 : 0), now])
        case .question(let q):
            try db.execute("""
                INSERT INTO questions (message_id, person, room, text, language, lesson_id, confidence, alternatives, asked_at,
                                       closest_lesson, chosen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING
                """, [.text(q.messageID), .text(q.person), .text(q.room), .text(q.text), .text(q.language.rawValue),
                      .optionalText(q.lessonID), .real(q.confidence), .text(q.alternatives.joined(separator: ",")),
                      .real(q.askedAt.timeIntervalSince1970), .optionalText(q.closestLessonID), .integer(q.chosen ? 1 : 0)])
        case .choicePicked(let messageID, let lessonID):
            try db.execute("UPDATE questions SET lesson_id = ?, chosen = 1 WHERE message_id = ? AND lesson_id IS NULL",
                           [.text(lessonID), .text(messageID)])
        case .feedback(let messageID, let value):
            try db.execute("UPDATE questions SET feedback = ?, feedback_at = ? WHERE message_id = ?",
                           [.integer(Int64(value)), now, .text(messageID)])
        case .forgetRequested(let person, let at):
            try ensurePerson(person, at: time)
            try db.execute("UPDATE people SET forget_requested_at = ? WHERE id = ?", [.real(at.timeIntervalSince1970), .text(person)])
        case .forgetCancelled(let person):
            try db.execute("UPDATE people SET forget_requested_at = NULL WHERE id = ?", [.text(person)])
        case .forget(let person):
            try deleteEverything(about: person, at: time)
        case .setPaused(let person, let paused):
            try ensurePerson(person, at: time)
            try db.execute("UPDATE people SET paused = ? WHERE id = ?", [.integer(paused ? 1 : 0), .text(person)])
        case .reflectionPrompted(let person, let week, let promptAt, let closesAt):
            try ensurePerson(person, at: time)
            try db.execute("""
                INSERT INTO reflection_prompts (person, week, prompted_at, closes_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (person, week) DO NOTHING
                """, [.text(person), .text(week.description), .real(max(promptAt, time).timeIntervalSince1970), .real(closesAt.timeIntervalSince1970)])
        case .reflectionReminded(let person, let week):
            try db.execute("UPDATE reflection_prompts SET reminded_at = ? WHERE person = ? AND week = ?", [now, .text(person), .text(week.description)])
        case .reflectionReply(let person, let week, let messageID, let text, let isPrivate, let at):
            try db.execute("""
                INSERT INTO reflection_replies (person, week, message_id, text, private, received_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO NOTHING
                """, [.text(person), .text(week.description), .text(messageID), .text(text), .integer(isPrivate ? 1 : 0),
                      .real(at.timeIntervalSince1970)])
        case .pulse(let person, let week, let value):
            try db.execute("UPDATE reflection_prompts SET pulse = ? WHERE person = ? AND week = ?",
                           [.integer(Int64(value)), .text(person), .text(week.description)])
        case .reflectionSkipped(let person, let week):
            try db.execute("UPDATE reflection_prompts SET skipped_at = ? WHERE person = ? AND week = ?", [now, .text(person), .text(week.description)])
        case .summarySent(let team, let week):
            try db.execute("INSERT INTO summaries_sent (team, week, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                           [.text(team), .text(week.description), now])
        case .unclearMessage(let person, let message):
            try db.execute("""
                INSERT INTO unclear_messages (person, message_id, room, text, week, received_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person) DO UPDATE SET message_id = excluded.message_id, room = excluded.room, text = excluded.text,
                    week = excluded.week, received_at = excluded.received_at
                """, [.text(person), .text(message.messageID), .text(message.room), .text(message.text), .text(message.week.description),
                      .real(message.receivedAt.timeIntervalSince1970)])
        case .unclearResolved(let person):
            try db.execute("DELETE FROM unclear_messages WHERE person = ?", [.text(person)])
        case .journey(let write):
            try apply(write, at: time)
        }
    }

    func ensurePerson(_ id: String, at time: Date) throws {
        try db.execute("INSERT INTO people (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                       [.text(id), .real(time.timeIntervalSince1970)])
    }

    /// Queues one message with a fresh transaction id.
    func enqueue(_ message: OutgoingMessage, at time: Date) throws -> OutboxItem {
        let transactionID = "fl" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let (kind, destination): (String, String)
        switch message.destination {
        case .room(let room): (kind, destination) = ("room", room)
        case .person(let person): (kind, destination) = ("person", person)
        }
        let (purpose, ref) = Self.encode(message.purpose)
        try db.execute("""
            INSERT INTO outbox (txn_id, destination_kind, destination, text, in_reply_to, purpose, purpose_ref, queued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(transactionID), .text(kind), .text(destination), .text(message.text), .optionalText(message.inReplyTo),
                  .text(purpose), .optionalText(ref), .real(time.timeIntervalSince1970)])
        return OutboxItem(id: db.lastInsertRowID, transactionID: transactionID, message: message, queuedAt: time)
    }

    // MARK: Reads

    public func person(_ id: String) throws -> PersonRecord? {
        try db.rows("SELECT * FROM people WHERE id = ?", [.text(id)]).first.map(Self.person)
    }

    public func people() throws -> [PersonRecord] {
        try db.rows("SELECT * FROM people ORDER BY id", []).map(Self.person)
    }

    func storedData(_ person: String) throws -> StoredDataSummary {
        let row = try db.rows("""
            SELECT (SELECT COUNT(*) FROM questions WHERE person = ?1) AS questions,
                   (SELECT COUNT(DISTINCT week) FROM reflection_replies WHERE person = ?1) AS reflections,
                   (SELECT COUNT(*) FROM reflection_prompts WHERE person = ?1) AS prompts,
                   (SELECT MIN(t) FROM (SELECT MIN(asked_at) AS t FROM questions WHERE person = ?1
                                        UNION ALL SELECT MIN(prompted_at) FROM reflection_prompts WHERE person = ?1)) AS oldest
            """, [.text(person)]).first
        return StoredDataSummary(questions: Int(try row?.int64("questions") ?? 0), reflections: Int(try row?.int64("reflections") ?? 0),
                                 prompts: Int(try row?.int64("prompts") ?? 0),
                                 oldest: row?.optionalDouble("oldest").map(Date.init(timeIntervalSince1970:)))
    }

    /// The person's reflection open at `time`: prompted, and not closed yet.
    func openReflection(person: String, at time: Date) throws -> OpenReflection? {
        guard let row = try db.rows("""
            SELECT week FROM reflection_prompts WHERE person = ? AND prompted_at <= ? AND closes_at > ?
            ORDER BY week DESC LIMIT 1
            """, [.text(person), .real(time.timeIntervalSince1970), .real(time.timeIntervalSince1970)]).first,
            let week = ISOWeek(try row.string("week")) else { return nil }
        return try openReflection(person: person, week: week)
    }

    func openReflection(person: String, week: ISOWeek) throws -> OpenReflection? {
        guard let row = try db.rows("""
            SELECT closes_at, skipped_at, pulse,
                   (SELECT COUNT(*) FROM reflection_replies r WHERE r.person = p.person AND r.week = p.week) AS replies
            FROM reflection_prompts p WHERE person = ? AND week = ?
            """, [.text(person), .text(week.description)]).first else { return nil }
        let replies = Int(try row.int64("replies")) + (row.optionalInt64("pulse") == nil ? 0 : 1)
        return OpenReflection(week: week, closesAt: Date(timeIntervalSince1970: try row.double("closes_at")), replies: replies,
                              skipped: row.optionalDouble("skipped_at") != nil)
    }

    // MARK: Row mapping

    static func person(_ row: Row) throws -> PersonRecord {
        PersonRecord(id: try row.string("id"), name: row.optionalString("name"),
                     language: row.optionalString("language").flatMap(Language.init(rawValue:)),
                     timezone: row.optionalString("timezone"), team: row.optionalString("team"),
                     paused: (row.optionalInt64("paused") ?? 0) != 0,
                     knownSince: row.optionalDouble("created_at").map(Date.init(timeIntervalSince1970:)))
    }

    static func question(_ row: Row) throws -> QuestionRecord {
        let alternatives = try row.string("alternatives")
        return QuestionRecord(
            messageID: try row.string("message_id"), person: try row.string("person"), room: try row.string("room"),
            text: try row.string("text"), language: Language(rawValue: try row.string("language")) ?? .en,
            lessonID: row.optionalString("lesson_id"), confidence: try row.double("confidence"),
            alternatives: alternatives.isEmpty ? [] : alternatives.split(separator: ",").map(String.init),
            askedAt: Date(timeIntervalSince1970: try row.double("asked_at")),
            feedback: row.optionalInt64("feedback").map(Int.init),
            closestLessonID: row.optionalString("closest_lesson"), chosen: (row.optionalInt64("chosen") ?? 0) != 0
        )
    }

    static func outboxItem(_ row: Row) throws -> OutboxItem {
        let destination = try row.string("destination")
        let message = OutgoingMessage(
            destination: try row.string("destination_kind") == "room" ? .room(destination) : .person(destination),
            text: try row.string("text"), inReplyTo: row.optionalString("in_reply_to"),
            purpose: decode(try row.string("purpose"), row.optionalString("purpose_ref"))
        )
        return OutboxItem(id: try row.int64("id"), transactionID: try row.string("txn_id"), message: message,
                          state: OutboxItem.State(rawValue: try row.string("state")) ?? .pending,
                          attempts: Int(try row.int64("attempts")), queuedAt: Date(timeIntervalSince1970: try row.double("queued_at")))
    }

    static func encode(_ purpose: OutgoingMessage.Purpose) -> (String, String?) {
        switch purpose {
        case .answer(let id): return ("answer", id)
        case .noAnswer(let id): return ("no_answer", id)
        case .reflectionPrompt(let week): return ("reflection_prompt", week.description)
        case .reflectionReminder(let week): return ("reflection_reminder", week.description)
        case .acknowledgement: return ("acknowledgement", nil)
        case .summary(let team, let week): return ("summary", "\(week) \(team)")
        case .pathStep(let path, let step): return ("path_step", "\(path) \(step)")
        case .followUp(let topic): return ("follow_up", topic)
        case .info: return ("info", nil)
        }
    }

    static func decode(_ purpose: String, _ ref: String?) -> OutgoingMessage.Purpose {
        switch (purpose, ref) {
        case ("answer", let id?): return .answer(questionMessageID: id)
        case ("no_answer", let id?): return .noAnswer(questionMessageID: id)
        case ("reflection_prompt", let w?): return ISOWeek(w).map { .reflectionPrompt(week: $0) } ?? .info
        case ("reflection_reminder", let w?): return ISOWeek(w).map { .reflectionReminder(week: $0) } ?? .info
        case ("acknowledgement", _): return .acknowledgement
        case ("summary", let r?):
            let parts = r.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, let week = ISOWeek(parts[0]) { return .summary(team: parts[1], week: week) }
            return .info
        case ("path_step", let r?):
            let parts = r.split(separator: " ", maxSplits: 1).map(String.init)
            return parts.count == 2 ? .pathStep(path: parts[0], step: parts[1]) : .info
        case ("follow_up", let topic?): return .followUp(topic: topic)
        default: return .info
        }
    }

    // MARK: Daemon state (for `status`)

    public func setState(_ key: String, _ value: String, at time: Date) throws {
        try db.execute("""
            INSERT INTO daemon_state (key, value, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, [.text(key), .text(value), .real(time.timeIntervalSince1970)])
    }

    public func state(_ key: String) throws -> (value: String, updatedAt: Date)? {
        guard let row = try db.rows("SELECT value, updated_at FROM daemon_state WHERE key = ?", [.text(key)]).first else { return nil }
        return (try row.string("value"), Date(timeIntervalSince1970: try row.double("updated_at")))
    }
}

extension SQLiteLearningStore {
    /// How many outbox messages wait to be sent, and how many were given up on.
    public func outboxCounts() throws -> (pending: Int, failed: Int) {
        let row = try db.rows("""
            SELECT SUM(state = 'pending') AS pending, SUM(state = 'failed') AS failed FROM outbox
            """).first
        return (Int(row?.optionalInt64("pending") ?? 0), Int(row?.optionalInt64("failed") ?? 0))
    }
}
