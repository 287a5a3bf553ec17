import Foundation
import Testing
@testable import FlowlearnCore

/// Close calls: the bot offers the closest lessons numbered; a number or a title picks one.
@Suite struct CloseCallConversationTests {
    /// A matcher that never answers outright: every question it finds lessons for is a close call.
    let engine = ConversationEngine(matcher: LessonMatcher(library: SampleLibrary.library, language: .test,
                                                           policy: MatchPolicy(minimumConfidence: 0.01, answerConfidence: 2, ambiguityRatio: 0)))
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func dm(_ text: String, id: String) -> ChatEvent {
        .message(IncomingMessage(id: id, room: "!dm", sender: "@bob:x", text: text, isDirect: true, receivedAt: now))
    }

    func recorded(_ turn: Turn) -> QuestionRecord? {
        turn.writes.compactMap { if case .question(let q) = $0 { return q } else { return nil } }.first
    }

    @Test func theClosestLessonsAreOfferedNumberedInTheAskersLanguage() throws {
        let turn = engine.handle(dm("how do I report a phishing email?", id: "$q"), context: ConversationContext(), now: now)
        let record = try #require(recorded(turn))
        #expect(record.lessonID == nil && record.alternatives.count >= 2, "\(record)")
        #expect(!record.isGap, "a close call is not a content gap")
        let text = try #require(turn.outgoing.first?.text)
        #expect(text.hasPrefix("Which of these do you mean?\n1. "), "\(text)")
        #expect(text.contains("\n2. "))
        #expect(text.hasSuffix("Reply with the number or the title, or ask it differently."))
        let dutch = engine.handle(dm("hoe herken ik een phishingmail", id: "$n"), context: ConversationContext(), now: now)
        #expect(dutch.outgoing.first?.text.hasPrefix("Welke van deze bedoel je?") == true)
    }

    func openChoice(asked: Date? = nil) -> ConversationContext {
        ConversationContext(openChoice: QuestionRecord(
            messageID: "$q", person: "@bob:x", room: "!dm", text: "how do I report a phishing email?", language: .en, lessonID: nil,
            confidence: 0.5, alternatives: ["report-phishing", "phishing-herkennen"], askedAt: asked ?? now))
    }

    @Test func aNumberOrATitlePicksOneAndItIsSentAsTheAnswerToTheQuestion() {
        let two = engine.handle(dm("2", id: "$p"), context: openChoice(), now: now)
        #expect(two.writes.contains(.choicePicked(questionMessageID: "$q", lessonID: "phishing-herkennen")))
        #expect(two.outgoing.first?.text.hasPrefix("**Phishing herkennen**") == true)
        #expect(two.outgoing.first?.purpose == .answer(questionMessageID: "$q"), "👍 / 👎 on it rate the question's answer")
        #expect(two.outgoing.first?.inReplyTo == "$p")
        let titled = engine.handle(dm("report phishing or a click on a suspicious link", id: "$t"), context: openChoice(), now: now)
        #expect(titled.writes.contains(.choicePicked(questionMessageID: "$q", lessonID: "report-phishing")))
    }

    @Test func aNumberNotOnTheListIsToldSoAndAnythingElseIsANewQuestion() {
        let nine = engine.handle(dm("9", id: "$p"), context: openChoice(), now: now)
        #expect(nine.outgoing.map(\.text) == ["Pick a number from 1 to 2, or ask it differently."])
        #expect(!nine.writes.contains { if case .choicePicked = $0 { return true } else { return false } })
        let other = engine.handle(dm("how do I give feedback to a colleague?", id: "$o"), context: openChoice(), now: now)
        #expect(recorded(other)?.messageID == "$o")
        // An hour later a lone number is no longer a pick.
        let late = engine.handle(dm("1", id: "$l"), context: openChoice(asked: now.addingTimeInterval(-2 * 3600)), now: now)
        #expect(!late.writes.contains { if case .choicePicked = $0 { return true } else { return false } })
    }

    @Test(arguments: [("2", 1), ("#1", 0), ("2.", 1)])
    func picksAreReadForgivingly(_ reply: String, _ index: Int) {
        let offered = Array(SampleLibrary.lessons.prefix(2))
        #expect(ChoicePick(reply, offered: offered) == .lesson(offered[index]))
    }
}
