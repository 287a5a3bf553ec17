import Foundation
import FlowlearnCore
import FlowlearnSQLite

extension SQLiteLearningStore {
    /// What the scheduler needs: prompt states of recent weeks by person and week, and the
    /// keys of the summaries already sent.
    public func schedulingState(since week: ISOWeek) throws -> (prompts: [String: [ISOWeek: WeeklyScheduler.PromptState]], summariesSent: Set<String>) {
        var prompts: [String: [ISOWeek: WeeklyScheduler.PromptState]] = [:]
        for row in try db.rows("""
            SELECT person, week, prompted_at, reminded_at, skipped_at, pulse,
                   (SELECT COUNT(*) FROM reflection_replies r WHERE r.person = p.person AND r.week = p.week) AS replies
            FROM reflection_prompts p WHERE week >= ?
            """, [.text(week.description)]) {
            guard let w = ISOWeek(try row.string("week")) else { continue }
            let replies = Int(try row.int64("replies")) + (row.optionalInt64("pulse") == nil ? 0 : 1)
            prompts[try row.string("person"), default: [:]][w] = .init(
                promptedAt: Date(timeIntervalSince1970: try row.double("prompted_at")), replies: replies, skipped: row.optionalDouble("skipped_at") != nil, reminded: row.optionalDouble("reminded_at") != nil)
        }
        var summaries: Set<String> = []
        for row in try db.rows("SELECT team, week FROM summaries_sent WHERE week >= ?", [.text(week.description)]) {
            if let w = ISOWeek(try row.string("week")) {
                summaries.insert(WeeklyScheduler.Action.summary(team: try row.string("team"), week: w).key)
            }
        }
        return (prompts, summaries)
    }

    /// When each team first appeared in the store, by name.
    public func teamsKnownSince() throws -> [String: Date] {
        var result: [String: Date] = [:]
        for row in try db.rows("SELECT name, first_seen_at FROM teams") {
            result[try row.string("name")] = Date(timeIntervalSince1970: try row.double("first_seen_at"))
        }
        return result
    }

    /// Makes sure every team and team member from the config is known, with their team and
    /// timezone; a team or person seen for the first time is known from `time` on.
    public func registerTeams(_ teams: [FlowlearnConfig.Team], defaultTimeZone: TimeZone, at time: Date) throws {
        try db.transaction {
            for team in teams {
                try db.execute("INSERT INTO teams (name, first_seen_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                               [.text(team.name), .real(time.timeIntervalSince1970)])
                for member in team.members {
                    try db.execute("""
                        INSERT INTO people (id, team, timezone, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET team = excluded.team, timezone = excluded.timezone
                        """, [.text(member), .text(team.name), .text((team.timezone ?? defaultTimeZone).identifier),
                              .real(time.timeIntervalSince1970)])
                }
            }
        }
    }

    /// The data of a team's week for its summary, with `historyWeeks` earlier weeks for the trend.
    /// `timeZone`: the team's (its own, else the config's default), which bounds its weeks.
    public func teamWeek(team: FlowlearnConfig.Team, week: ISOWeek, timeZone: TimeZone, historyWeeks: Int = 7) throws -> TeamWeekData {
        let members = team.members
        var names: [String: String] = [:]
        for p in try people() where members.contains(p.id) { if let n = p.name { names[p.id] = n } }
        let placeholders = Array(repeating: "?", count: members.count).joined(separator: ", ")
        let memberValues = members.map { DatabaseValue.text($0) }
        var reflections: [TeamWeekData.Reflection] = []
        var pulses: [String: Int] = [:]
        var skipped: Set<String> = []
        var questions: [QuestionRecord] = []
        if !members.isEmpty {
            reflections = try db.rows("""
                SELECT person, text, private FROM reflection_replies WHERE week = ? AND person IN (\(placeholders)) ORDER BY received_at, id
                """, [.text(week.description)] + memberValues).map {
                TeamWeekData.Reflection(person: try $0.string("person"), text: try $0.string("text"), isPrivate: try $0.int64("private") != 0)
            }
            for row in try db.rows("SELECT person, pulse, skipped_at FROM reflection_prompts WHERE week = ? AND person IN (\(placeholders))",
                                   [.text(week.description)] + memberValues) {
                let person = try row.string("person")
                if let pulse = row.optionalInt64("pulse") { pulses[person] = Int(pulse) }
                if row.optionalDouble("skipped_at") != nil { skipped.insert(person) }
            }
            let (start, end) = Self.bounds(of: week, timeZone: timeZone)
            questions = try db.rows("""
                SELECT * FROM questions WHERE asked_at >= ? AND asked_at < ? AND person IN (\(placeholders)) ORDER BY asked_at, id
                """, [.real(start.timeIntervalSince1970), .real(end.timeIntervalSince1970)] + memberValues).map(Self.question)
        }
        var history: [TeamWeekData.WeekParticipation] = []
        var w = week.offset(by: -historyWeeks)
        while w < week {
            if let participation = try participation(members: members, week: w) { history.append(participation) }
            w = w.next
        }
        return TeamWeekData(team: team.name, week: week, members: members, names: names, reflections: reflections, pulses: pulses,
                            skipped: skipped, questions: questions, history: history)
    }

    /// Monday 00:00 of `week` and of the week after, in `timeZone`.
    static func bounds(of week: ISOWeek, timeZone: TimeZone) -> (Date, Date) {
        (WeeklySchedule.weekStart(of: week, timeZone: timeZone), WeeklySchedule.weekStart(of: week.next, timeZone: timeZone))
    }
}
