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
        let matcher = LessonMatcher(library: ContentLibrary(lessons: lessons), language: .test)
        let result = matcher.match("hoe onboard ik een new hire", fallbackLanguage: .nl)
        #expect(result.language == .nl)
        #expect(result.candidates.first?.lesson.id == "onboarding-nl")
        #expect(result.candidates.filter { $0.lesson.id.hasPrefix("onboarding") }.count == 1)
    }

    /// Two lessons on one topic whose ids and `related` lists do not pair them, and near
    /// neighbours that must not be paired.
    static let undeclared: [Microlearning] = [
        Microlearning(id: "sbi-feedback", title: "Give feedback to a colleague", language: .en,
                      tags: ["feedback", "colleague", "constructive criticism"],
                      questions: ["How do I give feedback to a colleague?", "How do I tell a colleague something went wrong?"],
                      audience: "everyone", body: "Describe what you saw and its effect, then ask a question."),
        Microlearning(id: "feedback-geven", title: "Feedback geven aan een collega", language: .nl,
                      tags: ["feedback", "collega", "opbouwende kritiek"],
                      questions: ["Hoe geef ik feedback aan een collega?", "Hoe vertel ik een collega dat iets niet goed ging?"],
                      audience: "everyone", body: "Beschrijf wat je zag en het effect, en stel dan een vraag."),
        Microlearning(id: "review-as-manager", title: "Prepare a performance review as a manager", language: .en,
                      tags: ["performance review", "appraisal", "manager"],
                      questions: ["How do I prepare an appraisal for my team member?"],
                      audience: "managers", body: "Collect examples from the whole year."),
        Microlearning(id: "eigen-beoordeling", title: "Je eigen beoordelingsgesprek voorbereiden", language: .nl,
                      tags: ["beoordelingsgesprek", "functioneringsgesprek", "medewerker"],
                      questions: ["Hoe bereid ik mijn beoordelingsgesprek voor?"],
                      audience: "employees", body: "Schrijf op wat je dit jaar hebt bereikt."),
    ]

    @Test func findsTwinsByWhatTheirHeadingsSayAcrossLanguages() {
        let twins = LessonMatcher(library: ContentLibrary(lessons: Self.undeclared), language: .test).index.twins
        #expect(twins.twin(of: 0) == 1)
        #expect(twins.twin(of: 1) == 0)
        // The manager's review and the employee's own are near neighbours, not one topic.
        #expect(twins.twin(of: 2) == nil)
        #expect(twins.twin(of: 3) == nil)
    }

    @Test func aQuestionGetsTheFoundTwinInItsLanguageAndTheTopicOnce() {
        let matcher = LessonMatcher(library: ContentLibrary(lessons: Self.undeclared), language: .test)
        let english = matcher.match("tips for giving feedback to a collega", fallbackLanguage: .nl)
        #expect(english.language == .en)
        #expect(english.best?.lesson.id == "sbi-feedback")
        #expect(!english.candidates.contains { $0.lesson.id == "feedback-geven" })
        let dutch = matcher.match("hoe geef ik feedback aan mijn colleague", fallbackLanguage: .en)
        #expect(dutch.language == .nl)
        #expect(dutch.best?.lesson.id == "feedback-geven")
        #expect(!dutch.candidates.contains { $0.lesson.id == "sbi-feedback" })
    }

    @Test func lessonsSharingOnlyPartOfATopicAreNotTwins() {
        let lessons = [
            Microlearning(id: "report-phishing", title: "Report a phishing e-mail", language: .en,
                          tags: ["phishing", "report", "security"], questions: ["How do I report a phishing e-mail?"],
                          body: "Use the report button."),
            Microlearning(id: "datalek-melden", title: "Een datalek of een kwijtgeraakte laptop melden", language: .nl,
                          tags: ["datalek", "melden", "phishing", "laptop", "persoonsgegevens"],
                          questions: ["Hoe meld ik een datalek?", "Hoe meld ik een phishingmail?"],
                          body: "Meld het meteen bij de servicedesk."),
        ]
        let twins = LessonMatcher(library: ContentLibrary(lessons: lessons), language: .test).index.twins
        #expect(twins.twin(of: 0) == nil)
    }

    @Test func aTopicCoversWhatEitherOfItsTwinsCovers() throws {
        let lessons = [
            LessonIndexTests.lesson("feedback-en", .en, "Give feedback", tags: ["feedback", "stakeholder"],
                                    questions: ["How do I give feedback to a stakeholder?"]),
            LessonIndexTests.lesson("feedback-nl", .nl, "Feedback geven", tags: ["feedback", "collega"],
                                    questions: ["Hoe geef ik feedback aan een collega?"]),
        ]
        let question = "feedback geven aan een stakeholder"
        var matcher = LessonMatcher(library: ContentLibrary(lessons: lessons), language: .test)
        let coverage = Dictionary(uniqueKeysWithValues: matcher.index.search(question, language: .nl, limit: 5).map {
            (matcher.index.lessons[$0.lessonIndex].id, $0.coverage)
        })
        let english = try #require(coverage["feedback-en"]), dutch = try #require(coverage["feedback-nl"])
        #expect(english > dutch)
        // Between the two: the Dutch lesson alone would be a content gap, the topic is not.
        matcher.policy.minimumConfidence = (english + dutch) / 2
        let result = matcher.match(question, fallbackLanguage: .nl)
        #expect(result.decision != .noMatch)
        #expect(result.best?.lesson.id == "feedback-nl")
        #expect(result.best?.confidence == english)
    }
}
