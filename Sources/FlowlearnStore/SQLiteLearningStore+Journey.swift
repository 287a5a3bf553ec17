import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// The learning journey in the store: what the conversation needs to know of a person's paths,
/// follow-ups and goals, and the writes of the journey, applied inside a turn's transaction.
extension SQLiteLearningStore {
    /// The journey part of the context of `message`.
    func journeyContext(for message: IncomingMessage, openReflection: OpenReflection?) throws -> JourneyContext {
        let sender = DatabaseValue.text(message.sender)
        let at = message.receivedAt.timeIntervalSince1970
        var journey = JourneyContext()
        journey.enrolments = try enrolments(person: message.sender)
        journey.openFollowUp = try db.rows("""
            SELECT * FROM follow_ups WHERE person = ? AND answered_at IS NULL AND asked_at > ? AND asked_at <= ?
            ORDER BY asked_at DESC LIMIT 1
            """, [sender, .real(at - FollowUpRecord.openFor), .real(at + 1)]).first.map(Self.followUp)
        journey.goals = try goals(person: message.sender)
        if let target = message.repliesTo {
            if let row = try db.rows("""
                SELECT purpose, purpose_ref FROM outbox WHERE platform_message_id = ? AND destination_kind = 'person' AND destination = ?
                """, [.text(target), sender]).first {
                switch Self.decode(try row.string("purpose"), row.optionalString("purpose_ref")) {
                case .pathStep(let path, let step): journey.repliesTo = .pathStep(path: path, step: step)
                case .followUp(let topic): journey.repliesTo = .followUp(topic: topic)
                default: journey.repliesTo = .other
                }
            }
        }
        if let open = openReflection {
            journey.promptedAt = try db.rows("SELECT prompted_at FROM reflection_prompts WHERE person = ? AND week = ?",
                                             [sender, .text(open.week.description)]).first?.optionalDouble("prompted_at")
                .map(Date.init(timeIntervalSince1970:))
            journey.recentLessons = try db.rows("""
                SELECT lesson_id, MAX(t) AS t FROM (
                    SELECT lesson_id, asked_at AS t FROM questions WHERE person = ?1 AND lesson_id IS NOT NULL AND asked_at > ?2 AND asked_at <= ?3
                    UNION ALL SELECT lesson_id, last_sent_at FROM path_steps WHERE person = ?1 AND lesson_id IS NOT NULL AND last_sent_at > ?2 AND last_sent_at <= ?3)
                GROUP BY lesson_id ORDER BY t DESC
                """, [sender, .real(at - 7 * 86400), .real(at)]).map { try $0.string("lesson_id") }
        }
        if let request = PathStartRequest(message.text, mentions: message.mentions), let target = request.person {
            journey.targetEnrolments = try enrolments(person: target)
        }
        if let row = try db.rows("""
            SELECT (SELECT COUNT(*) FROM goals WHERE person = ?1) AS goals,
                   (SELECT COUNT(*) FROM path_enrolments WHERE person = ?1) AS paths,
                   (SELECT COUNT(*) FROM follow_ups WHERE person = ?1 AND answer IS NOT NULL) AS follow_ups,
                   (SELECT COUNT(*) FROM learned_from WHERE person = ?1) AS named
            """, [sender]).first {
            journey.stored = JourneyStoredData(goals: Int(try row.int64("goals")), paths: Int(try row.int64("paths")),
                                               followUps: Int(try row.int64("follow_ups")), namedPeople: Int(try row.int64("named")))
        }
        return journey
    }

