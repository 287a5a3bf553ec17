@testable import FlowlearnCore
import Testing

@Suite("LessonVocabulary")
struct LessonVocabularyTests {
    let vocabulary = LessonVocabulary(words: [
        "phishing": .init(count: 9, languages: [.en, .nl]),
        "customer": .init(count: 5, languages: .en),
        "beoordelingsgesprek": .init(count: 2, languages: .nl),
        "meeting": .init(count: 7, languages: .en),
        "melding": .init(count: 3, languages: .nl),
        "ab": .init(count: 1, languages: .en),
    ])

    @Test func correctsOneEditTowardsTheCommonerWord() {
        #expect(vocabulary.corrections(for: "phisihng") == ["phishing"])
        #expect(vocabulary.corrections(for: "custmer") == ["customer"])
        #expect(vocabulary.corrections(for: "beoordelingsgesprk") == ["beoordelingsgesprek"])
        #expect(vocabulary.corrections(for: "meting") == ["meeting"])
    }

    @Test func leavesFarAndShortWordsAlone() {
        #expect(vocabulary.corrections(for: "mailing").isEmpty)
        #expect(vocabulary.corrections(for: "abc").isEmpty) // too short to correct
        #expect(vocabulary.corrections(for: "xhishing").isEmpty) // the first letter is kept
    }

    @Test func knowsWhichLanguagesUseAWord() {
        #expect(vocabulary.languages(of: "phishing") == [.en, .nl])
        #expect(vocabulary.languages(of: "melding") == .nl)
        #expect(vocabulary.languages(of: "unknown").isEmpty)
    }
}
