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
        case .message(let message): return handle(message, context: context, now: now)
        case .reaction(let reaction): return handle(reaction, context: context)
        }
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
                return Turn(eventID: message.id, writes: writes, outgoing: [reply(words.help)])
            case .whatDoYouStore:
                return Turn(eventID: message.id, writes: writes,
                            outgoing: [reply(words.storedData(context.storedData, retentionDays: settings.retentionDays))])
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

        // While the week's reflection is open, what the person writes in the DM is their
        // reflection, unless it is plainly a how-to question the library answers with confidence.
        if message.isDirect, let open = context.openReflection, !open.skipped, !text.isEmpty {
            let asQuestion = matcher.match(text, fallbackLanguage: known ?? settings.defaultLanguage)
            let isQuestion = QuestionShape.looksLikeQuestion(text) && asQuestion.decision == .answer
            if !isQuestion {
                switch ReflectionReply(text) {
                case .pulse(let value):
                    writes.append(.pulse(person: message.sender, week: open.week, value: value))
                case .text(let body, let isPrivate):
                    writes.append(.reflectionReply(person: message.sender, week: open.week, messageID: message.id,
                                                   text: body, isPrivate: isPrivate, at: message.receivedAt))
                default:
                    break
                }
                var acknowledgement = reply(words.reflectionNoted)
                acknowledgement.purpose = .acknowledgement
                return Turn(eventID: message.id, writes: writes, outgoing: open.replies == 0 ? [acknowledgement] : [])
            }
        }

        // A question. In rooms, only when addressed (or, in `questions` mode, when it clearly is one).
        guard !text.isEmpty else { return Turn(eventID: message.id, writes: writes) }
        let result = matcher.match(text, fallbackLanguage: known ?? settings.defaultLanguage)
        if !addressed {
            guard settings.roomAnswering == .questions, QuestionShape.looksLikeQuestion(text),
                  let best = result.best, result.decision == .answer,
                  best.confidence >= min(0.95, matcher.policy.minimumConfidence + 0.2) else {
                return Turn(eventID: message.id, writes: writes)
            }
        }
        let record = QuestionRecord(
            messageID: message.id, person: message.sender, room: message.room, text: text, language: result.language,
            lessonID: result.best?.lesson.id, confidence: result.candidates.first?.confidence ?? 0,
            alternatives: result.choices.map(\.lesson.id), askedAt: message.receivedAt
        )
        writes.append(.question(record))
        var answer = reply(AnswerFormatter(library: matcher.library).format(result))
        answer.purpose = result.best == nil ? .noAnswer(questionMessageID: message.id) : .answer(questionMessageID: message.id)
        return Turn(eventID: message.id, writes: writes, outgoing: [answer])
    }

    /// True when a message has enough words to tell its language (not a lone topic word).
    static func showsLanguage(_ text: String) -> Bool {
        TextNormalizer.words(text).count >= 3
    }
}
