import Testing
@testable import FlowlearnCore

@Suite struct LessonMatcherTests {
    let matcher = SampleLibrary.matcher

    func best(_ question: String, fallback: Language = .en) -> String? {
        matcher.match(question, fallbackLanguage: fallback).best?.lesson.id
    }

    @Test func answersInTheAskersLanguageWhenTheTopicExistsInBoth() {
        #expect(best("how do i give feedback to my colleague") == "give-feedback-en")
        #expect(best("hoe geef ik feedback aan mijn collega") == "feedback-geven-nl")
    }

    @Test func tellsGivingFromReceiving() {
        #expect(best("my manager gave me harsh criticism, how do i react") == "receive-feedback")
    }

    @Test func tellsRecognisingFromReporting() {
        #expect(best("i clicked a link in a weird mail, how do i report it") == "report-phishing")
        #expect(best("hoe herken ik phishing") == "phishing-herkennen")
    }

    @Test func bridgesToALessonOnlyInTheOtherLanguage() {
        let result = matcher.match("phishing melden", fallbackLanguage: .nl)
        #expect(result.language == .nl)
        #expect(result.best?.lesson.id == "report-phishing")
    }

    @Test func aClauseStartingWithAConjunctionIsNotAnUnknownTopic() {
        // "nadat" (after) and "voordat" (before) only join two clauses; counted as topic words the
        // library does not know, they dragged the confidence of a plain question down.
        let plain = matcher.match("hoe geef ik feedback aan een collega als het project af is", fallbackLanguage: .nl)
        for conjunction in ["nadat", "voordat", "zodra"] {
            let result = matcher.match("hoe geef ik feedback aan een collega \(conjunction) het project af is", fallbackLanguage: .nl)
            #expect(result.best?.lesson.id == "feedback-geven-nl")
            #expect(result.best?.confidence == plain.best?.confidence, "\(conjunction)")
        }
    }

    @Test func toleratesTypos() {
        #expect(best("how do i reprot a phising mail") == "report-phishing")
    }

    @Test func saysNothingYetWhenNothingFits() {
        let result = matcher.match("where is the coffee machine on the third floor", fallbackLanguage: .en)
        #expect(result.decision == .noMatch)
        #expect(result.best == nil)
        #expect(matcher.match("wat is het wifi wachtwoord", fallbackLanguage: .nl).decision == .noMatch)
    }

    @Test func equipmentTroubleIsNotTheLessonOnTheMeetingItHappensIn() {
        // A microphone or headset that fails is a service-desk matter, not the video-call lesson.
        let lessons = [
            LessonIndexTests.lesson("hybrid-meeting", .en, "Run a hybrid meeting", tags: ["hybrid meeting", "video call"],
                                    questions: ["How do I include the people who join online?"],
                                    body: "Make sure everyone has a good microphone and a camera."),
        ]
        let matcher = LessonMatcher(library: ContentLibrary(lessons: lessons), language: .test)
        #expect(matcher.match("my mic doesn't work", fallbackLanguage: .en).decision == .noMatch)
        #expect(matcher.match("mijn koptelefoon doet het niet", fallbackLanguage: .nl).decision == .noMatch)
        #expect(matcher.match("tips for a hybrid meeting with people online", fallbackLanguage: .en).best?.lesson.id == "hybrid-meeting")
    }

    @Test func aServiceTopicOutweighsAWordTheQuestionSharesWithALesson() {
        // "colleague" is all over the feedback lessons, but the question is about leave.
        #expect(matcher.match("how many vacation days does a new colleague get", fallbackLanguage: .en).decision == .noMatch)
        #expect(matcher.match("hoeveel vakantiedagen krijgt een nieuwe collega", fallbackLanguage: .nl).decision == .noMatch)
    }

