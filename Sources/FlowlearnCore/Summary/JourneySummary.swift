/// The learning journey in a manager's weekly summary, limited like the rest of it by `share`:
/// each member's path progress and goals by name only with `full`; under `themes` paths and goal
/// themes only when at least `min_people` people share them, without names; under `counts`
/// numbers only. Follow-up results show per lesson only when at least `min_people` people
/// answered about it, in every mode, and never what anyone wrote. Private goals never appear.
public struct JourneySummary: Sendable, Equatable, Codable {
    /// One member on one path (`full`).
    public struct MemberPath: Sendable, Equatable, Codable {
        public var person: String
        public var path: String
        public var done: Int
        public var total: Int
        public var behind: Bool
    }

    /// A path several people are on (`themes`).
    public struct PathGroup: Sendable, Equatable, Codable {
        public var path: String
        public var people: Int
        public var behind: Int
    }

    /// What the team said of one lesson when asked whether it helped in practice.
    public struct LessonInPractice: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        public var people: Int
        public var used: Int
        public var notYet: Int
        public var didNotHelp: Int
    }

    /// A member's goal (`full`).
    public struct NamedGoal: Sendable, Equatable, Codable {
        public var person: String
        public var text: String
        public var reached: Bool
    }

    public var peopleOnPaths: Int
    public var behind: Int
    public var finished: Int
    public var stepsDoneThisWeek: Int
    /// Only with `share = full`.
    public var memberPaths: [MemberPath]?
    /// Only with `share = themes`.
    public var pathGroups: [PathGroup]?
    /// People on paths fewer than `min_people` share (`themes`): counted, not shown.
    public var pathsNotShown: Int

    public var followUpsAnswered: Int
    public var followUpsThisWeek: Int
    public var lessonsInPractice: [LessonInPractice]
    /// Answers on lessons fewer than `min_people` people answered about.
    public var followUpsNotShown: Int

    public var openGoals: Int
    public var peopleWithGoals: Int
    public var goalsReachedThisWeek: Int
    /// Only with `share = full`.
    public var goals: [NamedGoal]?
    /// Only with `share = themes`.
    public var goalThemes: [TeamSummary.Theme]?
    public var goalsNotShown: Int

    /// Nothing to say: no paths, no follow-up answers, no goals.
    public var isEmpty: Bool { peopleOnPaths == 0 && followUpsAnswered == 0 && openGoals == 0 && goalsReachedThisWeek == 0 }
}
