import Foundation

/// What the learning journey needs to know from the store to handle one message: the sender's
/// paths, open follow-up and goals, what the message replies to, and for a manager's "start
/// onboarding for …" the paths of the person named.
public struct JourneyContext: Sendable, Equatable {
    /// A bot message a person's message replies to (or is in the thread of), on platforms with replies.
    public enum ReplyTarget: Sendable, Equatable {
        case pathStep(path: String, step: String)
        case followUp(topic: String)
        /// Another message of the bot's (a reflection prompt, an answer).
        case other
    }

    /// The sender's paths.
    public var enrolments: [PathEnrolment]
    /// The follow-up the sender was asked and has not answered, while it is open.
    public var openFollowUp: FollowUpRecord?
    /// The sender's goals, open and reached, by number.
    public var goals: [LearningGoal]
    public var repliesTo: ReplyTarget?
    /// When the sender's open reflection was prompted (a `skip` after it is the reflection's).
    public var promptedAt: Date?
    /// Lessons the sender got in the week before the message (the topics around a mention).
    public var recentLessons: [String]
    /// For a request to start a path: the paths of the person it names.
    public var targetEnrolments: [PathEnrolment]
    /// Counts for "what do you store about me?".
    public var stored: JourneyStoredData

    public init(enrolments: [PathEnrolment] = [], openFollowUp: FollowUpRecord? = nil, goals: [LearningGoal] = [],
                repliesTo: ReplyTarget? = nil, promptedAt: Date? = nil, recentLessons: [String] = [],
                targetEnrolments: [PathEnrolment] = [], stored: JourneyStoredData = JourneyStoredData()) {
        self.enrolments = enrolments
        self.openFollowUp = openFollowUp
        self.goals = goals
        self.repliesTo = repliesTo
        self.promptedAt = promptedAt
        self.recentLessons = recentLessons
        self.targetEnrolments = targetEnrolments
        self.stored = stored
    }
}

/// How much journey data the store holds about one person, as told to them when they ask.
public struct JourneyStoredData: Sendable, Equatable, Codable {
    public var goals = 0
    public var paths = 0
    public var followUps = 0
    /// Colleagues they named as people they learned from.
    public var namedPeople = 0
    public init(goals: Int = 0, paths: Int = 0, followUps: Int = 0, namedPeople: Int = 0) {
        self.goals = goals
        self.paths = paths
        self.followUps = followUps
        self.namedPeople = namedPeople
    }
}
