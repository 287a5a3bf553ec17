import Foundation
import Testing
@testable import FlowlearnCore

/// How a direct message reads while the weekly reflection is open.
@Suite struct ReflectionIntentTests {
    func intent(_ text: String, replying: Bool = false, confident: Bool = false) -> ReflectionIntent {
        ReflectionIntent.classify(text, repliesToPrompt: replying, confidentLesson: confident)
    }

    @Test(arguments: [
        "where do I park my bike at the new office",
        "how do I claim travel expenses?",
        "Can I work from home on Fridays",
        "waar kan ik mijn fiets parkeren bij het nieuwe kantoor",
        "hoe declareer ik reiskosten",
        "wie weet hoe de nieuwe printer werkt",
        "mag ik mijn vakantiedagen meenemen naar volgend jaar?",
        "the printer on floor 3 is broken again?",
    ])
    func questionsAreQuestionsOnEveryDay(_ text: String) {
        #expect(intent(text) == .question)
    }

    @Test(arguments: [
        "This week I finally ran the retro with the whole team.",
        "I learned that asking early saves a lot of time",
        "Deze week heb ik voor het eerst een klantgesprek alleen gedaan.",
        "ik heb geleerd dat ik eerder om hulp moet vragen",
        "Busy week. The release slipped, but the team kept its spirits up.",
        "Next week I will ask for help sooner.",
        "What a week! Two launches and a team outing.",
        "Wat een week, eindelijk de planning rond.",
    ])
    func lookingBackIsReflection(_ text: String) {
        #expect(intent(text) == .reflection)
    }

    @Test func aReplyToThePromptIsReflectionWhateverItsShape() {
        #expect(intent("how was my week? hectic, but good", replying: true) == .reflection)
    }

    @Test func whatIsNeitherIsUnclearUnlessALessonIsSureOfIt() {
        #expect(intent("the customer call") == .unclear)
        #expect(intent("klantgesprek") == .unclear)
        #expect(intent("feedback to a colleague", confident: true) == .question)
        #expect(intent("i need tips for giving feedback", confident: true) == .question)
        #expect(intent("i need tips for giving feedback") == .reflection || intent("i need tips for giving feedback") == .unclear)
    }

    @Test func aLabelSaysWhatItIs() {
        let question = ReflectionIntent.ExplicitLabel("vraag: waar is de kantine")
        #expect(question?.intent == .question && question?.rest == "waar is de kantine")
        let reflection = ReflectionIntent.ExplicitLabel("Reflection : it went well")
        #expect(reflection?.intent == .reflection && reflection?.rest == "it went well")
        #expect(ReflectionIntent.ExplicitLabel("questions about the retro") == nil)
    }

    @Test func theOneWordAnswersInBothLanguages() {
        #expect(ReflectionIntent.answer("reflection") == .reflection)
        #expect(ReflectionIntent.answer("Reflectie.") == .reflection)
        #expect(ReflectionIntent.answer("question") == .question)
        #expect(ReflectionIntent.answer("een vraag") == .question)
        #expect(ReflectionIntent.answer("how do I give feedback") == nil)
    }
}
