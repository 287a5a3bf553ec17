import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// The learning records (xAPI statements) the store queues while it applies a turn, and the
/// queue the xAPI delivery takes them from.
extension SQLiteLearningStore: LearningRecordQueue {
    /// Queues the learning records `write` implies, inside the turn's transaction. `changed`:
    /// whether the write changed anything (a question already stored is not asked twice).
    func queueLearningRecords(for write: Turn.Write, changed: Bool, at time: Date) throws {
        guard recordsLearning, changed else { return }
        switch write {
        case .question(let q):
            let asked = LearningRecord(id: UUID(), person: q.person, activity: .asked(lesson: q.lessonID, choiceOffered: q.isOpenChoice),
                                       language: q.language,
                                       occurredAt: q.askedAt)
            try queue(asked, at: time)
            if let lesson = q.lessonID {
                try queue(LearningRecord(id: UUID(), person: q.person, activity: .experienced(lesson: lesson), language: q.language,
                                         occurredAt: q.askedAt, follows: asked.id), at: time)
            }
        case .choicePicked(let messageID, let lesson):
            // The lesson picked from a close call is given now.
            guard let row = try db.rows("SELECT person, language FROM questions WHERE message_id = ?", [.text(messageID)]).first else { return }
            try queue(LearningRecord(id: UUID(), person: try row.string("person"), activity: .experienced(lesson: lesson),
                                     language: Language(rawValue: try row.string("language")), occurredAt: time), at: time)
        case .feedback(let messageID, let value):
            guard let row = try db.rows("SELECT person, lesson_id, language FROM questions WHERE message_id = ?", [.text(messageID)]).first,
                  let lesson = row.optionalString("lesson_id") else { return }
            try queue(LearningRecord(id: UUID(), person: try row.string("person"), activity: .rated(lesson: lesson, helpful: value > 0),
                                     language: Language(rawValue: try row.string("language")), occurredAt: time), at: time)
        case .reflectionReply(let person, let week, _, _, _, let at):
            try queue(LearningRecord(id: UUID(), person: person, activity: .responded(reflection: week), occurredAt: at), at: time)
        case .pulse(let person, let week, _):
            try queue(LearningRecord(id: UUID(), person: person, activity: .responded(reflection: week), occurredAt: time), at: time)
        case .journey(.followUpAnswered(let person, let topic, let answer, let at)):
            // The lesson as it was delivered and asked about; never the sentence after the answer.
            guard let lesson = try db.rows("SELECT lesson_id FROM follow_ups WHERE person = ? AND topic = ?", [.text(person), .text(topic)])
                .first?.string("lesson_id") else { return }
            try queue(LearningRecord(id: UUID(), person: person, activity: .answeredFollowUp(lesson: lesson, answer: answer.kind), occurredAt: at), at: time)
        case .journey(.pathStepDone(let person, let path, let step, let at)):
            try queue(LearningRecord(id: UUID(), person: person, activity: .completedStep(path: path, step: step), occurredAt: at), at: time)
        case .journey(.pathStepSkipped(let person, let path, let step, let at)):
            try queue(LearningRecord(id: UUID(), person: person, activity: .skippedStep(path: path, step: step), occurredAt: at), at: time)
        default:
            break
        }
    }

