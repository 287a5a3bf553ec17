import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct ReflectionConversationTests {
    let engine = ConversationEngine(matcher: SampleLibrary.matcher)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let week = ISOWeek(year: 2027, week: 2)

    func dm(_ text: String, id: String = "$r1") -> ChatEvent {
        .message(IncomingMessage(id: id, room: "!dm", sender: "@bob:x", text: text, isDirect: true, receivedAt: now))
    }

    func open(replies: Int = 0) -> ConversationContext {
        ConversationContext(person: PersonRecord(id: "@bob:x", language: .en),
                            openReflection: OpenReflection(week: week, closesAt: now.addingTimeInterval(86400), replies: replies))
    }

    @Test func severalMessagesAreOneReflectionThankedOnceThenTicked() {
        let first = engine.handle(dm("The customer workshop went well, I prepared better."), context: open(), now: now)
        #expect(first.writes == [.reflectionReply(person: "@bob:x", week: week, messageID: "$r1",
                                                  text: "The customer workshop went well, I prepared better.", isPrivate: false, at: now)])
        #expect(first.outgoing.count == 1)
        #expect(first.outgoing.first?.purpose == .acknowledgement)
        let second = engine.handle(dm("Next week I will ask for help sooner.", id: "$r2"), context: open(replies: 1), now: now)
        #expect(second.writes.count == 1)
        #expect(second.outgoing.map(\.text) == ["✅ Added to your weekly reflection."])
        #expect(second.outgoing.first?.purpose == .acknowledgement)
    }

    @Test func privateRepliesAreMarkedAndStripped() {
        let turn = engine.handle(dm("privé: ik zit niet lekker in mijn vel"), context: open(), now: now)
        #expect(turn.writes.contains(.reflectionReply(person: "@bob:x", week: week, messageID: "$r1",
                                                      text: "ik zit niet lekker in mijn vel", isPrivate: true, at: now)))
    }

    @Test func aDigitIsThePulse() {
        let turn = engine.handle(dm("4"), context: open(), now: now)
        #expect(turn.writes == [.pulse(person: "@bob:x", week: week, value: 4)])
        let reaction = ChatEvent.reaction(IncomingReaction(id: "$x", room: "!dm", sender: "@bob:x", target: "$prompt", key: "3️⃣", receivedAt: now))
        let tapped = engine.handle(reaction, context: ConversationContext(reactedPrompt: OpenReflection(week: week, closesAt: now)), now: now)
        #expect(tapped.writes == [.pulse(person: "@bob:x", week: week, value: 3)])
    }

    @Test func skipPauseAndResumeInBothLanguages() {
        #expect(engine.handle(dm("skip"), context: open(), now: now).writes == [.reflectionSkipped(person: "@bob:x", week: week)])
        #expect(engine.handle(dm("overslaan"), context: open(), now: now).writes == [.reflectionSkipped(person: "@bob:x", week: week)])
        #expect(engine.handle(dm("pauze"), context: open(), now: now).writes.contains(.setPaused(person: "@bob:x", paused: true)))
        #expect(engine.handle(dm("stop"), context: ConversationContext(), now: now).writes.contains(.setPaused(person: "@bob:x", paused: true)))
        #expect(engine.handle(dm("hervat"), context: ConversationContext(), now: now).writes.contains(.setPaused(person: "@bob:x", paused: false)))
        let nothing = engine.handle(dm("skip"), context: ConversationContext(), now: now)
        #expect(nothing.writes.allSatisfy { if case .reflectionSkipped = $0 { return false } else { return true } })
    }

    @Test func aClearHowToQuestionIsStillAnsweredWhileTheReflectionIsOpen() {
        let turn = engine.handle(dm("how do i report a phishing email?"), context: open(), now: now)
        #expect(turn.outgoing.first?.purpose == .answer(questionMessageID: "$r1"))
    }

    @Test func thePromptRotatesQuestionsAndCarriesThePulse() {
        let set = ReflectionQuestionSet(language: .nl, questions: ["A?", "B?", "C?", "D?", "E?"], pulse: "Hoe was je week, 1-5?",
                                        location: SourceLocation(path: "r", line: 1))
        let composer = ReflectionPromptComposer(questions: set, includePulse: true)
        var seen: Set<String> = []
        var week = ISOWeek(year: 2026, week: 40)
        for _ in 0..<6 {
            let asked = composer.questions(for: week)
            #expect((2...3).contains(asked.count))
            #expect(Set(asked).count == asked.count)
            seen.formUnion(asked)
            #expect(composer.questions(for: week) != composer.questions(for: week.next))
            week = week.next
        }
        #expect(seen.count == 5)
        let text = composer.prompt(for: week)
        #expect(text.contains("Hoe was je week, 1-5?"))
        #expect(text.contains("privé:"))
        #expect(!ReflectionPromptComposer(questions: set, includePulse: false).prompt(for: week).contains("1-5"))
    }
}

/// While the reflection is open, questions are still questions, and what the bot cannot place it asks about once.
@Suite struct OpenReflectionQuestionTests {
    let engine = ConversationEngine(matcher: SampleLibrary.matcher)
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let week = ISOWeek(year: 2027, week: 2)

