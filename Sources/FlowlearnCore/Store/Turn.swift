import Foundation

/// Everything one handled event changes: the records to write and the messages to send.
///
/// The store applies a turn in one transaction together with marking the event handled, so an
/// event is either fully handled (recorded and its replies queued) or not at all, and a
/// redelivered event is recognised and ignored.
public struct Turn: Sendable, Equatable {
    /// One change to the store.
    public enum Write: Sendable, Equatable {
        /// Create or update a person (name, language learned from their messages).
        case person(PersonRecord)
        case question(QuestionRecord)
        /// The person picked `lessonID` from the lessons offered for the question with this message id.
        case choicePicked(questionMessageID: String, lessonID: String)
        /// Feedback on the answer to the question with this message id.
        case feedback(questionMessageID: String, value: Int)
        /// The person asked to be forgotten; ask for confirmation.
        case forgetRequested(person: String, at: Date)
        /// The person withdrew or let a forget request lapse.
        case forgetCancelled(person: String)
        /// Delete everything about the person.
        case forget(person: String)
        /// The person paused (`true`) or resumed (`false`) their weekly prompts.
        case setPaused(person: String, paused: Bool)
        /// The weekly prompt for `week` was queued; the reflection is open until `closesAt`.
        case reflectionPrompted(person: String, week: ISOWeek, promptAt: Date, closesAt: Date)
        /// The one reminder for `week` was queued.
        case reflectionReminded(person: String, week: ISOWeek)
        /// A message of the person's reflection for `week`.
        case reflectionReply(person: String, week: ISOWeek, messageID: String, text: String, isPrivate: Bool, at: Date)
        /// The week's 1–5 pulse answer (a later answer replaces an earlier one).
        case pulse(person: String, week: ISOWeek, value: Int)
        /// The person skipped `week`.
        case reflectionSkipped(person: String, week: ISOWeek)
        /// The summary of `week` for `team` was queued.
        case summarySent(team: String, week: ISOWeek)
        /// The bot asked whether this message is reflection or a question; kept until answered.
        case unclearMessage(person: String, UnclearMessage)
        /// The person's unclear message was placed (as reflection or as a question).
        case unclearResolved(person: String)
        /// A change of the learning journey: paths, follow-ups, goals, who people learn from.
        case journey(JourneyWrite)
    }

    /// The platform event this turn handles (message or reaction id); `nil` for scheduled work.
    public var eventID: String?
    public var writes: [Write]
    public var outgoing: [OutgoingMessage]

    public init(eventID: String?, writes: [Write] = [], outgoing: [OutgoingMessage] = []) {
        self.eventID = eventID
        self.writes = writes
        self.outgoing = outgoing
    }

    /// A turn that changes nothing and sends nothing (the event is only marked handled).
    public static func ignore(_ eventID: String?) -> Turn { Turn(eventID: eventID) }
}
