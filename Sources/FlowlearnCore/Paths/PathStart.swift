/// Starting a path for a person, from the command line or by their manager in chat: the
/// enrolment to store, a confirmation for whoever started it, and a note to the buddy.
public struct PathStart: Sendable {
    public var enrolment: PathEnrolment
    public var path: LearningPath
    public var calendar: WorkingDays

    public init(enrolment: PathEnrolment, path: LearningPath, calendar: WorkingDays) {
        self.enrolment = enrolment
        self.path = path
        self.calendar = calendar
    }

    /// The day the first step comes.
    public var firstDay: LocalDate {
        calendar.workingDay(path.steps.first?.timing.workingDay(workingDaysPerWeek: calendar.perWeek) ?? 1, from: enrolment.start)
    }

    /// The confirmation for whoever started it, in `language`.
    public func confirmation(_ language: Language) -> String {
        PathPhrasebook(language).started(path: path.title, id: path.id, person: enrolment.person, start: enrolment.start,
                                         steps: path.steps.count, first: firstDay, time: calendar.time, buddy: enrolment.buddy)
    }

    /// The turn that starts it: the enrolment, then the confirmation (first, in `language`, to
    /// the manager who started it in chat; none from the command line, `startedBy` `nil`) and
    /// the buddy's welcome (in `buddyLanguage`, default `language`).
    public func turn(eventID: String, language: Language, buddyLanguage: Language? = nil) -> Turn {
        let firstDate = firstDay
        var outgoing: [OutgoingMessage] = []
        if let manager = enrolment.startedBy {
            outgoing.append(OutgoingMessage(destination: .person(manager), text: confirmation(language)))
        }
        if let buddy = enrolment.buddy {
            outgoing.append(OutgoingMessage(destination: .person(buddy),
                                            text: PathPhrasebook(buddyLanguage ?? language).buddyWelcome(person: enrolment.person, path: path.title,
                                                                                                          start: firstDate)))
        }
        return Turn(eventID: eventID, writes: [.journey(.pathStarted(enrolment))], outgoing: outgoing)
    }
}