    func dm(_ text: String, id: String = "$m1", repliesTo: String? = nil) -> ChatEvent {
        .message(IncomingMessage(id: id, room: "!dm", sender: "@bob:x", text: text, isDirect: true, receivedAt: now, repliesTo: repliesTo))
    }

    func open(replies: Int = 0, unclear: UnclearMessage? = nil, replying: Bool = false) -> ConversationContext {
        ConversationContext(person: PersonRecord(id: "@bob:x", language: .en),
                            openReflection: OpenReflection(week: week, closesAt: now.addingTimeInterval(86400), replies: replies),
                            repliesToPrompt: replying, unclearMessage: unclear)
    }

    func isReflection(_ write: Turn.Write) -> Bool {
        if case .reflectionReply = write { return true } else { return false }
    }

    func question(_ turn: Turn) -> QuestionRecord? {
        turn.writes.compactMap { if case .question(let q) = $0 { return q } else { return nil } }.first
    }

    @Test func aQuestionWithoutALessonIsAGapNotAReflection() {
        for (i, text) in ["where do I park my bike at the new office", "how do I claim travel expenses?"].enumerated() {
            let turn = engine.handle(dm(text, id: "$q\(i)"), context: open(replies: i), now: now)
            #expect(!turn.writes.contains(where: isReflection), "\(text)")
            #expect(question(turn)?.text == text)
            #expect(question(turn)?.isGap == true)
            #expect(turn.outgoing.map(\.purpose) == [.noAnswer(questionMessageID: "$q\(i)")])
        }
    }

    @Test func aReplyToThePromptIsReflectionEvenWhenItAsks() {
        let turn = engine.handle(dm("how do I say this... the week was hard", repliesTo: "$prompt"), context: open(replying: true), now: now)
        #expect(turn.writes.contains(where: isReflection))
        #expect(question(turn) == nil)
    }

    @Test func whatItCannotPlaceItAsksAboutOnceInThePersonsLanguage() {
        let turn = engine.handle(dm("the customer call"), context: open(), now: now)
        #expect(turn.writes == [.unclearMessage(person: "@bob:x", UnclearMessage(messageID: "$m1", room: "!dm", text: "the customer call",
                                                                                   week: week, receivedAt: now))])
        #expect(turn.outgoing.map(\.text) == [Phrasebook(.en).reflectionOrQuestion])
        let dutch = engine.handle(dm("het klantgesprek van dinsdag"),
                                  context: ConversationContext(person: PersonRecord(id: "@bob:x", language: .nl),
                                                               openReflection: OpenReflection(week: week, closesAt: now.addingTimeInterval(86400))),
                                  now: now)
        #expect(dutch.outgoing.map(\.text) == [Phrasebook(.nl).reflectionOrQuestion])
    }

    @Test func theAnswerPlacesTheEarlierMessage() {
        let earlier = UnclearMessage(messageID: "$m1", room: "!dm", text: "the customer call", week: week, receivedAt: now)
        let asReflection = engine.handle(dm("reflection", id: "$m2"), context: open(unclear: earlier), now: now)
        #expect(asReflection.writes == [.unclearResolved(person: "@bob:x"),
                                        .reflectionReply(person: "@bob:x", week: week, messageID: "$m1", text: "the customer call",
                                                         isPrivate: false, at: now)])
        #expect(asReflection.outgoing.first?.purpose == .acknowledgement)

        let asQuestion = engine.handle(dm("vraag", id: "$m2"), context: open(unclear: earlier), now: now)
        #expect(asQuestion.writes.first == .unclearResolved(person: "@bob:x"))
        #expect(question(asQuestion)?.messageID == "$m1")
        #expect(!asQuestion.writes.contains(where: isReflection))
        #expect(asQuestion.outgoing.count == 1 && asQuestion.outgoing[0].inReplyTo == "$m1")
    }

    @Test func movingOnWithoutAnsweringTakesTheEarlierMessageAsAQuestion() {
        let earlier = UnclearMessage(messageID: "$m1", room: "!dm", text: "the customer call", week: week, receivedAt: now)
        let turn = engine.handle(dm("This week I finally ran the retro.", id: "$m2"), context: open(unclear: earlier), now: now)
        #expect(question(turn)?.messageID == "$m1")
        #expect(turn.writes.contains(.reflectionReply(person: "@bob:x", week: week, messageID: "$m2", text: "This week I finally ran the retro.",
                                                      isPrivate: false, at: now)))
        #expect(turn.outgoing.map(\.inReplyTo) == ["$m1", "$m2"])
    }

    @Test func aLabelDecides() {
        let asked = engine.handle(dm("question: the customer call"), context: open(), now: now)
        #expect(question(asked)?.text == "the customer call")
        let reflected = engine.handle(dm("reflectie: hoe ik omging met de klant"), context: open(), now: now)
        #expect(reflected.writes.contains(.reflectionReply(person: "@bob:x", week: week, messageID: "$m1",
                                                           text: "hoe ik omging met de klant", isPrivate: false, at: now)))
    }
}
