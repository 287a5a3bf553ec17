@testable import FlowlearnCore
import Testing

@Suite("StopWords")
struct StopWordsTests {
    @Test("English question scaffolding is dropped", arguments: [
        "how", "do", "i", "what", "should", "can", "any", "tips", "please", "the", "a", "my", "is",
        "for", "with", "about", "to", "im", "dont", "don", "t", "s", "someone", "advice", "way",
        "whole", "totally", "literally",
    ])
    func englishScaffolding(word: String) {
        #expect(StopWords.isStopWord(word, language: .en))
    }

    @Test("Dutch question scaffolding is dropped", arguments: [
        "hoe", "moet", "ik", "wat", "doe", "kan", "je", "mijn", "mn", "zn", "tips", "iemand", "graag",
        "pak", "aan", "vraag", "de", "het", "een", "voor", "met", "er", "m", "n", "t", "s", "welke",
        // Short prepositions and fillers: "ivm avg" is about the GDPR, "helemaal mis" about what went wrong.
        "ivm", "ipv", "mbt", "tov", "helemaal", "allemaal",
        // Conjunctions that open a clause.
        "nadat", "voordat", "zodra", "totdat", "doordat", "aangezien", "indien", "zolang",
    ])
    func dutchScaffolding(word: String) {
        #expect(StopWords.isStopWord(word, language: .nl))
    }

    /// Words that tell lessons apart: giving vs receiving feedback, recognising vs reporting phishing,
    /// one's own first week vs onboarding a colleague, asking for help, saying no.
    @Test("English topic words are kept", arguments: [
        "feedback", "review", "meeting", "give", "giving", "receive", "receiving", "get", "got",
        "report", "recognise", "first", "new", "own", "myself", "colleague", "help", "no", "one",
        "manager", "boss", "team", "tell", "ask", "make", "long", "same", "week", "day", "work",
        "phishing", "idea", "1",
    ])
    func englishTopicWords(word: String) {
        #expect(!StopWords.isStopWord(word, language: .en))
    }

    @Test("Dutch topic words are kept", arguments: [
        "feedback", "melden", "geven", "ontvangen", "krijgen", "herkennen", "eerste", "eerst",
        "nieuwe", "nieuw", "eigen", "zelf", "mezelf", "collega", "hulp", "nee", "vragen", "lang",
        "werk", "gesprek", "beoordelingsgesprek", "vertellen", "dag", "week", "laat", "weg", "1",
    ])
    func dutchTopicWords(word: String) {
        #expect(!StopWords.isStopWord(word, language: .nl))
    }

    @Test func everySingleLetterIsAStopWordButDigitsAreNot() {
        for letter in "abcdefghijklmnopqrstuvwxyz" {
            #expect(StopWords.isStopWord(String(letter), language: .en))
            #expect(StopWords.isStopWord(String(letter), language: .nl))
        }
        for digit in "0123456789" {
            #expect(!StopWords.isStopWord(String(digit), language: .en))
            #expect(!StopWords.isStopWord(String(digit), language: .nl))
        }
        #expect(!StopWords.isStopWord("", language: .en))
    }

    @Test func listsAreLanguageSpecific() {
        // Dutch function words that are English topic words, and the other way round.
        #expect(StopWords.isStopWord("door", language: .nl))
        #expect(!StopWords.isStopWord("door", language: .en))
        #expect(StopWords.isStopWord("die", language: .nl))
        #expect(!StopWords.isStopWord("die", language: .en))
        #expect(StopWords.isStopWord("the", language: .en))
        #expect(!StopWords.isStopWord("the", language: .nl))
        #expect(StopWords.words(for: .en) == StopWords.english)
        #expect(StopWords.words(for: .nl) == StopWords.dutch)
    }

    @Test func expectsNormalisedWords() {
        // Lists hold lowercase words; callers normalise first (TextNormalizer.words does).
        #expect(!StopWords.isStopWord("HOW", language: .en))
        #expect(StopWords.isStopWord(TextNormalizer.normalize("HOW"), language: .en))
    }

    @Test(arguments: Language.allCases)
    func everyEntryIsASingleNormalisedWord(language: Language) {
        let words = StopWords.words(for: language)
        #expect(words.count > 150)
        for word in words {
            // Otherwise TextNormalizer.words could never produce it and the entry would be dead.
            #expect(TextNormalizer.words(word, includeHyphenJoined: false) == [word], "\(word)")
            #expect(word.count > 1, "single letters are covered by the rule: \(word)")
        }
    }

    @Test func dropsTheScaffoldingOfRealQuestions() {
        func content(_ question: String, _ language: Language) -> [String] {
            TextNormalizer.words(question).filter { !StopWords.isStopWord($0, language: language) }
        }
        #expect(content("hoe bereid ik mn beoordelingsgesprek voor", .nl) == ["bereid", "beoordelingsgesprek"])
        #expect(content("any tips for giving feedback", .en) == ["giving", "feedback"])
        #expect(content("Heeft iemand tips hoe ik feedback kan ontvangen?", .nl) == ["feedback", "ontvangen"])
        #expect(content("how do I report a phishing e-mail?", .en) == ["report", "phishing", "mail", "email"])
        #expect(content("what should I do in my own first week", .en) == ["own", "first", "week"])
        #expect(content("hoe vraag ik om hulp zonder lastig te zijn", .nl) == ["hulp", "lastig"])
    }
}
