extension LearningReport {
    /// One team's learning paths and goals over the report's weeks, limited exactly as the
    /// manager summary limits them (``JourneySummary``): people named only with `full`, paths
    /// and goal themes under `themes` only when at least `min_people` people share them.
    public struct TeamJourney: Sendable, Equatable {
        public var team: String
        public var journey: JourneySummary

        /// Whether the team has anyone on a path (now or finished).
        public var hasPaths: Bool { journey.peopleOnPaths > 0 || journey.finished > 0 }
        /// Whether the team has goals open or reached in the weeks.
        public var hasGoals: Bool { journey.openGoals > 0 || journey.goalsReachedThisWeek > 0 }
    }

    /// How many colleagues were named in one week as people someone learned from: counts only.
    public struct LearnedFromWeek: Sendable, Equatable {
        public var week: ISOWeek
        public var mentions: Int
        /// Different people who named someone.
        public var colleagues: Int
        /// Different people named.
        public var peopleNamed: Int
    }

    /// Who people learn from: counts per week in every mode; beside them what `[summary] share`
    /// allows of ``KnowledgeHolderReport``: the people named with `full`, topics at least
    /// `min_people` colleagues named someone on with `themes`, nothing more with `counts`.
    public struct LearnedFrom: Sendable, Equatable {
        public var weeks: [LearnedFromWeek]
        public var holders: KnowledgeHolderReport
    }
}
