import Foundation

/// One question someone asked, with what the bot answered and how it was received.
public struct QuestionRecord: Sendable, Equatable, Codable {
    /// The platform's id of the question message: unique, so a question is recorded once.
    public var messageID: String
    public var person: String
    public var room: String
    public var text: String
    public var language: Language
    /// The lesson the person got: the answer, or the one they picked from the offered ones;
    /// `nil` while none.
    public var lessonID: String?
    public var confidence: Double
    /// Lessons offered to choose from when the question was a close call (empty otherwise).
    public var alternatives: [String]
    public var askedAt: Date
    /// +1 helpful, -1 not helpful, `nil` no feedback yet.
    public var feedback: Int?
    /// The lesson the question came closest to, answered or not (for grouping content gaps).
    public var closestLessonID: String?
    /// True when ``lessonID`` was picked by the person from the offered lessons.
    public var chosen: Bool

    public init(messageID: String, person: String, room: String, text: String, language: Language,
                lessonID: String?, confidence: Double, alternatives: [String] = [], askedAt: Date, feedback: Int? = nil,
                closestLessonID: String? = nil, chosen: Bool = false) {
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
        self.closestLessonID = closestLessonID
        self.chosen = chosen
    }

    /// True when no lesson reached the person: nothing answered, nothing offered.
    public var isGap: Bool { lessonID == nil && alternatives.isEmpty }

    /// True when lessons were offered and the person has not picked one (yet).
    public var isOpenChoice: Bool { lessonID == nil && !alternatives.isEmpty }
}
