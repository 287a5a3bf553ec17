@testable import FlowlearnCore
import Testing

@Suite("TopicTwins")
struct TopicTwinsTests {
    @Test func pairsBySuffixOrMutualRelated() {
        let lessons = [
            LessonIndexTests.lesson("give-feedback-en", .en, "Give feedback"),
            LessonIndexTests.lesson("give-feedback-nl", .nl, "Feedback geven"),
            LessonIndexTests.lesson("lifting", .en, "Lifting safely", related: ["tillen"]),
            LessonIndexTests.lesson("tillen", .nl, "Veilig tillen", related: ["lifting"]),
            LessonIndexTests.lesson("one-sided", .en, "One sided", related: ["tillen"]),
        ]
        let twins = TopicTwins(lessons: lessons)
        #expect(twins.twin(of: 0) == 1)
        #expect(twins.twin(of: 1) == 0)
        #expect(twins.twin(of: 2) == 3)
        #expect(twins.twin(of: 4) == nil)
    }

    @Test func theAnswerIsTheTwinInTheAskersLanguageEvenWhenOnlyTheOtherRanks() {
        let lessons = [
            LessonIndexTests.lesson("onboarding-en", .en, "Onboarding a new colleague",
                                    tags: ["onboarding", "new hire"], questions: ["How do I onboard a new hire?"]),
            LessonIndexTests.lesson("onboarding-nl", .nl, "Inwerken", body: "Korte tekst."),
        ]
        let matcher = LessonMatcher(library: ContentLibrary(lessons: lessons))
        let result = matcher.match("hoe onboard ik een new hire", fallbackLanguage: .nl)
        #expect(result.language == .nl)
        #expect(result.candidates.first?.lesson.id == "onboarding-nl")
        #expect(result.candidates.filter { $0.lesson.id.hasPrefix("onboarding") }.count == 1)
    }
}
