import Foundation

/// What the conversation needs to know from the store to handle one event, read before it is
/// handled, so handling itself is a pure function of (event, context, time).
public struct ConversationContext: Sendable, Equatable {
    /// The sender, if the store knows them.
    public var person: PersonRecord?
    /// The last question this person got an answer to (for 👍 / 👎 typed in the shell).
    public var lastAnswered: QuestionRecord?
    /// For a reaction: the question whose answer was reacted to.
    public var reactedQuestion: QuestionRecord?
    /// When the person asked to be forgotten and has not confirmed yet.
    public var forgetRequestedAt: Date?
    /// What the store holds about the person, for "what do you store about me?".
    public var storedData: StoredDataSummary
    /// The person's reflection that is open at the time of the event (prompted, not closed).
    public var openReflection: OpenReflection?
    /// For a reaction: the reflection prompt it was put on (a one-tap pulse).
    public var reactedPrompt: OpenReflection?
    /// For a message: it replies to (or is in the thread of) the open reflection's prompt.
    public var repliesToPrompt: Bool
    /// The person's earlier message the bot asked about ("reflection or question?"), if any.
    public var unclearMessage: UnclearMessage?
    /// The person's latest question, when it was a close call and they have not picked a lesson.
    public var openChoice: QuestionRecord?
    /// The person's learning journey: paths, an open follow-up, goals.
    public var journey = JourneyContext()

    public init(person: PersonRecord? = nil, lastAnswered: QuestionRecord? = nil, reactedQuestion: QuestionRecord? = nil,
                forgetRequestedAt: Date? = nil, storedData: StoredDataSummary = StoredDataSummary(),
                openReflection: OpenReflection? = nil, reactedPrompt: OpenReflection? = nil, repliesToPrompt: Bool = false,
                unclearMessage: UnclearMessage? = nil, openChoice: QuestionRecord? = nil) {
        self.person = person
        self.lastAnswered = lastAnswered
        self.reactedQuestion = reactedQuestion
        self.forgetRequestedAt = forgetRequestedAt
        self.storedData = storedData
        self.openReflection = openReflection
        self.reactedPrompt = reactedPrompt
        self.repliesToPrompt = repliesToPrompt
        self.unclearMessage = unclearMessage
        self.openChoice = openChoice
    }
}

/// A message written while a reflection was open that the bot could not place: it asked the
/// person whether it is reflection or a question, and keeps it until they answer.
public struct UnclearMessage: Sendable, Equatable, Codable {
    public var messageID: String
    public var room: String
    public var text: String
    /// The week of the reflection that was open.
    public var week: ISOWeek
    public var receivedAt: Date

    public init(messageID: String, room: String, text: String, week: ISOWeek, receivedAt: Date) {
        self.messageID = messageID
        self.room = room
        self.text = text
        self.week = week
        self.receivedAt = receivedAt
    }
}

/// A person's weekly reflection that was prompted and has not closed yet.
public struct OpenReflection: Sendable, Equatable {
    public var week: ISOWeek
    public var closesAt: Date
    /// Reflection messages and pulse answers recorded so far this week.
    public var replies: Int
    public var skipped: Bool

    public init(week: ISOWeek, closesAt: Date, replies: Int = 0, skipped: Bool = false) {
        self.week = week
        self.closesAt = closesAt
        self.replies = replies
        self.skipped = skipped
    }
}

/// Counts of what the store holds about one person, as told to them when they ask.
public struct StoredDataSummary: Sendable, Equatable, Codable {
    public var questions: Int = 0
    public var reflections: Int = 0
    public var prompts: Int = 0
    public var oldest: Date?
    public init(questions: Int = 0, reflections: Int = 0, prompts: Int = 0, oldest: Date? = nil) {
        self.questions = questions
        self.reflections = reflections
        self.prompts = prompts
        self.oldest = oldest
    }
}
