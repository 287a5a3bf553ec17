import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// Everything the store holds about one person, as `flowlearn export --person` prints it
/// (the GDPR/AVG right of access).
public struct PersonalDataExport: Sendable, Codable, Equatable {
    /// One weekly reflection prompt and what the person answered.
    public struct Reflection: Sendable, Codable, Equatable {
        public var week: String
        public var promptedAt: Date
        public var skipped: Bool
        public var pulse: Int?
        public var replies: [Reply]
    }

    /// One reflection message.
    public struct Reply: Sendable, Codable, Equatable {
        public var text: String
        public var isPrivate: Bool
        public var receivedAt: Date
    }

    /// A learning record (xAPI statement) about the person: its id and verb, whether it was sent
    /// to the learning record store, never what it said.
    public struct LearningRecordEntry: Sendable, Codable, Equatable {
        public var statementID: String
        public var verb: String
        /// `pending`, `sent` or `set_aside` (refused by the LRS).
        public var state: String
        public var occurredAt: Date
    }

    public var person: PersonRecord?
    public var questions: [QuestionRecord]
    public var reflections: [Reflection]
    /// Messages the bot sent to the person directly.
    public var messagesSent: Int
    /// A message the bot asked about ("reflection or question?") and the person has not answered.
    public var unclearMessage: UnclearMessage?
    /// Learning paths, follow-ups, goals and who they learned from.
    public var journey: JourneyExport?
    /// Learning records queued for or sent to the organisation's LRS (`[xapi]`), oldest first.
    public var learningRecords: [LearningRecordEntry] = []
}

extension SQLiteLearningStore {
    /// All data about `person`.
    public func export(person id: String) throws -> PersonalDataExport {
        let questions = try db.rows("SELECT * FROM questions WHERE person = ? ORDER BY asked_at, id", [.text(id)]).map(Self.question)
        var reflections: [PersonalDataExport.Reflection] = []
        for row in try db.rows("SELECT * FROM reflection_prompts WHERE person = ? ORDER BY week", [.text(id)]) {
            let week = try row.string("week")
            let replies = try db.rows("SELECT * FROM reflection_replies WHERE person = ? AND week = ? ORDER BY received_at, id",
                                      [.text(id), .text(week)]).map {
                PersonalDataExport.Reply(text: try $0.string("text"), isPrivate: try $0.int64("private") != 0,
                                         receivedAt: Date(timeIntervalSince1970: try $0.double("received_at")))
            }
            reflections.append(.init(week: week, promptedAt: Date(timeIntervalSince1970: try row.double("prompted_at")),
                                     skipped: row.optionalDouble("skipped_at") != nil,
                                     pulse: row.optionalInt64("pulse").map(Int.init), replies: replies))
        }
        let sent = try db.rows("SELECT COUNT(*) AS n FROM outbox WHERE destination_kind = 'person' AND destination = ?", [.text(id)])
            .first?.int64("n") ?? 0
        let unclear = try db.rows("SELECT * FROM unclear_messages WHERE person = ?", [.text(id)]).first.map {
            UnclearMessage(messageID: try $0.string("message_id"), room: try $0.string("room"), text: try $0.string("text"),
                           week: ISOWeek(try $0.string("week")) ?? ISOWeek(year: 1970, week: 1),
                           receivedAt: Date(timeIntervalSince1970: try $0.double("received_at")))
        }
        return PersonalDataExport(person: try person(id), questions: questions, reflections: reflections, messagesSent: Int(sent),
                                  unclearMessage: unclear, journey: try journeyExport(person: id), learningRecords: try learningRecords(of: id))
    }

    /// Deletes everything about `person`, in one transaction. Returns whether there was anything.
    @discardableResult
    public func forget(person id: String, at time: Date = Date()) throws -> Bool {
        try db.transaction { try deleteEverything(about: id, at: time) }
    }

    /// Deletes all rows about `person` (inside the caller's transaction).
    @discardableResult
    func deleteEverything(about id: String, at time: Date) throws -> Bool {
        try forgetLearningRecords(of: id, at: time)
        var removed = try deleteJourney(about: id)
        for sql in [
            "DELETE FROM reflection_replies WHERE person = ?",
            "DELETE FROM reflection_prompts WHERE person = ?",
            "DELETE FROM unclear_messages WHERE person = ?",
            "DELETE FROM questions WHERE person = ?",
            "DELETE FROM outbox WHERE destination_kind = 'person' AND destination = ?",
            "DELETE FROM people WHERE id = ?",
        ] {
            try db.execute(sql, [.text(id)])
            removed += db.changes
        }
        // Handled-event keys that name the person (scheduled prompts) go too; message ids do not name anyone.
        try db.execute("DELETE FROM handled_events WHERE key LIKE ? ESCAPE '\\'", [.text("%:" + Self.likeEscaped(id) + ":%")])
        return removed > 0
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Deletes reflections, questions and delivered messages older than `cutoff` (the retention
    /// period), in one transaction. Returns the number of rows removed.
    @discardableResult
    public func purge(olderThan cutoff: Date) throws -> Int {
        let t = DatabaseValue.real(cutoff.timeIntervalSince1970)
        return try db.transaction {
            var removed = 0
            for sql in [
                "DELETE FROM reflection_replies WHERE received_at < ?",
                "DELETE FROM reflection_prompts WHERE closes_at < ?",
                "DELETE FROM unclear_messages WHERE received_at < ?",
                "DELETE FROM questions WHERE asked_at < ?",
                "DELETE FROM outbox WHERE state != 'pending' AND queued_at < ?",
                "DELETE FROM handled_events WHERE handled_at < ?",
            ] {
                try db.execute(sql, [t])
                removed += db.changes
            }
            return removed + (try purgeJourney(olderThan: cutoff))
        }
    }
}
