import Foundation

/// Decides what the bot does with one chat event: answer a question with a lesson (or log a
/// content gap), record feedback, answer commands. A pure function of the event, what the store
/// knew beforehand, and the time: it returns a ``Turn`` for the store to apply.
public struct ConversationEngine: Sendable {
    /// Settings the conversation depends on.
    public struct Settings: Sendable, Equatable {
        /// Language for people whose language is not known and whose message does not show it.
        public var defaultLanguage: Language = .en
        /// How the bot behaves in group rooms.
        public var roomAnswering: FlowlearnConfig.RoomAnswering = .mention
        public var retentionDays: Int = 365
        /// How long a "forget me" waits for its confirmation.
        public var forgetConfirmationWindow: TimeInterval = 600
        /// How long after a close call a number or title still picks from the offered lessons.
        public var choiceWindow: TimeInterval = 3600
        /// What managers see (`[summary] share` and `min_people`), told to people who ask.
        public var managerView = Phrasebook.ManagerView(share: .themes, minimumPeople: 3)
        /// Teams, timezones and working days, for paths started in chat.
        public var journey = JourneySettings()
        /// Whether `[xapi]` sends learning records to the organisation's LRS, told to people who ask.
        public var sendsLearningRecords = false
        public init() {}
    }

    public var matcher: LessonMatcher
    public var settings: Settings

    public init(matcher: LessonMatcher, settings: Settings = Settings()) {
        self.matcher = matcher
        self.settings = settings
    }

    public func handle(_ event: ChatEvent, context: ConversationContext, now: Date) -> Turn {
        switch event {
        case .message(let message): return recordingMentions(in: handle(message, context: context, now: now), of: message, context: context)
        case .reaction(let reaction): return handle(reaction, context: context)
        case .unreadable(let message): return handle(message, context: context)
        }
    }

    /// A message the bot could not read gets one notice asking to send it again: always in a
    /// direct chat, in a room unless the bot never answers there (it cannot tell whether it was
    /// addressed, so it says so once per unreadable batch; the platform groups them).
    func handle(_ message: UnreadableMessage, context: ConversationContext) -> Turn {
        guard message.isDirect || settings.roomAnswering != .never else { return .ignore(message.id) }
        let words = Phrasebook(context.person?.language ?? settings.defaultLanguage)
        let notice = OutgoingMessage(destination: message.isDirect ? .person(message.sender) : .room(message.room),
                                     text: words.couldNotRead, inReplyTo: message.id, purpose: .info)
        return Turn(eventID: message.id, outgoing: [notice])
    }

    func handle(_ reaction: IncomingReaction, context: ConversationContext) -> Turn {
        if let prompt = context.reactedPrompt, let value = Self.pulseValue(reaction.key) {
            return Turn(eventID: reaction.id, writes: [.pulse(person: reaction.sender, week: prompt.week, value: value)])
        }
        guard let question = context.reactedQuestion, question.lessonID != nil,
              let value = Self.feedbackValue(reaction.key) else { return .ignore(reaction.id) }
        return Turn(eventID: reaction.id, writes: [.feedback(questionMessageID: question.messageID, value: value)])
    }

    /// 1–5 for a keycap digit reaction (the one-tap pulse on a prompt), `nil` otherwise.
    public static func pulseValue(_ key: String) -> Int? {
        let digits = key.unicodeScalars.filter { ("1"..."5").contains($0) }
        guard digits.count == 1, key.unicodeScalars.allSatisfy({ ("1"..."5").contains($0) || $0.value == 0xFE0F || $0.value == 0x20E3 }) else {
            return nil
        }
        return Int(String(digits.first!))
    }

    /// +1 / -1 for the thumbs (any skin tone, and the text forms), `nil` for other reactions.
    public static func feedbackValue(_ key: String) -> Int? {
        let base = String(key.unicodeScalars.filter { !(0x1F3FB...0x1F3FF).contains($0.value) && $0.value != 0xFE0F })
        switch base {
        case "👍", "+1", ":+1:", ":thumbsup:": return 1
        case "👎", "-1", ":-1:", ":thumbsdown:": return -1
        default: return nil
        }
    }

