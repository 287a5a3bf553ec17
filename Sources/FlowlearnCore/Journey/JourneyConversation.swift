import Foundation

/// The learning journey's part of the conversation: goal commands and a manager starting a
/// path (chat commands), answers to an open path step or follow-up, and the colleagues named in
/// reflection messages. Called from ``ConversationEngine/handle(_:context:now:)``.
extension ConversationEngine {
    /// A goal command (in a direct message) or a manager's "start onboarding for …", as a turn;
    /// `nil` when the message is neither.
    func journeyCommand(_ message: IncomingMessage, text: String, language: Language, context: ConversationContext, now: Date,
                        writes: [Turn.Write], reply: (String) -> OutgoingMessage) -> Turn? {
        if message.isDirect, let command = GoalCommand(text) {
            return goalTurn(command, message: message, language: language, context: context, now: now, writes: writes, reply: reply)
        }
        // A known path, or in a direct message one that names someone: a request to answer.
        if let request = PathStartRequest(text, mentions: message.mentions),
           matcher.library.paths.contains(where: { $0.id == request.path }) || (message.isDirect && request.person != nil) {
            return pathStartTurn(request, message: message, language: language, context: context, now: now, writes: writes, reply: reply)
        }
        return nil
    }

    func goalTurn(_ command: GoalCommand, message: IncomingMessage, language: Language, context: ConversationContext, now: Date,
                  writes: [Turn.Write], reply: (String) -> OutgoingMessage) -> Turn {
        let words = GoalPhrasebook(language)
        let goals = context.journey.goals
        let open = goals.filter(\.isOpen).map(\.number)
        switch command {
        case .set(let text, let isPrivate):
            let goal = LearningGoal(number: (goals.map(\.number).max() ?? 0) + 1, text: text, isPrivate: isPrivate, setAt: now)
            return Turn(eventID: message.id, writes: writes + [.journey(.goalSet(person: message.sender, goal: goal, messageID: message.id))],
                        outgoing: [reply(words.set(goal, view: settings.managerView))])
        case .list:
            return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.list(goals))])
        case .done(let number):
            guard let number = number ?? (open.count == 1 ? open[0] : nil) else {
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.whichGoal(open: open))])
            }
            guard let goal = goals.first(where: { $0.number == number && $0.isOpen }) else {
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.noSuchGoal(number, open: open))])
            }
            return Turn(eventID: message.id, writes: writes + [.journey(.goalDone(person: message.sender, number: number, at: now))],
                        outgoing: [reply(words.reached(goal))])
        }
    }

    func pathStartTurn(_ request: PathStartRequest, message: IncomingMessage, language: Language, context: ConversationContext, now: Date,
                       writes: [Turn.Write], reply: (String) -> OutgoingMessage) -> Turn {
        let words = PathPhrasebook(language)
        func answer(_ text: String) -> Turn { Turn(eventID: message.id, writes: writes, outgoing: [reply(text)]) }
        guard let path = matcher.library.path(request.path, language: language) else {
            return answer(words.unknownPath(request.path, known: matcher.library.pathIDs))
        }
        guard let person = request.person else { return answer(words.whoFor(path.id)) }
        if let bad = request.badDate { return answer(words.badDate(bad)) }
        guard settings.journey.manages(message.sender, person) else { return answer(words.notYourTeam(person)) }
        if let existing = context.journey.targetEnrolments.first(where: { $0.path == path.id }) {
            return answer(words.alreadyOn(person: person, path: path.title, since: existing.start))
        }
        let zone = settings.journey.timeZone(of: person)
        let enrolment = PathEnrolment(person: person, path: path.id, start: request.start ?? LocalDate(now, in: zone),
                                      buddy: request.buddy, startedBy: message.sender, startedAt: now)
        var turn = PathStart(enrolment: enrolment, path: path, calendar: settings.journey.calendar).turn(eventID: message.id, language: language)
        turn.writes = writes + turn.writes
        turn.outgoing = [reply(turn.outgoing[0].text)] + turn.outgoing.dropFirst()
        return turn
    }

    /// `done` / `later` / `skip` on an open path step, or `yes` / `not yet` / `it didn't help` on
    /// an open follow-up, as a turn; `nil` when the message is not one or nothing is open to answer.
    func pendingReply(_ message: IncomingMessage, text: String, language: Language, context: ConversationContext, now: Date,
                      writes: [Turn.Write], reply: (String) -> OutgoingMessage) -> Turn? {
        let journey = context.journey
        if let word = PathStepReply(text) {
            let open = journey.enrolments.flatMap { e in e.steps.filter { !$0.value.isResolved }.map { (e, $0.key, $0.value) } }
            let chosen: (PathEnrolment, String, PathStepState)?
            switch journey.repliesTo {
            case .pathStep(let path, let step)?: chosen = open.first { $0.0.path == path && $0.1 == step }
            case .followUp?, .other?: chosen = nil
            case nil:
                // The step sent last (of steps sent together, the one shown last: later in the path).
                chosen = open.max { ($0.2.lastSentAt, position($0.0, $0.1)) < ($1.2.lastSentAt, position($1.0, $1.1)) }
                // A `skip` written after this week's reflection prompt came is the reflection's.
                if word == .skip, let latest = chosen, let prompted = journey.promptedAt, context.openReflection?.skipped == false,
                   prompted > latest.2.lastSentAt { return nil }
            }
            guard let (enrolment, step, _) = chosen else {
                // Someone on a path saying `done` or `later` with no step waiting is told so, not logged as a question.
                guard word != .skip, open.isEmpty, !journey.enrolments.isEmpty else { return nil }
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(PathPhrasebook(language).nothingOpen)])
            }
            return stepReplyTurn(word, enrolment: enrolment, step: step, message: message, language: language, context: context,
                                 now: now, writes: writes, reply: reply)
        }
        if let answer = FollowUpAnswer(text), let followUp = journey.openFollowUp {
            switch journey.repliesTo {
            case .followUp(let topic)? where topic == followUp.topic: break
            case nil: break
            default: return nil
            }
            return Turn(eventID: message.id,
                        writes: writes + [.journey(.followUpAnswered(person: message.sender, topic: followUp.topic, answer: answer, at: now))],
                        outgoing: [reply(FollowUpPhrasebook(language).thanks(answer))])
        }
        return nil
    }

    /// The position of `step` in `enrolment`'s path (-1 when the path or step left the content).
    private func position(_ enrolment: PathEnrolment, _ step: String) -> Int {
        matcher.library.path(enrolment.path, language: settings.defaultLanguage)?.index(of: step) ?? -1
    }

    func stepReplyTurn(_ word: PathStepReply, enrolment: PathEnrolment, step id: String, message: IncomingMessage, language: Language,
                       context: ConversationContext, now: Date, writes: [Turn.Write], reply: (String) -> OutgoingMessage) -> Turn {
        let words = PathPhrasebook(language)
        let calendar = settings.journey.calendar
        let zone = settings.journey.timeZone(of: message.sender, known: context.person?.timezone)
        guard let path = matcher.library.path(enrolment.path, language: language), let index = path.index(of: id) else {
            // The path or the step left the content: the answer is still recorded.
            return Turn(eventID: message.id, writes: writes + [.journey(.pathStepDone(person: message.sender, path: enrolment.path, step: id, at: now))],
                        outgoing: [reply(words.done(id, done: 1, total: 1))])
        }
        let title = PathStepComposer(library: matcher.library).title(of: path.steps[index], language: language)
        var after = enrolment
        let write: JourneyWrite
        var text: String
        switch word {
        case .later:
            let today = LocalDate(now, in: zone)
            let again = calendar.adding(1, to: today)
            return Turn(eventID: message.id,
                        writes: writes + [.journey(.pathStepPostponed(person: message.sender, path: path.id, step: id, to: again))],
                        outgoing: [reply(words.postponed(title, to: again, at: calendar.time))])
        case .done:
            write = .pathStepDone(person: message.sender, path: path.id, step: id, at: now)
            after.steps[id]?.doneAt = now
            text = words.done(title, done: path.steps.filter { after.steps[$0.id]?.doneAt != nil }.count, total: path.steps.count)
        case .skip:
            write = .pathStepSkipped(person: message.sender, path: path.id, step: id, at: now)
            after.steps[id]?.skippedAt = now
            text = words.skipped(title)
        }
        let stillOpen = path.steps.filter { after.steps[$0.id].map { !$0.isResolved } ?? false }
        if after.isFinished(path) {
            text += "\n" + words.finished(path.title)
        } else if !stillOpen.isEmpty {
            let composer = PathStepComposer(library: matcher.library)
            text += " " + words.stillOpen(stillOpen.map { composer.title(of: $0, language: language) })
        } else if index + 1 < path.steps.count, path.steps[index + 1].timing == .afterPrevious, after.steps[path.steps[index + 1].id] == nil {
            let next = calendar.firstMoment(atOrAfter: now, in: zone)
            text += " " + words.nextComes(on: next.date, at: calendar.time)
        }
        return Turn(eventID: message.id, writes: writes + [.journey(write)], outgoing: [reply(text)])
    }

    /// `turn` with the colleagues named in the reflection messages it records (not private ones):
    /// chat ids in the text, and the people `message` links to when it is that message.
    func recordingMentions(in turn: Turn, of message: IncomingMessage, context: ConversationContext) -> Turn {
        var turn = turn
        for write in turn.writes {
            guard case .reflectionReply(let person, let week, let messageID, let text, false, let at) = write else { continue }
            let named = MentionScanner.people(in: text, linked: messageID == message.id ? message.mentions : [], except: [person])
            guard !named.isEmpty else { continue }
            // The lesson the reply is about (read without the names in it; of a close call, the
            // closest), then the lessons the person got that week.
            var topics = context.journey.recentLessons
            var plain = text
            for id in named { plain = plain.replacingOccurrences(of: id, with: " ") }
            let match = matcher.match(plain, fallbackLanguage: context.person?.language ?? settings.defaultLanguage)
            if let lesson = (match.best ?? match.choices.first)?.lesson.id, !topics.contains(lesson) { topics.insert(lesson, at: 0) }
            for colleague in named {
                turn.writes.append(.journey(.learnedFrom(LearnedFromMention(person: person, named: colleague, week: week, topics: topics, at: at),
                                                         messageID: messageID)))
            }
        }
        return turn
    }
}
