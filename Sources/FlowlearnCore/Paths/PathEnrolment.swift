import Foundation

/// One person on one learning path: when it started, their buddy, and where each step is.
public struct PathEnrolment: Sendable, Equatable, Codable {
    public var person: String
    /// The path's id (the same in every language).
    public var path: String
    /// The path's first day, in the person's timezone.
    public var start: LocalDate
    public var buddy: String?
    /// Who started it: a manager's chat id, or `cli`.
    public var startedBy: String?
    public var startedAt: Date
    /// The state of each step sent so far, by step id.
    public var steps: [String: PathStepState]

    public init(person: String, path: String, start: LocalDate, buddy: String? = nil, startedBy: String? = nil,
                startedAt: Date, steps: [String: PathStepState] = [:]) {
        self.person = person
        self.path = path
        self.start = start
        self.buddy = buddy
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.steps = steps
    }

    /// Whether every step of `path` is done or skipped.
    public func isFinished(_ path: LearningPath) -> Bool {
        path.steps.allSatisfy { steps[$0.id]?.isResolved == true }
    }
}

/// Where one step of a person's path is: sent (and when last), done, skipped, or postponed.
public struct PathStepState: Sendable, Equatable, Codable {
    /// When it was first sent.
    public var sentAt: Date
    /// When it was last sent (a postponed step is sent again).
    public var lastSentAt: Date
    /// The local date it was last sent on.
    public var lastSentOn: LocalDate
    /// The lesson that was sent, when the step has one (the twin in the person's language).
    public var lesson: String?
    public var doneAt: Date?
    public var skippedAt: Date?
    /// `later`: it is sent again on this working day.
    public var postponedTo: LocalDate?

    public init(sentAt: Date, lastSentAt: Date? = nil, lastSentOn: LocalDate, lesson: String? = nil, doneAt: Date? = nil,
                skippedAt: Date? = nil, postponedTo: LocalDate? = nil) {
        self.sentAt = sentAt
        self.lastSentAt = lastSentAt ?? sentAt
        self.lastSentOn = lastSentOn
        self.lesson = lesson
        self.doneAt = doneAt
        self.skippedAt = skippedAt
        self.postponedTo = postponedTo
    }

    /// Done or skipped: nothing more is asked of it.
    public var isResolved: Bool { doneAt != nil || skippedAt != nil }
    /// Done or skipped at.
    public var resolvedAt: Date? { doneAt ?? skippedAt }
}
