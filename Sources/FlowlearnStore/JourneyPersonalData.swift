import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// A person's learning journey in `flowlearn export`: their paths and steps, follow-ups and
/// answers, goals (private ones too: it is their data), the colleagues they named as people
/// they learned from, and how many times colleagues named them (never who).
public struct JourneyExport: Sendable, Codable, Equatable {
    public var paths: [PathEnrolment]
    /// Paths on which they are someone's buddy: the person and the path.
    public var buddyOf: [String]
    public var followUps: [FollowUpRecord]
    public var goals: [LearningGoal]
    public var learnedFrom: [LearnedFromMention]
    public var namedByColleagues: Int
}

extension SQLiteLearningStore {
    /// The journey data about `person`.
    func journeyExport(person id: String) throws -> JourneyExport {
        JourneyExport(
            paths: try enrolments(person: id),
            buddyOf: try db.rows("SELECT person, path FROM path_enrolments WHERE buddy = ? ORDER BY started_at", [.text(id)]).map {
                "\(try $0.string("person")) \(try $0.string("path"))"
            },
            followUps: try followUps(person: id), goals: try goals(person: id),
            learnedFrom: try db.rows("SELECT * FROM learned_from WHERE person = ? ORDER BY at, id", [.text(id)]).map(Self.mention),
            namedByColleagues: Int(try db.rows("SELECT COUNT(*) AS n FROM learned_from WHERE named = ?", [.text(id)]).first?.int64("n") ?? 0))
    }

    /// Deletes the journey data about `person` (inside the caller's transaction): their paths,
    /// follow-ups and goals, what they named and where they were named; as a buddy or the one
    /// who started someone's path they are taken off it. Returns the rows changed.
    func deleteJourney(about id: String) throws -> Int {
        var removed = 0
        for sql in [
            "DELETE FROM path_steps WHERE person = ?",
            "DELETE FROM path_enrolments WHERE person = ?",
            "UPDATE path_enrolments SET buddy = NULL WHERE buddy = ?",
            "UPDATE path_enrolments SET started_by = NULL WHERE started_by = ?",
            "DELETE FROM follow_ups WHERE person = ?",
            "DELETE FROM goals WHERE person = ?",
            "DELETE FROM learned_from WHERE person = ?1 OR named = ?1",
        ] {
            try db.execute(sql, [.text(id)])
            removed += db.changes
        }
        return removed
    }

    /// Deletes journey data older than `cutoff` (inside the caller's transaction): follow-ups
    /// asked, mentions recorded and goals reached before it. Returns the rows removed.
    func purgeJourney(olderThan cutoff: Date) throws -> Int {
        var removed = 0
        for sql in [
            "DELETE FROM follow_ups WHERE asked_at < ?",
            "DELETE FROM learned_from WHERE at < ?",
            "DELETE FROM goals WHERE done_at < ?",
        ] {
            try db.execute(sql, [.real(cutoff.timeIntervalSince1970)])
            removed += db.changes
        }
        return removed
    }
}
