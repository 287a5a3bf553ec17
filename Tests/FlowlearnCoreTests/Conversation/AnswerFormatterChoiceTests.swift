@testable import FlowlearnCore
import Testing

/// A close call is shown as a numbered list of titles in the asker's language, with a way out.
@Suite struct AnswerFormatterChoiceTests {
    func choice(_ language: Language) -> MatchResult {
        let lessons = SampleLibrary.lessons.filter { ["give-feedback-en", "receive-feedback"].contains($0.id) }
        let offered = lessons.map { MatchResult.Candidate(lesson: $0, confidence: 0.5, score: 1) }
        return MatchResult(question: "feedback", language: language, decision: .choose(offered), candidates: offered)
    }

    @Test func aChoiceIsANumberedListOfTitlesAndAWayOut() {
        let text = AnswerFormatter(library: SampleLibrary.library).format(choice(.en))
        #expect(text.contains("Which of these do you mean?"))
        #expect(text.contains("1. Give feedback to a colleague"))
        #expect(text.contains("2. Receive feedback without getting defensive"))
        #expect(text.contains("or ask it differently"))
        #expect(!text.contains("Describe the behaviour")) // no lesson body: nothing is answered yet
    }

    @Test func theChoiceIsWordedInTheAskersLanguage() {
        let text = AnswerFormatter(library: SampleLibrary.library).format(choice(.nl))
        #expect(text.contains("Welke van deze bedoel je?"))
        #expect(text.contains("stel je vraag anders"))
    }
}
