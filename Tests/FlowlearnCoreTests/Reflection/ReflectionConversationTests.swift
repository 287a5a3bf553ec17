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

    @Test func severalMessagesAreOneReflectionAcknowledgedOnce() {
        let first = engine.handle(dm("The customer workshop went well, I prepared better."), context: open(), now: now)
        #expect(first.writes == [.reflectionReply(person: "@bob:x", week: week, messageID: "$r1",
                                                  text: "The customer workshop went well, I prepared better.", isPrivate: false, at: now)])
        #expect(first.outgoing.count == 1)
        #expect(first.outgoing.first?.purpose == .acknowledgement)
        let second = engine.handle(dm("Next week I will ask for help sooner.", id: "$r2"), context: open(replies: 1), now: now)
        #expect(second.writes.count == 1)
        #expect(second.outgoing.isEmpty)
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