    /// Applies one journey write (inside the caller's transaction).
    func apply(_ write: JourneyWrite, at time: Date) throws {
        switch write {
        case .pathStarted(let e):
            try ensurePerson(e.person, at: time)
            try db.execute("""
                INSERT INTO path_enrolments (person, path, start_date, buddy, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person, path) DO NOTHING
                """, [.text(e.person), .text(e.path), .text(e.start.description), .optionalText(e.buddy), .optionalText(e.startedBy),
                      .real(e.startedAt.timeIntervalSince1970)])
        case .pathStepSent(let person, let path, let step, let lesson, let date, let at):
            try db.execute("""
                INSERT INTO path_steps (person, path, step, lesson_id, sent_at, last_sent_at, last_sent_on) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person, path, step) DO UPDATE SET last_sent_at = excluded.last_sent_at, last_sent_on = excluded.last_sent_on,
                    lesson_id = COALESCE(excluded.lesson_id, path_steps.lesson_id)
                """, [.text(person), .text(path), .text(step), .optionalText(lesson), .real(at.timeIntervalSince1970),
                      .real(at.timeIntervalSince1970), .text(date.description)])
        case .pathStepDone(let person, let path, let step, let at):
            try resolveStep("done_at", person: person, path: path, step: step, at: at)
        case .pathStepSkipped(let person, let path, let step, let at):
            try resolveStep("skipped_at", person: person, path: path, step: step, at: at)
        case .pathStepPostponed(let person, let path, let step, let date):
            try db.execute("UPDATE path_steps SET postponed_to = ? WHERE person = ? AND path = ? AND step = ?",
                           [.text(date.description), .text(person), .text(path), .text(step)])
        case .followUpAsked(let f, let date):
            try db.execute("""
                INSERT INTO follow_ups (person, topic, lesson_id, delivered_at, asked_at, asked_on) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person, topic) DO NOTHING
                """, [.text(f.person), .text(f.topic), .text(f.lesson), .real(f.deliveredAt.timeIntervalSince1970),
                      .real(f.askedAt.timeIntervalSince1970), .text(date.description)])
        case .followUpAnswered(let person, let topic, let answer, let at):
            try db.execute("UPDATE follow_ups SET answer = ?, note = ?, answered_at = ? WHERE person = ? AND topic = ?",
                           [.text(answer.kind.rawValue), .optionalText(answer.note), .real(at.timeIntervalSince1970), .text(person), .text(topic)])
        case .goalSet(let person, let goal, let messageID):
            try ensurePerson(person, at: time)
            try db.execute("""
                INSERT INTO goals (person, number, text, private, message_id, set_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, [.text(person), .integer(Int64(goal.number)), .text(goal.text), .integer(goal.isPrivate ? 1 : 0), .text(messageID),
                      .real(goal.setAt.timeIntervalSince1970)])
        case .goalDone(let person, let number, let at):
            try db.execute("UPDATE goals SET done_at = ? WHERE person = ? AND number = ? AND done_at IS NULL",
                           [.real(at.timeIntervalSince1970), .text(person), .integer(Int64(number))])
        case .learnedFrom(let m, let messageID):
            try db.execute("""
                INSERT INTO learned_from (person, named, week, topics, message_id, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, [.text(m.person), .text(m.named), .text(m.week.description), .text(m.topics.joined(separator: ",")), .text(messageID),
                      .real(m.at.timeIntervalSince1970)])
        }
    }

    /// Marks a step done or skipped, once.
    private func resolveStep(_ column: String, person: String, path: String, step: String, at: Date) throws {
        try db.execute("""
            UPDATE path_steps SET \(column) = ? WHERE person = ? AND path = ? AND step = ? AND done_at IS NULL AND skipped_at IS NULL
            """, [.real(at.timeIntervalSince1970), .text(person), .text(path), .text(step)])
    }

    // MARK: Reads

    /// The paths of `person` (every person when `nil`), with their steps.
    public func enrolments(person: String? = nil) throws -> [PathEnrolment] {
        let filter = person == nil ? "" : " WHERE person = ?"
        let values: [DatabaseValue] = person.map { [.text($0)] } ?? []
        var result: [PathEnrolment] = []
        var position: [String: Int] = [:]
        for row in try db.rows("SELECT * FROM path_enrolments\(filter) ORDER BY started_at, person, path", values) {
            let e = PathEnrolment(person: try row.string("person"), path: try row.string("path"),
                                  start: LocalDate(try row.string("start_date")) ?? LocalDate(year: 1970, month: 1, day: 1),
                                  buddy: row.optionalString("buddy"), startedBy: row.optionalString("started_by"),
                                  startedAt: Date(timeIntervalSince1970: try row.double("started_at")))
            position[e.person + "\n" + e.path] = result.count
            result.append(e)
        }
        for row in try db.rows("SELECT * FROM path_steps\(filter)", values) {
            guard let i = position[try row.string("person") + "\n" + row.string("path")] else { continue }
            let sentAt = Date(timeIntervalSince1970: try row.double("sent_at"))
            result[i].steps[try row.string("step")] = PathStepState(
                sentAt: sentAt, lastSentAt: Date(timeIntervalSince1970: try row.double("last_sent_at")),
                lastSentOn: LocalDate(try row.string("last_sent_on")) ?? LocalDate(sentAt, in: TimeZone(identifier: "UTC")!),
                lesson: row.optionalString("lesson_id"), doneAt: row.optionalDouble("done_at").map(Date.init(timeIntervalSince1970:)),
                skippedAt: row.optionalDouble("skipped_at").map(Date.init(timeIntervalSince1970:)),
                postponedTo: row.optionalString("postponed_to").flatMap(LocalDate.init))
        }
        return result
    }

    /// The goals of `person`, by number.
    public func goals(person: String) throws -> [LearningGoal] {
        try db.rows("SELECT * FROM goals WHERE person = ? ORDER BY number", [.text(person)]).map(Self.goal)
    }

    /// Every follow-up asked (of `person` only, when given), oldest first.
    public func followUps(person: String? = nil) throws -> [FollowUpRecord] {
        let filter = person == nil ? "" : " WHERE person = ?"
        return try db.rows("SELECT * FROM follow_ups\(filter) ORDER BY asked_at", person.map { [.text($0)] } ?? []).map(Self.followUp)
    }

    /// Per person: the topics they were asked a follow-up on, and the local date of the last one.
    public func followUpsAsked() throws -> [String: (topics: Set<String>, lastOn: LocalDate?)] {
        var result: [String: (topics: Set<String>, lastOn: LocalDate?)] = [:]
        for row in try db.rows("SELECT person, topic, asked_on FROM follow_ups") {
            let person = try row.string("person")
            var entry = result[person] ?? ([], nil)
            entry.topics.insert(try row.string("topic"))
            if let on = LocalDate(try row.string("asked_on")), entry.lastOn.map({ $0 < on }) ?? true { entry.lastOn = on }
            result[person] = entry
        }
        return result
    }

    /// The lessons delivered since `since`: answers to questions (with 👎 marked) and path steps.
    public func deliveries(since: Date) throws -> [FollowUpPlanner.Delivery] {
        try db.rows("""
            SELECT person, lesson_id, asked_at AS at, COALESCE(feedback, 0) = -1 AS down FROM questions
                WHERE lesson_id IS NOT NULL AND asked_at >= ?1
            UNION ALL SELECT person, lesson_id, last_sent_at, 0 FROM path_steps WHERE lesson_id IS NOT NULL AND last_sent_at >= ?1
            """, [.real(since.timeIntervalSince1970)]).map {
            FollowUpPlanner.Delivery(person: try $0.string("person"), lesson: try $0.string("lesson_id"),
                                     at: Date(timeIntervalSince1970: try $0.double("at")), ratedDown: try $0.int64("down") != 0)
        }
    }

    /// Colleagues named as people someone learned from (by `members` only, when given), oldest first.
    public func learnedFrom(by members: [String]? = nil) throws -> [LearnedFromMention] {
        var sql = "SELECT * FROM learned_from"
        var values: [DatabaseValue] = []
        if let members {
            guard !members.isEmpty else { return [] }
            sql += " WHERE person IN (\(Array(repeating: "?", count: members.count).joined(separator: ", ")))"
            values = members.map { .text($0) }
        }
        return try db.rows(sql + " ORDER BY at, id", values).map(Self.mention)
    }

    // MARK: Row mapping

    static func goal(_ row: Row) throws -> LearningGoal {
        LearningGoal(number: Int(try row.int64("number")), text: try row.string("text"), isPrivate: try row.int64("private") != 0,
                     setAt: Date(timeIntervalSince1970: try row.double("set_at")),
                     doneAt: row.optionalDouble("done_at").map(Date.init(timeIntervalSince1970:)))
    }

    static func followUp(_ row: Row) throws -> FollowUpRecord {
        FollowUpRecord(person: try row.string("person"), lesson: try row.string("lesson_id"), topic: try row.string("topic"),
                       deliveredAt: Date(timeIntervalSince1970: try row.double("delivered_at")),
                       askedAt: Date(timeIntervalSince1970: try row.double("asked_at")),
                       answer: row.optionalString("answer").flatMap(FollowUpAnswer.Kind.init(rawValue:)), note: row.optionalString("note"),
                       answeredAt: row.optionalDouble("answered_at").map(Date.init(timeIntervalSince1970:)))
    }

    static func mention(_ row: Row) throws -> LearnedFromMention {
        let topics = try row.string("topics")
        return LearnedFromMention(person: try row.string("person"), named: try row.string("named"),
                                  week: ISOWeek(try row.string("week")) ?? ISOWeek(year: 1970, week: 1),
                                  topics: topics.isEmpty ? [] : topics.split(separator: ",").map(String.init),
                                  at: Date(timeIntervalSince1970: try row.double("at")))
    }
}
