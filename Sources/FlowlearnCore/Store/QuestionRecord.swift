import Foundation

/// One question someone asked, with what the bot answered and how it was received.
public struct QuestionRecord: Sendable, Equatable, Codable {
    /// The platform's id of the question message: unique, so a question is recorded once.
    public var messageID: String
    public var person: String
    public var room: String
    public var text: String
    public var language: Language
    /// The lesson answered with; `nil` for a content gap.
    public var lessonID: String?
    public var confidence: Double
    /// Lessons offered as "did you mean".
    public var alternatives: [String]
    public var askedAt: Date
    /// +1 helpful, -1 not helpful, `nil` no feedback yet.
    public var feedback: Int?

    public init(messageID: String, person: String, room: String, text: String, language: Language,
                lessonID: String?, confidence: Double, alternatives: [String] = [], askedAt: Date, feedback: Int? = nil) {
        self.messageID = messageID
        self.person = person
        self.room = room
        self.text = text
        self.language = language
        self.lessonID = lessonID
        self.confidence = confidence
        self.alternatives = alternatives
        self.askedAt = askedAt
        self.feedback = feedback
    }

    /// True when no lesson answered the question.
    public var isGap: Bool { lessonID == nil }
}
