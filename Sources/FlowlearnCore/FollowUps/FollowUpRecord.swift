import Foundation

/// One follow-up: the lesson someone got, when the bot asked whether it helped, and the answer.
public struct FollowUpRecord: Sendable, Equatable, Codable {
    public var person: String
    /// The lesson as it was delivered (and asked about).
    public var lesson: String
    /// The lesson and its twin share one topic (the smaller id); asked once per topic.
    public var topic: String
    public var deliveredAt: Date
    public var askedAt: Date
    public var answer: FollowUpAnswer.Kind?
    public var note: String?
    public var answeredAt: Date?

    public init(person: String, lesson: String, topic: String, deliveredAt: Date, askedAt: Date,
                answer: FollowUpAnswer.Kind? = nil, note: String? = nil, answeredAt: Date? = nil) {
        self.person = person
        self.lesson = lesson
        self.topic = topic
        self.deliveredAt = deliveredAt
        self.askedAt = askedAt
        self.answer = answer
        self.note = note
        self.answeredAt = answeredAt
    }

    /// How long a follow-up waits for its answer: after this, `yes` is no longer read as one.
    public static let openFor: TimeInterval = 7 * 86400
}
