import Foundation
import FlowlearnCore
import FlowlearnSQLite

extension SQLiteLearningStore {
    /// The data of a report over `weeks` (oldest first): the questions of `people` (everyone when
    /// `nil`) in those weeks of `timeZone`, and each of `teams`' reflection participation per week.
    public func reportData(team: String?, people: [String]?, teams: [FlowlearnConfig.Team], weeks: [ISOWeek],
                           timeZone: TimeZone, teamTimeZone: (FlowlearnConfig.Team) -> TimeZone) throws -> ReportData {
        guard let first = weeks.first, let last = weeks.last else { return ReportData(team: team, weeks: weeks, timeZone: timeZone) }
        let (start, _) = Self.bounds(of: first, timeZone: timeZone)
        let (_, end) = Self.bounds(of: last, timeZone: timeZone)
        var questions: [QuestionRecord] = []
        if let people {
            if !people.isEmpty {
                questions = try db.rows("""
                    SELECT * FROM questions WHERE asked_at >= ? AND asked_at < ? AND person IN (\(Self.placeholders(people.count))) ORDER BY asked_at, id
                    """, [.real(start.timeIntervalSince1970), .real(end.timeIntervalSince1970)] + people.map { .text($0) }).map(Self.question)
            }
        } else {
            questions = try db.rows("SELECT * FROM questions WHERE asked_at >= ? AND asked_at < ? ORDER BY asked_at, id",
                                    [.real(start.timeIntervalSince1970), .real(end.timeIntervalSince1970)]).map(Self.question)
        }
        let known = try teamsKnownSince()
        let teamWeeks = try teams.map { team in
            let zone = teamTimeZone(team)
            let since = known[team.name].map { ISOWeek(containing: $0, in: zone) }
            let participation = try weeks.filter { week in since.map { week >= $0 } ?? true }.compactMap { week in
                try self.participation(members: team.members, week: week)
            }
            return ReportData.TeamWeeks(team: team.name, weeks: participation, members: team.members)
        }
        // Follow-ups answered and colleagues named by the people in scope (the builder keeps the weeks').
        let inScope = people.map(Set.init)
        let followUps = try followUps().filter { f in
            guard let at = f.answeredAt, at >= start, at < end else { return false }
            return inScope?.contains(f.person) ?? true
        }
        return ReportData(team: team, weeks: weeks, timeZone: timeZone, questions: questions, teams: teamWeeks, followUps: followUps,
                          mentions: try learnedFrom(by: people))
    }

    /// How many of `members` replied to the reflection of `week` (a message or a pulse), and
    /// their average pulse; `nil` when none of them was prompted that week.
    func participation(members: [String], week: ISOWeek) throws -> TeamWeekData.WeekParticipation? {
        guard !members.isEmpty else { return nil }
        let memberValues = members.map { DatabaseValue.text($0) }
        let placeholders = Self.placeholders(members.count)
        let w = DatabaseValue.text(week.description)
        let prompted = try db.rows("SELECT COUNT(*) AS n FROM reflection_prompts WHERE week = ? AND person IN (\(placeholders))",
                                   [w] + memberValues).first?.int64("n") ?? 0
        guard prompted > 0 else { return nil }
        let replied = try db.rows("""
            SELECT COUNT(DISTINCT person) AS replied FROM (
                SELECT person FROM reflection_replies WHERE week = ? AND person IN (\(placeholders))
                UNION SELECT person FROM reflection_prompts WHERE week = ? AND pulse IS NOT NULL AND person IN (\(placeholders)))
            """, [w] + memberValues + [w] + memberValues).first?.int64("replied") ?? 0
        let average = try db.rows("SELECT AVG(pulse) AS a FROM reflection_prompts WHERE week = ? AND pulse IS NOT NULL AND person IN (\(placeholders))",
                                  [w] + memberValues).first?.optionalDouble("a")
        return TeamWeekData.WeekParticipation(week: week, replied: Int(replied), members: members.count, averagePulse: average)
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