    func queue(_ record: LearningRecord, at time: Date) throws {
        let (verb, object, value) = Self.encode(record.activity)
        try db.execute("""
            INSERT INTO learning_records (statement_id, person, verb, object, value, language, follows, occurred_at, queued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(record.id.uuidString.lowercased()), .optionalText(record.person), .text(verb), .optionalText(object),
                  value.map { .integer(Int64($0)) } ?? .null, .optionalText(record.language?.rawValue),
                  .optionalText(record.follows?.uuidString.lowercased()), .real(record.occurredAt.timeIntervalSince1970),
                  .real(time.timeIntervalSince1970)])
    }

    /// The learning records about `person`, for `flowlearn export`: ids, verbs and states only.
    func learningRecords(of person: String) throws -> [PersonalDataExport.LearningRecordEntry] {
        try db.rows("SELECT statement_id, verb, state, occurred_at FROM learning_records WHERE person = ? ORDER BY seq", [.text(person)]).map {
            .init(statementID: try $0.string("statement_id"), verb: try $0.string("verb"), state: try $0.string("state"),
                  occurredAt: Date(timeIntervalSince1970: try $0.double("occurred_at")))
        }
    }

    /// Forgetting a person: what was not sent is deleted; what the learning record store may
    /// hold (sent, or tried) is withdrawn by a voiding record that names nobody. Then no row
    /// links the person to a statement any more. Inside the caller's transaction.
    func forgetLearningRecords(of person: String, at time: Date) throws {
        let maybeStored = try db.rows("""
            SELECT statement_id FROM learning_records WHERE person = ? AND (state = 'sent' OR (state = 'pending' AND attempts > 0)) ORDER BY seq
            """, [.text(person)]).compactMap { UUID(uuidString: try $0.string("statement_id")) }
        try db.execute("DELETE FROM learning_records WHERE person = ?", [.text(person)])
        for statement in maybeStored {
            try queue(LearningRecord(id: UUID(), person: nil, activity: .voided(statement: statement), occurredAt: time), at: time)
        }
    }

    // MARK: LearningRecordQueue

    public func pendingLearningRecords(limit: Int) throws -> [QueuedLearningRecord] {
        try db.transaction {
            let rows = try db.rows("SELECT * FROM learning_records WHERE state = 'pending' ORDER BY seq LIMIT ?", [.integer(Int64(limit))])
            var records: [QueuedLearningRecord] = []
            for row in rows {
                if let record = try Self.queuedRecord(row) { records.append(record); continue }
                try db.execute("UPDATE learning_records SET state = 'set_aside', last_error = ? WHERE seq = ?",
                               [.text("a record this version of Flowlearn cannot read (verb `\(row.optionalString("verb") ?? "")`)"), .integer(try row.int64("seq"))])
            }
            // Counted as tried before they leave: a forget from now on voids them.
            for record in records {
                try db.execute("UPDATE learning_records SET attempts = attempts + 1 WHERE seq = ?", [.integer(record.sequence)])
            }
            return records.map { var r = $0; r.attempts += 1; return r }
        }
    }

    public func markLearningRecordsSent(_ sequences: [Int64], at time: Date) throws {
        try db.transaction {
            for sequence in sequences {
                // Once stored, only the link from statement to person stays (for a later forget).
                try db.execute("""
                    UPDATE learning_records SET state = 'sent', sent_at = ?, last_error = NULL, object = NULL, value = NULL,
                        language = NULL, follows = NULL WHERE seq = ?
                    """,
                               [.real(time.timeIntervalSince1970), .integer(sequence)])
            }
            try setState("xapi_last_delivery", "\(sequences.count)", at: time)
        }
    }

    public func learningRecordsAttemptFailed(_ sequences: [Int64], error: String, at time: Date) throws {
        try db.transaction {
            for sequence in sequences {
                try db.execute("UPDATE learning_records SET last_error = ? WHERE seq = ?", [.text(error), .integer(sequence)])
            }
            try setState("xapi_last_error", error, at: time)
        }
    }

    public func setLearningRecordAside(_ sequence: Int64, reason: String, at time: Date) throws {
        try db.execute("UPDATE learning_records SET state = 'set_aside', last_error = ? WHERE seq = ?", [.text(reason), .integer(sequence)])
        try setState("xapi_last_error", reason, at: time)
    }

    public func learningRecordActorKey() throws -> [UInt8] {
        try db.transaction {
            if let stored = try state("xapi_actor_key"), let key = Self.bytes(hex: stored.value), key.count == 32 { return key }
            var generator = SystemRandomNumberGenerator()
            let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            try setState("xapi_actor_key", key.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined(), at: Date(timeIntervalSince1970: 0))
            return key
        }
    }

    /// How the queue stands, for `flowlearn status`.
    public func learningRecordCounts() throws -> (pending: Int, setAside: Int, sent: Int) {
        let row = try db.rows("""
            SELECT SUM(state = 'pending') AS pending, SUM(state = 'set_aside') AS aside, SUM(state = 'sent') AS sent FROM learning_records
            """).first
        return (Int(row?.optionalInt64("pending") ?? 0), Int(row?.optionalInt64("aside") ?? 0), Int(row?.optionalInt64("sent") ?? 0))
    }

    /// The records set aside, with the learning record store's reasons.
    public func learningRecordsSetAside(limit: Int) throws -> [(statement: String, reason: String)] {
        try db.rows("SELECT statement_id, last_error FROM learning_records WHERE state = 'set_aside' ORDER BY seq DESC LIMIT ?",
                    [.integer(Int64(limit))]).map { (try $0.string("statement_id"), $0.optionalString("last_error") ?? "") }
    }

    // MARK: Rows

    static func encode(_ activity: LearningRecord.Activity) -> (verb: String, object: String?, value: Int?) {
        switch activity {
        case .asked(let lesson, let choiceOffered): return ("asked", lesson, choiceOffered ? 1 : nil)
        case .experienced(let lesson): return ("experienced", lesson, nil)
        case .rated(let lesson, let helpful): return ("rated", lesson, helpful ? 1 : 0)
        case .answeredFollowUp(let lesson, let answer): return ("answered", lesson, Self.followUpValues[answer])
        case .completedStep(let path, let step): return ("completed", path + "/" + step, nil)
        case .skippedStep(let path, let step): return ("skipped", path + "/" + step, nil)
        case .responded(let week): return ("responded", week.description, nil)
        case .voided(let statement): return ("voided", statement.uuidString.lowercased(), nil)
        }
    }

    /// A follow-up answer as the row's `value`.
    static let followUpValues: [FollowUpAnswer.Kind: Int] = [.used: 1, .notYet: 0, .didNotHelp: -1]

    /// A queued row as a record; `nil` for a row this version cannot read (written by a newer one).
    static func queuedRecord(_ row: Row) throws -> QueuedLearningRecord? {
        guard let id = UUID(uuidString: try row.string("statement_id")) else { return nil }
        let object = row.optionalString("object")
        let activity: LearningRecord.Activity
        switch (try row.string("verb"), object) {
        case ("asked", let lesson): activity = .asked(lesson: lesson, choiceOffered: row.optionalInt64("value") == 1)
        case ("experienced", let lesson?): activity = .experienced(lesson: lesson)
        case ("rated", let lesson?): activity = .rated(lesson: lesson, helpful: (row.optionalInt64("value") ?? 0) > 0)
        case ("answered", let lesson?):
            guard let answer = Self.followUpValues.first(where: { Int64($0.value) == row.optionalInt64("value") })?.key else { return nil }
            activity = .answeredFollowUp(lesson: lesson, answer: answer)
        case ("completed", let step?), ("skipped", let step?):
            // Path and step ids hold no `/` (`flowlearn check` allows letters, digits, `-` and `_`).
            let parts = step.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            activity = try row.string("verb") == "completed" ? .completedStep(path: parts[0], step: parts[1]) : .skippedStep(path: parts[0], step: parts[1])
        case ("responded", let week?): guard let w = ISOWeek(week) else { return nil }; activity = .responded(reflection: w)
        case ("voided", let statement?): guard let s = UUID(uuidString: statement) else { return nil }; activity = .voided(statement: s)
        default: return nil
        }
        let record = LearningRecord(
            id: id, person: row.optionalString("person"), activity: activity,
            language: row.optionalString("language").flatMap(Language.init(rawValue:)),
            occurredAt: Date(timeIntervalSince1970: try row.double("occurred_at")),
            follows: row.optionalString("follows").flatMap(UUID.init(uuidString:)))
        return QueuedLearningRecord(sequence: try row.int64("seq"), record: record, attempts: Int(try row.int64("attempts")))
    }

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }
}
