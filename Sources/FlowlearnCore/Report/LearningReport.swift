import Foundation

/// A report of how a team (or the organisation) learns over several weeks, limited to what its
/// reader may see: the same rules as the manager summary (``TeamSummary``). Questions appear only
/// as counts, lessons and gap themes at least ``minimumPeople`` different people share, never in
/// their words; reflections only as participation and pulse; no person is named, except on
/// learning paths, goals and who people learn from when `share = full` (as in the summary).
public struct LearningReport: Sendable, Equatable {
    /// Questions of one week.
    public struct WeekQuestions: Sendable, Equatable {
        public var week: ISOWeek
        public var asked: Int
        public var answered: Int
        /// Asked and without a lesson yet.
        public var gaps: Int
    }

    /// A word enough people's unanswered questions share.
    public struct GapTheme: Sendable, Equatable {
        public var theme: String
        public var people: Int
        public var times: Int
    }

    /// How a lesson was used and rated, and what people said a few days later when asked
    /// whether it helped in practice.
    public struct LessonUse: Sendable, Equatable {
        public var lesson: String
        public var title: String
        /// Different people answered with it or asked about it in a follow-up.
        public var people: Int
        public var asked: Int
        public var helpful: Int
        public var notHelpful: Int
        /// Follow-ups answered "yes, I used it".
        public var used: Int = 0
        /// Follow-ups answered "it didn't help".
        public var didNotHelp: Int = 0
    }

    /// Which way a measure moved over the report's weeks.
    public enum Trend: String, Sendable, Equatable {
        case rising, steady, falling
    }

    /// One team's reflection weeks and where they are heading.
    public struct TeamReflection: Sendable, Equatable {
        public var team: String
        public var weeks: [TeamWeekData.WeekParticipation]
        /// `nil` with fewer than two weeks of data.
        public var participationTrend: Trend?
        public var pulseTrend: Trend?
    }

    public var team: String?
    public var weeks: [ISOWeek]
    public var share: FlowlearnConfig.ShareMode
    public var minimumPeople: Int
    public var questions: [WeekQuestions]
    public var gapThemes: [GapTheme]
    /// Questions without a lesson on themes fewer people share: counted, not shown.
    public var gapsNotShown: Int
    /// Most asked first.
    public var lessons: [LessonUse]
    /// Answered questions on lessons fewer people were answered with: counted, not shown.
    public var lessonQuestionsNotShown: Int
    /// Follow-up answers on lessons fewer people are behind: counted, not shown.
    public var followUpsNotShown: Int = 0
    public var teams: [TeamReflection]
    /// Each team's learning paths and goals, when any team has some.
    public var journeys: [TeamJourney] = []
    /// Who people learn from, when anyone named a colleague in the weeks.
    public var learnedFrom: LearnedFrom?

    /// Whether any question was asked in the report's weeks.
    public var hasQuestions: Bool { questions.contains { $0.asked > 0 } }
    /// Whether a lesson shown has follow-up answers.
    public var hasFollowUps: Bool { lessons.contains { $0.used + $0.didNotHelp > 0 } }
}
