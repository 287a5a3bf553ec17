import Foundation

/// The store changes of the learning journey (paths, follow-ups, goals, who people learn from),
/// carried in a ``Turn`` as `.journey(…)` and applied in the turn's transaction.
public enum JourneyWrite: Sendable, Equatable {
    /// A path starts for a person.
    case pathStarted(PathEnrolment)
    /// A step was sent (again, after `later`) on `date`, with the lesson it carried.
    case pathStepSent(person: String, path: String, step: String, lesson: String?, date: LocalDate, at: Date)
    case pathStepDone(person: String, path: String, step: String, at: Date)
    case pathStepSkipped(person: String, path: String, step: String, at: Date)
    /// `later`: the step comes again on `date`.
    case pathStepPostponed(person: String, path: String, step: String, to: LocalDate)
    /// The follow-up on a lesson was asked, on `date` in the person's timezone.
    case followUpAsked(FollowUpRecord, on: LocalDate)
    case followUpAnswered(person: String, topic: String, answer: FollowUpAnswer, at: Date)
    case goalSet(person: String, goal: LearningGoal, messageID: String)
    case goalDone(person: String, number: Int, at: Date)
    /// A colleague named in a reflection message.
    case learnedFrom(LearnedFromMention, messageID: String)
}
