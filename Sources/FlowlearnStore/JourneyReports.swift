import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// What the learning journey adds to reports: a team's week for the manager summary, and how
/// each lesson is used and found useful (`flowlearn lessons`).
extension SQLiteLearningStore {
    /// The journey of `members` for the week from `start` to `end`: steps done in it, follow-ups
    /// answered up to its end, goals open at its end or reached in it. The caller adds the paths.
    public func journeyWeek(members: [String], start: Date, end: Date) throws -> JourneyWeekData {
        guard !members.isEmpty else { return JourneyWeekData() }
        let placeholders = Array(repeating: "?", count: members.count).joined(separator: ", ")
        let who = members.map { DatabaseValue.text($0) }
        let (s, e) = (DatabaseValue.real(start.timeIntervalSince1970), DatabaseValue.real(end.timeIntervalSince1970))
        var data = JourneyWeekData()
        data.stepsDone = Int(try db.rows("SELECT COUNT(*) AS n FROM path_steps WHERE done_at >= ? AND done_at < ? AND person IN (\(placeholders))",
                                         [s, e] + who).first?.int64("n") ?? 0)
        data.followUps = try db.rows("""
            SELECT * FROM follow_ups WHERE answered_at IS NOT NULL AND answered_at < ? AND person IN (\(placeholders)) ORDER BY answered_at
            """, [e] + who).map(Self.followUp)
        data.followUpsThisWeek = data.followUps.filter { ($0.answeredAt ?? .distantPast) >= start }.count
        data.goals = try db.rows("""
            SELECT * FROM goals WHERE set_at < ? AND (done_at IS NULL OR done_at >= ?) AND person IN (\(placeholders)) ORDER BY person, number
            """, [e, s] + who).map { row in
            var goal = try Self.goal(row)
            // Reached after the week's end: still open at its end.
            if let done = goal.doneAt, done >= end { goal.doneAt = nil }
            return JourneyWeekData.Goal(person: try row.string("person"), goal: goal)
        }
        return data
    }

    /// Per lesson id: how often and by how many people it was asked for, its 👍 / 👎, how often
    /// paths sent it, and what follow-ups on it were answered.
    public func lessonUsage() throws -> [String: LessonUsage] {
        var usage: [String: LessonUsage] = [:]
        for row in try db.rows("""
            SELECT lesson_id, COUNT(*) AS asked, COUNT(DISTINCT person) AS people, SUM(feedback = 1) AS up, SUM(feedback = -1) AS down
            FROM questions WHERE lesson_id IS NOT NULL GROUP BY lesson_id
            """) {
            let id = try row.string("lesson_id")
            usage[id, default: LessonUsage(lesson: id)].asked = Int(try row.int64("asked"))
            usage[id]?.askedBy = Int(try row.int64("people"))
            usage[id]?.helpful = Int(row.optionalInt64("up") ?? 0)
            usage[id]?.notHelpful = Int(row.optionalInt64("down") ?? 0)
        }
        for row in try db.rows("SELECT lesson_id, COUNT(*) AS n FROM path_steps WHERE lesson_id IS NOT NULL GROUP BY lesson_id") {
            let id = try row.string("lesson_id")
            usage[id, default: LessonUsage(lesson: id)].sentOnPaths = Int(try row.int64("n"))
        }
        for followUp in try followUps() {
            var lesson = usage[followUp.lesson] ?? LessonUsage(lesson: followUp.lesson)
            lesson.add(followUp)
            usage[followUp.lesson] = lesson
        }
        return usage
    }
}