    @Test func detectsTheLanguageOfTheQuestion() {
        #expect(LanguageDetector().detect("hoe bereid ik mijn beoordelingsgesprek voor", fallback: .en) == .nl)
        #expect(LanguageDetector().detect("how do i prepare my review", fallback: .nl) == .en)
        #expect(LanguageDetector().detect("phishing", fallback: .nl) == .nl)
        #expect(LanguageDetector().detect("phishing", fallback: .en) == .en)
        // An English -ing word is common in Dutch chat ("phishing", "training"): a Dutch verb outweighs it.
        #expect(LanguageDetector().detect("phising mail herkennen tips", fallback: .en) == .nl)
    }
}

@Suite struct LessonMatcherDecisionTests {
    @Test func aCloseCallOffersTheCloseLessonsToChooseFrom() {
        let lessons = [
            LessonIndexTests.lesson("a-meetings", .en, "Chair a meeting", tags: ["meeting"]),
            LessonIndexTests.lesson("b-meetings", .en, "Take minutes in a meeting", tags: ["meeting"]),
        ]
        let matcher = LessonMatcher(library: ContentLibrary(lessons: lessons), language: .test, policy: .standard)
        let result = matcher.match("meeting", fallbackLanguage: .en)
        #expect(result.best == nil)
        #expect(Set(result.choices.map(\.lesson.id)) == ["a-meetings", "b-meetings"])
        #expect(result.choice(for: "2")?.lesson.id == result.choices[1].lesson.id)
        #expect(result.choice(for: "Take minutes in a meeting!")?.lesson.id == "b-meetings")
        #expect(result.choice(for: "3") == nil)
    }

    @Test func thePolicyDecidesByConfidenceAndLead() {
        let policy = MatchPolicy(minimumConfidence: 0.3, answerConfidence: 0.5, ambiguityRatio: 0.8)
        #expect(policy.decide([(0.2, 10)]) == .nothing)
        #expect(policy.decide([(0.6, 10), (0.5, 5)]) == .answer)
        // A runner-up within the ratio makes it a choice, whatever the confidence.
        #expect(policy.decide([(0.9, 10), (0.8, 9), (0.75, 8.5), (0.1, 1)]) == .choose(count: 3))
        // A runner-up that scores close but covers far less of the question is not close.
        #expect(policy.decide([(0.9, 10), (0.2, 9)]) == .answer)
        // Confident enough to offer, not to answer: the best two.
        #expect(policy.decide([(0.4, 10), (0.3, 2)]) == .choose(count: 2))
    }

    @Test func shorthandAndDutchVerbsStillFindTheLesson() {
        let matcher = SampleLibrary.matcher
        #expect(matcher.match("tips voor feedback geven aan mn collega", fallbackLanguage: .en).best?.lesson.id == "feedback-geven-nl")
        #expect(LanguageDetector().detect("phisihng mail herkennen", fallback: .en) == .nl)
        #expect(LanguageDetector().detect("stretch opdracht tips", fallback: .en) == .nl)
    }
}

@Suite struct ConfidenceFeaturesTests {
    let matcher = SampleLibrary.matcher

    @Test func aQuestionInALessonsOwnWordsIsFullyAnchored() {
        let f = matcher.confidenceFeatures(of: "how do i report a phishing mail", fallbackLanguage: .en)
        #expect(f.coverage > 0.5)
        #expect(f.anchoredShare == 1)
        #expect(f.unknownShare == 0)
        #expect(f.closeness > 0.5)
    }

    @Test func wordsNoLessonKnowsAreMeasured() {
        let f = matcher.confidenceFeatures(of: "who won the champions league", fallbackLanguage: .en)
        #expect(f.unknownShare > 0.5)
        #expect(f.anchoredShare == 0)
    }

    @Test func theExplanationShowsTheFeatures() {
        let lines = matcher.explanation(of: "how do i report a phishing mail", fallbackLanguage: .en).lines
        #expect(lines.contains { $0.hasPrefix("confidence features: coverage ") && $0.contains("unknown words 0.00") })
    }
}
