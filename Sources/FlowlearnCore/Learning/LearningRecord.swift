import Foundation

/// One thing a person did that the organisation's learning record store hears about (as an xAPI
/// statement): asked a question, got a lesson, rated it, said whether it helped in practice,
/// did or skipped a step of a learning path, replied to a reflection. Its id is fixed
/// when it is recorded, in the same transaction as the turn that caused it, so sending it again
/// never makes a second record.
public struct LearningRecord: Sendable, Equatable {
    /// What happened. Adding a kind here, its statement in `XAPIStatementBuilder` and its row in
    /// `LearningRecordStore` is all a new kind of learning record takes.
    public enum Activity: Sendable, Equatable {
        /// A question, answered with this lesson, or without one: a content gap, or a close call
        /// (`choiceOffered`: the closest lessons were offered to pick from). Never its words.
        case asked(lesson: String?, choiceOffered: Bool = false)
        /// The lesson was given to the person.
        case experienced(lesson: String)
        /// The person rated the lesson: helpful (👍) or not (👎).
        case rated(lesson: String, helpful: Bool)
        /// The person answered the follow-up on a lesson: used it in practice, not yet, or it did
        /// not help. Never the sentence they added.
        case answeredFollowUp(lesson: String, answer: FollowUpAnswer.Kind)
        /// The person marked a step of a learning path done.
        case completedStep(path: String, step: String)
        /// The person skipped a step of a learning path.
        case skippedStep(path: String, step: String)
        /// The person replied to the weekly reflection of this week. Never its text.
        case responded(reflection: ISOWeek)
        /// A statement sent earlier is withdrawn (the person was forgotten).
        case voided(statement: UUID)
    }

    /// The statement id.
    public var id: UUID
    /// Who did it; `nil` for a voiding record, which names nobody.
    public var person: String?
    public var activity: Activity
    public var language: Language?
    public var occurredAt: Date
    /// The record this one follows from (the question a lesson answered).
    public var follows: UUID?

    public init(id: UUID, person: String?, activity: Activity, language: Language? = nil, occurredAt: Date, follows: UUID? = nil) {
        self.id = id
        self.person = person
        self.activity = activity
        self.language = language
        self.occurredAt = occurredAt
        self.follows = follows
    }
}

/// A learning record waiting in the store to be sent.
public struct QueuedLearningRecord: Sendable, Equatable {
    /// Its place in the queue.
    public var sequence: Int64
    public var record: LearningRecord
    public var attempts: Int

    public init(sequence: Int64, record: LearningRecord, attempts: Int) {
        self.sequence = sequence
        self.record = record
        self.attempts = attempts
    }
}

/// The durable queue of learning records on their way to the learning record store.
public protocol LearningRecordQueue: AnyObject, Sendable {
    /// Records not sent yet, oldest first.
    func pendingLearningRecords(limit: Int) throws -> [QueuedLearningRecord]
    /// The store accepted these records.
    func markLearningRecordsSent(_ sequences: [Int64], at time: Date) throws
    /// An attempt failed for a reason that may pass (an outage); they stay queued.
    func learningRecordsAttemptFailed(_ sequences: [Int64], error: String, at time: Date) throws
    /// The store refused this record for good: kept aside, with the store's reason, and not sent again.
    func setLearningRecordAside(_ sequence: Int64, reason: String, at time: Date) throws
    /// A secret the hashed actor is keyed with, made once and kept.
    func learningRecordActorKey() throws -> [UInt8]
}
