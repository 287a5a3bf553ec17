import Foundation

/// What the store knows for a report: the questions of the people in scope over the report's
/// weeks, each team's reflection participation per week and learning journey, the follow-ups
/// answered and the colleagues named. The raw input of ``LearningReportBuilder``, which decides
/// what of it a reader may see.
public struct ReportData: Sendable, Equatable {
    /// Reflection participation of one team, week by week, and its members' learning journey.
    public struct TeamWeeks: Sendable, Equatable {
        public var team: String
        /// One entry per report week, oldest first (weeks before the team existed are left out).
        public var weeks: [TeamWeekData.WeekParticipation]
        /// The members, in config order.
        public var members: [String]
        /// Paths at the end of the last week, steps done and goals reached over the weeks, goals
        /// open at their end.
        public var journey: JourneyWeekData
        public init(team: String, weeks: [TeamWeekData.WeekParticipation], members: [String] = [], journey: JourneyWeekData = JourneyWeekData()) {
            self.team = team
            self.weeks = weeks
            self.members = members
            self.journey = journey
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
    /// Follow-ups the people in scope answered (the builder keeps those of the weeks).
    public var followUps: [FollowUpRecord]
    /// Colleagues the people in scope named as people they learned from (the builder keeps those of the weeks).
    public var mentions: [LearnedFromMention]
    /// Display names by id, where known (named only with `share = full`).
    public var names: [String: String]

    public init(team: String?, weeks: [ISOWeek], timeZone: TimeZone, questions: [QuestionRecord] = [],
                lessonTitles: [String: String] = [:], teams: [TeamWeeks] = [], followUps: [FollowUpRecord] = [],
                mentions: [LearnedFromMention] = [], names: [String: String] = [:]) {
        self.team = team
        self.weeks = weeks
        self.timeZone = timeZone
        self.questions = questions
        self.lessonTitles = lessonTitles
        self.teams = teams
        self.followUps = followUps
        self.mentions = mentions
        self.names = names
    }

    /// The `count` weeks up to and including `last`, oldest first.
    public static func weeks(endingWith last: ISOWeek, count: Int) -> [ISOWeek] {
        (0..<max(1, count)).reversed().map { last.offset(by: -$0) }
    }
}
