import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct ConversationEngineTests {
    let engine = ConversationEngine(matcher: SampleLibrary.matcher)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func dm(_ text: String, id: String = "$q1") -> ChatEvent {
        .message(IncomingMessage(id: id, room: "!dm", sender: "@bob:x", text: text, isDirect: true, receivedAt: now))
    }

    @Test func answersAQuestionAsAThreadedReplyAndRecordsIt() throws {
        let turn = engine.handle(dm("how do i report a phishing email"), context: ConversationContext(), now: now)
        #expect(turn.eventID == "$q1")
        let answer = try #require(turn.outgoing.first)
        #expect(turn.outgoing.count == 1)
        #expect(answer.inReplyTo == "$q1")
        #expect(answer.destination == .person("@bob:x"))
        #expect(answer.purpose == .answer(questionMessageID: "$q1"))
        #expect(answer.text.hasPrefix("**Report phishing or a click on a suspicious link** · 7 minutes"))
        #expect(answer.text.contains("Did this help? React with 👍 or 👎."))
        let recorded = turn.writes.compactMap { write -> QuestionRecord? in
            if case .question(let q) = write { return q } else { return nil }
        }
        #expect(recorded.map(\.lessonID) == ["report-phishing"])
        #expect(recorded.first?.text == "how do i report a phishing email")
    }

    @Test func anUnansweredQuestionIsAGapToldHonestlyInTheAskersLanguage() throws {
        let turn = engine.handle(dm("hoe vraag ik een parkeerplaats aan bij de facilitaire dienst"), context: ConversationContext(), now: now)
        let reply = try #require(turn.outgoing.first)
        #expect(reply.text.hasPrefix("Daar heb ik nog niets over."))
        #expect(reply.purpose == .noAnswer(questionMessageID: "$q1"))
        guard case .question(let q)? = turn.writes.last else { Issue.record("no question recorded"); return }
        #expect(q.isGap)
        #expect(q.language == .nl)
    }

    @Test func formalTrainingComesBeforeTheTips() throws {
        let turn = engine.handle(dm("what do i do when a colleague collapses"), context: ConversationContext(), now: now)
        let text = try #require(turn.outgoing.first?.text)
        let warning = try #require(text.range(of: "Formal training first"))
        let tips = try #require(text.range(of: "## Tips"))
        #expect(warning.lowerBound < tips.lowerBound)
        #expect(text.contains("https://learning.example.org/ehbo"))
    }

    @Test func anUnreadableMessageGetsOneNoticeInThePersonsLanguageUnlessTheBotNeverAnswersThere() throws {
        let direct = ChatEvent.unreadable(UnreadableMessage(id: "$enc", room: "!dm", sender: "@bob:x", isDirect: true, receivedAt: now))
        var context = ConversationContext()
        context.person = PersonRecord(id: "@bob:x", language: .nl)
        let turn = engine.handle(direct, context: context, now: now)
        let notice = try #require(turn.outgoing.first)
        #expect(turn.eventID == "$enc" && turn.outgoing.count == 1 && turn.writes.isEmpty)
        #expect(notice.inReplyTo == "$enc" && notice.destination == .person("@bob:x"))
        #expect(notice.text.contains("nog een keer sturen"), "\(notice.text)")

        let inRoom = ChatEvent.unreadable(UnreadableMessage(id: "$enc2", room: "!team", sender: "@bob:x", isDirect: false, receivedAt: now))
        #expect(engine.handle(inRoom, context: ConversationContext(), now: now).outgoing.first?.destination == .room("!team"))
        var silent = engine
        silent.settings.roomAnswering = .never
        #expect(silent.handle(inRoom, context: ConversationContext(), now: now).outgoing.isEmpty)
    }

    @Test func thumbsOnAnAnswerAreFeedback() {
        let question = QuestionRecord(messageID: "$q1", person: "@bob:x", room: "!dm", text: "q", language: .en,
                                      lessonID: "report-phishing", confidence: 0.9, askedAt: now)
        let up = ChatEvent.reaction(IncomingReaction(id: "$r1", room: "!dm", sender: "@bob:x", target: "$a1", key: "👍🏽", receivedAt: now))
        #expect(engine.handle(up, context: ConversationContext(reactedQuestion: question), now: now).writes
                == [.feedback(questionMessageID: "$q1", value: 1)])
        let party = ChatEvent.reaction(IncomingReaction(id: "$r2", room: "!dm", sender: "@bob:x", target: "$a1", key: "🎉", receivedAt: now))
        #expect(engine.handle(party, context: ConversationContext(reactedQuestion: question), now: now).writes.isEmpty)
        // A thumb typed as a message rates the last answer.
        let typed = engine.handle(dm("👎", id: "$m2"), context: ConversationContext(lastAnswered: question), now: now)
        #expect(typed.writes.contains(.feedback(questionMessageID: "$q1", value: -1)))
        #expect(typed.outgoing.first?.text == "Thanks for your feedback!")
    }

    @Test func inRoomsItAnswersOnlyWhenMentioned() {
        let plain = ChatEvent.message(IncomingMessage(id: "$g1", room: "!team", sender: "@bob:x",
                                                      text: "how do i report a phishing email", isDirect: false, receivedAt: now))
        let turn = engine.handle(plain, context: ConversationContext(), now: now)
        #expect(turn.outgoing.isEmpty)
        #expect(turn.writes.isEmpty)
        let mentioned = ChatEvent.message(IncomingMessage(id: "$g2", room: "!team", sender: "@bob:x",
                                                          text: "flowlearn: how do i report a phishing email", isDirect: false,
                                                          mentionsBot: true, receivedAt: now))
        let answered = engine.handle(mentioned, context: ConversationContext(), now: now)
        #expect(answered.outgoing.first?.destination == .room("!team"))
        #expect(answered.outgoing.first?.inReplyTo == "$g2")
    }

    @Test func forgetMeNeedsAConfirmationWithinTheWindow() {
        let ask = engine.handle(dm("vergeet mij"), context: ConversationContext(), now: now)
        #expect(ask.writes.contains(.forgetRequested(person: "@bob:x", at: now)))
        #expect(ask.outgoing.first?.text.hasPrefix("Weet je het zeker?") == true)

        let confirmed = engine.handle(dm("ja, vergeet mij", id: "$m2"), context: ConversationContext(forgetRequestedAt: now),
                                      now: now.addingTimeInterval(60))
        #expect(confirmed.writes == [.forget(person: "@bob:x")])

        let late = engine.handle(dm("yes, forget me", id: "$m3"), context: ConversationContext(forgetRequestedAt: now),
                                 now: now.addingTimeInterval(3600))
        #expect(!late.writes.contains(.forget(person: "@bob:x")))
        #expect(late.outgoing.first?.text.hasPrefix("Are you sure?") == true)
    }

    @Test func tellsPeopleWhatIsStoredAboutThem() {
        let context = ConversationContext(storedData: StoredDataSummary(questions: 4, reflections: 2, prompts: 3))
        let turn = engine.handle(dm("wat bewaar je over mij?"), context: context, now: now)
        let text = turn.outgoing.first?.text ?? ""
        #expect(text.contains("4 vragen"))
        #expect(text.contains("2 weekreflecties"))
        #expect(text.contains("365 dagen"))
    }

    @Test func tellsPeopleThatLearningRecordsGoToTheLRSOnlyWhenThereIsOne() {
        var withLRS = engine
        withLRS.settings.sendsLearningRecords = true
        for (question, phrase) in [("what do you store about me?", "learning record store (LRS)"), ("wat bewaar je over mij?", "learning record store (LRS) van je organisatie")] {
            #expect(withLRS.handle(dm(question), context: ConversationContext(), now: now).outgoing.first?.text.contains(phrase) == true, "\(question)")
            #expect(engine.handle(dm(question), context: ConversationContext(), now: now).outgoing.first?.text.contains("LRS") == false, "\(question)")
        }
    }

    @Test func learnsThePersonsLanguageFromWhatTheyWrite() {
        let turn = engine.handle(dm("hoe geef ik feedback aan een collega"), context: ConversationContext(), now: now)
        #expect(turn.writes.first == .person(PersonRecord(id: "@bob:x", language: .nl)))
    }
}
