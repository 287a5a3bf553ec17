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
        "type": .init(count: 4, languages: .en),
        "room": .init(count: 4, languages: .en),
        "tips": .init(count: 6, languages: [.en, .nl]),
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

    @Test func leavesFourLetterWordsAloneButCorrectsTowardsThem() {
        // Real words, not typos: "typo" is not "type", "roof" is not "room".
        #expect(vocabulary.corrections(for: "typo").isEmpty)
        #expect(vocabulary.corrections(for: "roof").isEmpty)
        // A longer typo of a four-letter word is still corrected.
        #expect(vocabulary.corrections(for: "tipps") == ["tips"])
    }

    @Test func knowsWhichLanguagesUseAWord() {
        #expect(vocabulary.languages(of: "phishing") == [.en, .nl])
        #expect(vocabulary.languages(of: "melding") == .nl)
        #expect(vocabulary.languages(of: "unknown").isEmpty)
    }
}
