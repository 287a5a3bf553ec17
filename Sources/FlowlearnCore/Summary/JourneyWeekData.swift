import Foundation

/// What the store knows of a team's learning journey for one week's summary: the members'
/// paths, their follow-up answers so far, and their goals.
public struct JourneyWeekData: Sendable, Equatable {
    /// A member's goal.
    public struct Goal: Sendable, Equatable {
        public var person: String
        public var goal: LearningGoal
        public init(person: String, goal: LearningGoal) {
            self.person = person
            self.goal = goal
        }
    }

    /// Each member's progress on each of their paths, at the end of the week.
    public var paths: [PathProgress]
    /// Path steps members marked done during the week.
    public var stepsDone: Int
    /// Members' answered follow-ups, up to the end of the week.
    public var followUps: [FollowUpRecord]
    /// Follow-ups answered during the week.
    public var followUpsThisWeek: Int
    /// Members' goals open at the end of the week or reached during it.
    public var goals: [Goal]

    public init(paths: [PathProgress] = [], stepsDone: Int = 0, followUps: [FollowUpRecord] = [], followUpsThisWeek: Int = 0,
                goals: [Goal] = []) {
        self.paths = paths
        self.stepsDone = stepsDone
        self.followUps = followUps
        self.followUpsThisWeek = followUpsThisWeek
        self.goals = goals
    }

    public var isEmpty: Bool { paths.isEmpty && followUps.isEmpty && goals.isEmpty }
}
