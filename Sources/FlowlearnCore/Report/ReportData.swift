import Foundation

/// What the store knows for a report: the questions of the people in scope over the report's
/// weeks, and each team's reflection participation per week. The raw input of
/// ``LearningReportBuilder``, which decides what of it a reader may see.
public struct ReportData: Sendable, Equatable {
    /// Reflection participation of one team, week by week.
    public struct TeamWeeks: Sendable, Equatable {
        public var team: String
        /// One entry per report week, oldest first (weeks before the team existed are left out).
        public var weeks: [TeamWeekData.WeekParticipation]
        public init(team: String, weeks: [TeamWeekData.WeekParticipation]) {
            self.team = team
            self.weeks = weeks
        }
    }

    /// The team the report is about; `nil` for the whole organisation.
    public var team: String?
    /// The report's weeks, oldest first.
    public var weeks: [ISOWeek]
    /// The timezone whose weeks the questions are counted in.
    public var timeZone: TimeZone
    /// The questions asked by the people in scope during the weeks.
    public var questions: [QuestionRecord]
    /// Lesson titles by id.
    public var lessonTitles: [String: String]
    public var teams: [TeamWeeks]

    public init(team: String?, weeks: [ISOWeek], timeZone: TimeZone, questions: [QuestionRecord] = [],
                lessonTitles: [String: String] = [:], teams: [TeamWeeks] = []) {
        self.team = team
        self.weeks = weeks
        self.timeZone = timeZone
        self.questions = questions
        self.lessonTitles = lessonTitles
        self.teams = teams
    }

    /// The `count` weeks up to and including `last`, oldest first.
    public static func weeks(endingWith last: ISOWeek, count: Int) -> [ISOWeek] {
        (0..<max(1, count)).reversed().map { last.offset(by: -$0) }
    }
}