    func handle(_ message: IncomingMessage, context: ConversationContext, now: Date) -> Turn {
        let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let addressed = message.isDirect || message.mentionsBot
        let known = context.person?.language
        let language = LanguageDetector().detect(text, fallback: known ?? settings.defaultLanguage)
        let words = Phrasebook(language)
        let reply = { (body: String) -> OutgoingMessage in
            OutgoingMessage(destination: message.isDirect ? .person(message.sender) : .room(message.room),
                            text: body, inReplyTo: message.id, purpose: .info)
        }
        var writes: [Turn.Write] = []
        if message.isDirect || message.mentionsBot {
            var person = context.person ?? PersonRecord(id: message.sender)
            if person.name == nil { person.name = message.senderName }
            if Self.showsLanguage(text) { person.language = language }
            if person != context.person { writes.append(.person(person)) }
        }

        if addressed, let command = ChatCommand(text) {
            switch command {
            case .help:
                return Turn(eventID: message.id, writes: writes,
                            outgoing: [reply(words.help(settings.managerView) + "\n" + JourneyPhrasebook(language).help)])
            case .whatDoYouStore:
                return Turn(eventID: message.id, writes: writes,
                            outgoing: [reply(words.storedData(context.storedData, retentionDays: settings.retentionDays,
                                                               managerView: settings.managerView, learningRecords: settings.sendsLearningRecords)
                                             + "\n" + JourneyPhrasebook(language).stored(context.journey.stored))])
            case .confirmForget:
                if let asked = context.forgetRequestedAt, now.timeIntervalSince(asked) <= settings.forgetConfirmationWindow {
                    return Turn(eventID: message.id, writes: [.forget(person: message.sender)], outgoing: [reply(words.forgotten)])
                }
                // A confirmation without a recent request is a request: it still needs confirming.
                fallthrough
            case .forgetMe:
                return Turn(eventID: message.id, writes: writes + [.forgetRequested(person: message.sender, at: now)],
                            outgoing: [reply(words.confirmForget)])
            case .helpful, .notHelpful:
                guard let last = context.lastAnswered else {
                    return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.nothingToRate)])
                }
                writes.append(.feedback(questionMessageID: last.messageID, value: command == .helpful ? 1 : -1))
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.thanksForFeedback)])
            }
        }
        if context.forgetRequestedAt != nil {
            writes.append(.forgetCancelled(person: message.sender))
        }
        // The learning journey: goal commands and a manager starting a path, then a reply to an
        // open path step or follow-up (a `done` or `yes` counts only when one is open).
        if addressed, let turn = journeyCommand(message, text: text, language: language, context: context, now: now, writes: writes, reply: reply) {
            return turn
        }
        if message.isDirect, let turn = pendingReply(message, text: text, language: language, context: context, now: now, writes: writes, reply: reply) {
            return turn
        }

        // A number or a title right after a close call picks one of the offered lessons.
        if addressed, let open = context.openChoice, now.timeIntervalSince(open.askedAt) <= settings.choiceWindow {
            let offered = open.alternatives.compactMap { matcher.library[$0] }
            switch ChoicePick(text, offered: offered) {
            case .lesson(let lesson)?:
                writes.append(.choicePicked(questionMessageID: open.messageID, lessonID: lesson.id))
                var answer = reply(AnswerFormatter(library: matcher.library).format(lesson, language: open.language))
                answer.purpose = .answer(questionMessageID: open.messageID)
                return Turn(eventID: message.id, writes: writes, outgoing: [answer])
            case .notOnTheList(let count)?:
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(Phrasebook(open.language).pickFromList(count))])
            case nil:
                break
            }
        }

        if message.isDirect, let control = ReflectionReply.control(text) {
            switch control {
            case .skip:
                guard let open = context.openReflection, !open.skipped else {
                    return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.nothingToSkip)])
                }
                writes.append(.reflectionSkipped(person: message.sender, week: open.week))
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.reflectionSkipped)])
            case .pause:
                writes.append(.setPaused(person: message.sender, paused: true))
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.paused)])
            default:
                writes.append(.setPaused(person: message.sender, paused: false))
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.resumed)])
            }
        }

        // While the week's reflection is open, a direct message is part of it when it reads as
        // reflection, and a question is answered as on any other day; when the bot cannot tell,
        // it asks once and does what the answer says.
        if message.isDirect, let open = context.openReflection, !open.skipped, !text.isEmpty {
            var outgoing: [OutgoingMessage] = []
            if let unclear = context.unclearMessage {
                writes.append(.unclearResolved(person: message.sender))
                let earlier = IncomingMessage(id: unclear.messageID, room: unclear.room, sender: message.sender, text: unclear.text,
                                              isDirect: true, receivedAt: unclear.receivedAt)
                switch ReflectionIntent.answer(text) {
                case .reflection?:
                    return reflectionTurn(earlier, week: unclear.week, replies: open.replies, writes: writes,
                                          acknowledge: acknowledgement(reply, words, replies: open.replies), eventID: message.id)
                case .question?:
                    let (record, answer) = answerQuestion(earlier, text: unclear.text, fallback: known)
                    return Turn(eventID: message.id, writes: writes + [.question(record)], outgoing: [answer])
                default:
                    // Not an answer: the earlier message is taken as a question (what a person asks is
                    // never shown to a manager), answered in its place, and this one is read afresh.
                    let (record, answer) = answerQuestion(earlier, text: unclear.text, fallback: known)
                    writes.append(.question(record))
                    outgoing.append(answer)
                }
            }
            var body = text
            let intent: ReflectionIntent
            if case .pulse(let value) = ReflectionReply(text) {
                writes.append(.pulse(person: message.sender, week: open.week, value: value))
                return Turn(eventID: message.id, writes: writes, outgoing: outgoing + [acknowledgement(reply, words, replies: open.replies)])
            } else if case .text(_, isPrivate: true) = ReflectionReply(text) {
                intent = .reflection
            } else if let label = ReflectionIntent.ExplicitLabel(text) {
                (intent, body) = (label.intent, label.rest)
            } else {
                let confident = matcher.match(text, fallbackLanguage: known ?? settings.defaultLanguage).decision == .answer
                intent = ReflectionIntent.classify(text, repliesToPrompt: context.repliesToPrompt, confidentLesson: confident)
            }
            switch intent {
            case .reflection:
                var reflection = message
                reflection.text = body
                var turn = reflectionTurn(reflection, week: open.week, replies: open.replies, writes: writes,
                                          acknowledge: acknowledgement(reply, words, replies: open.replies), eventID: message.id)
                turn.outgoing = outgoing + turn.outgoing
                return turn
            case .unclear:
                writes.append(.unclearMessage(person: message.sender, UnclearMessage(
                    messageID: message.id, room: message.room, text: text, week: open.week, receivedAt: message.receivedAt)))
                return Turn(eventID: message.id, writes: writes, outgoing: outgoing + [reply(words.reflectionOrQuestion)])
            case .question:
                guard !body.isEmpty else { return Turn(eventID: message.id, writes: writes, outgoing: outgoing + [reply(words.help(settings.managerView))]) }
                let (record, answer) = answerQuestion(message, text: body, fallback: known)
                return Turn(eventID: message.id, writes: writes + [.question(record)], outgoing: outgoing + [answer])
            }
        }

        // A question. In rooms, only when addressed (or, in `questions` mode, when it clearly is one).
        guard !text.isEmpty else { return Turn(eventID: message.id, writes: writes) }
        if !addressed {
            let result = matcher.match(text, fallbackLanguage: known ?? settings.defaultLanguage)
            guard settings.roomAnswering == .questions, QuestionShape.looksLikeQuestion(text),
                  let best = result.best, result.decision == .answer,
                  best.confidence >= min(0.95, matcher.policy.minimumConfidence + 0.2) else {
                return Turn(eventID: message.id, writes: writes)
            }
        }
        let (record, answer) = answerQuestion(message, text: text, fallback: known)
        writes.append(.question(record))
        return Turn(eventID: message.id, writes: writes, outgoing: [answer])
    }

    /// The question `text` of `message` matched: the record for the store (a content gap when
    /// nothing matched) and the answer, as a reply to the message.
    func answerQuestion(_ message: IncomingMessage, text: String, fallback: Language?) -> (QuestionRecord, OutgoingMessage) {
        let result = matcher.match(text, fallbackLanguage: fallback ?? settings.defaultLanguage)
        let record = QuestionRecord(
            messageID: message.id, person: message.sender, room: message.room, text: text, language: result.language,
            lessonID: result.best?.lesson.id, confidence: result.candidates.first?.confidence ?? 0,
            alternatives: result.choices.map(\.lesson.id), askedAt: message.receivedAt,
            closestLessonID: result.candidates.first?.lesson.id
        )
        let answer = OutgoingMessage(
            destination: message.isDirect ? .person(message.sender) : .room(message.room),
            text: AnswerFormatter(library: matcher.library).format(result), inReplyTo: message.id,
            purpose: result.best == nil && result.choices.isEmpty ? .noAnswer(questionMessageID: message.id) : .answer(questionMessageID: message.id))
        return (record, answer)
    }

    /// `message` recorded as part of the reflection of `week` (`private:` kept from the manager),
    /// acknowledged with `acknowledge`.
    func reflectionTurn(_ message: IncomingMessage, week: ISOWeek, replies: Int, writes: [Turn.Write],
                        acknowledge: OutgoingMessage, eventID: String) -> Turn {
        var writes = writes
        if case .text(let body, let isPrivate) = ReflectionReply(message.text) {
            writes.append(.reflectionReply(person: message.sender, week: week, messageID: message.id, text: body,
                                           isPrivate: isPrivate, at: message.receivedAt))
        }
        var acknowledgement = acknowledge
        acknowledgement.purpose = .acknowledgement
        return Turn(eventID: eventID, writes: writes, outgoing: [acknowledgement])
    }

    /// The reply to a reflection message: thanks for the first of the week, a short ✅ after that.
    func acknowledgement(_ reply: (String) -> OutgoingMessage, _ words: Phrasebook, replies: Int) -> OutgoingMessage {
        var message = reply(replies == 0 ? words.reflectionNoted : words.reflectionAdded)
        message.purpose = .acknowledgement
        return message
    }

    /// True when a message has enough words to tell its language (not a lone topic word).
    static func showsLanguage(_ text: String) -> Bool {
        TextNormalizer.words(text).count >= 3
    }
}
