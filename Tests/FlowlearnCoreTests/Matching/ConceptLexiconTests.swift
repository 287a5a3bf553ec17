@testable import FlowlearnCore
import Testing

@Suite("ConceptLexicon")
struct ConceptLexiconTests {
    let lexicon = ConceptLexicon(groups: [
        ["performance review", "appraisal", "beoordelingsgesprek"],
        ["my manager", "mijn leidinggevende"],
        ["manager", "leidinggevende", "boss"],
        ["turn down", "afwijzen"],
        ["how long"],
        ["got comments", "feedback krijgen"],
    ], stemmers: LanguageResources.test.stemmers)

    func concepts(_ text: String, _ language: Language = .en) -> [ConceptLexicon.Concept] {
        lexicon.concepts(ofWords: TextNormalizer.words(text), language: language).sorted()
    }

    @Test func wordsAndPhrasesOfBothLanguagesMeetInOneConcept() {
        #expect(concepts("my appraisal") == [0])
        #expect(concepts("the performance reviews") == [0])
        #expect(concepts("beoordelingsgesprekken", .nl) == [0])
    }

    @Test func possessivesAreOneTokenSoSidesCanBeTold() {
        #expect(concepts("talk to my manager") == [1, 2])
        #expect(concepts("with your manager") == [1, 2])
        #expect(concepts("met mijn leidinggevende", .nl) == [1, 2])
        #expect(concepts("the manager") == [2])
    }

    @Test func particlesStayInPhrases() {
        #expect(concepts("turn it down") == [3])
        #expect(concepts("turn left") == [])
    }

    @Test func aPhraseThatLosesAllButOneWordIsNotRegistered() {
        // "how long" would otherwise match every "long".
        #expect(concepts("a long text") == [])
    }

    @Test func phraseWordsMayStandOneWordApart() {
        #expect(concepts("got some harsh comments") == [5])
        #expect(concepts("got nice and harsh comments") == [])
    }

    @Test func builtInLexiconHoldsShortGeneralTermsOnly() {
        // No phrasing of a particular lesson: words and short phrases (at most three words).
        let builtIn = BuiltInLexicon.groups
        #expect(builtIn.count >= 300)
        #expect(builtIn.allSatisfy { $0.count >= 2 })
        #expect(builtIn.allSatisfy { group in group.allSatisfy { $0.split(separator: " ").count <= 3 } })
        let lexicon = ConceptLexicon(synonyms: SynonymTable(), stemmers: LanguageResources.test.stemmers)
        let dutch = lexicon.concepts(ofWords: ["beoordelingsgesprek"], language: .nl)
        let english = lexicon.concepts(ofWords: ["appraisal"], language: .en)
        #expect(dutch.isEmpty || english.isEmpty || !Set(dutch).isDisjoint(with: english))
    }

    @Test func synonymsExtendTheBuiltInLexicon() {
        let lexicon = ConceptLexicon(synonyms: SynonymTable(groups: [["kwartaalgesprek", "quarterly check-in"]]), stemmers: LanguageResources.test.stemmers)
        let a = lexicon.concepts(ofWords: ["kwartaalgesprek"], language: .nl)
        let b = lexicon.concepts(ofWords: TextNormalizer.words("quarterly check-in"), language: .en)
        #expect(!a.isEmpty && !Set(a).isDisjoint(with: b))
        #expect(lexicon.conceptCount == BuiltInLexicon.groups.count + 1)
    }
}
