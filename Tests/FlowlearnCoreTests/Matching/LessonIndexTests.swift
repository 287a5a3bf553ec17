@testable import FlowlearnCore
import Testing

@Suite("LessonIndex")
struct LessonIndexTests {
    static func lesson(_ id: String, _ language: Language, _ title: String, tags: [String] = [], questions: [String] = [],
                       body: String = "", related: [String] = []) -> Microlearning {
        Microlearning(id: id, title: title, language: language, tags: tags, questions: questions, related: related, body: body)
    }

    let index = SampleLibrary.matcher.index

    func top(_ query: String, _ language: Language = .en) -> String? {
        index.search(query, language: language, limit: 3).first.map { index.lessons[$0.lessonIndex].id }
    }

    @Test func ranksByFieldWeightedBM25() {
        #expect(top("first aid") == "first-aid")
        #expect(top("receive criticism") == "receive-feedback")
    }

    @Test func correctsTyposBeforeLookingUpPhrases() {
        let units = index.queryUnits("phisihng herkennen", language: .nl)
        #expect(units.first?.alternatives.isEmpty == false)
        #expect(top("phisihng herkennen", .nl) == "phishing-herkennen")
    }

    @Test func splitsUnknownDutchCompoundsIntoKnownParts() {
        // "phishing" and "collega" are words of the Dutch lessons; "phishingcollega" is not.
        let units = index.queryUnits("phishingcollega", language: .nl)
        #expect(units.count >= 2)
        #expect(units.allSatisfy { !$0.alternatives.isEmpty })
    }

    /// With the dictionary, a part may be a form the lessons do not use but whose stem they do
    /// ("herkenning" for lessons that say "herkennen").
    @Test func splitsCompoundsIntoTheDictionarysFormsOfLessonWords() {
        struct Dictionary: TranslationSource {
            func forEachPair(_ body: (String, String) -> Void) throws { body("herkenning", "recognition") }
        }
        let language = LanguageResources(stemmers: LanguageResources.test.stemmers, translations: Dictionary())
        let index = LessonMatcher(library: SampleLibrary.library, language: language).index
        let units = index.queryUnits("phishingherkenning", language: .nl)
        #expect(units.count >= 2)
        #expect(units.allSatisfy { !$0.alternatives.isEmpty })
    }

    @Test func aHyphenatedWordCountsOnce() {
        let hyphen = index.queryUnits("report a phishing e-mail", language: .en)
        let plain = index.queryUnits("report a phishing email", language: .en)
        #expect(hyphen.count == plain.count)
    }

    @Test func questionScaffoldingIsNotAUnit() {
        #expect(index.queryUnits("how do i", language: .en).isEmpty)
        #expect(index.queryUnits("hoe kan ik", language: .nl).isEmpty)
        #expect(index.search("how do i", language: .en).isEmpty)
    }

    @Test func aLessonThatOnlyMentionsTheTopicInItsBodyIsNotConfident() {
        let lessons = [
            Self.lesson("one-on-one", .en, "Run a good one-on-one", tags: ["one-on-one"], questions: ["How do I run a one-on-one?"],
                        body: "Ask how they sleep and how their health is."),
            Self.lesson("sleep", .en, "Sleep well before a shift", tags: ["sleep", "health"], questions: ["How do I sleep better?"]),
        ]
        let index = LessonIndex(lessons: lessons, lexicon: ConceptLexicon(groups: [["sleep", "slapen"]], stemmers: LanguageResources.test.stemmers))
        let hits = index.search("tips to sleep better", language: .en, limit: 2)
        #expect(hits.first.map { lessons[$0.lessonIndex].id } == "sleep")
        let bodyOnly = try? #require(hits.first { lessons[$0.lessonIndex].id == "one-on-one" })
        #expect((bodyOnly?.coverage ?? 1) < MatchPolicy.standard.minimumConfidence)
        // Without the lesson about it, the body mention covers less of the question.
        let without = LessonIndex(lessons: [lessons[0]], lexicon: ConceptLexicon(groups: [["sleep", "slapen"]], stemmers: LanguageResources.test.stemmers))
        let gap = without.search("tips om beter te slapen", language: .nl, limit: 1).first?.coverage ?? 0
        let withLesson = index.search("tips om beter te slapen", language: .nl, limit: 1).first?.coverage ?? 0
        #expect(gap < withLesson)
    }

    @Test func tiesAreBrokenByID() {
        let twins = [
            Self.lesson("b-lesson", .en, "Lifting boxes safely"),
            Self.lesson("a-lesson", .en, "Lifting boxes safely"),
            Self.lesson("c-lesson", .en, "Lifting boxes safely"),
        ]
        let index = LessonIndex(library: ContentLibrary(lessons: twins), language: .test)
        let hits = index.search("lifting boxes", language: .en, limit: 3)
        #expect(hits.map { twins[$0.lessonIndex].id } == ["a-lesson", "b-lesson", "c-lesson"])
        #expect(Set(hits.map(\.score)).count == 1)
    }

    @Test func aDutchPastParticipleNoLessonUsesFindsItsVerb() {
        // The lessons say "afvinken" and "plannen"; the asker writes "afgevinkt".
        let lessons = [
            Self.lesson("taken-plannen", .nl, "Je taken plannen", tags: ["plannen", "takenlijst"]),
            Self.lesson("taken-afvinken", .nl, "Je taken afvinken", tags: ["afvinken", "takenlijst"]),
        ]
        let index = LessonIndex(library: ContentLibrary(lessons: lessons), language: .test)
        let hits = index.search("takenlijst afgevinkt", language: .nl, limit: 2)
        #expect(hits.first.map { lessons[$0.lessonIndex].id } == "taken-afvinken")
        #expect(hits.count == 2 && hits[0].score > hits[1].score)
        #expect(QueryAnalyzer.participleBases(of: "gestart").contains("start"))
        #expect(QueryAnalyzer.participleBases(of: "opgestart").contains("opstart"))
        #expect(QueryAnalyzer.participleBases(of: "gesprek").isEmpty)
    }

    @Test func confidenceIsAShareAndDropsWithUnknownWords() {
        let plain = index.search("how do i report a phishing email", language: .en, limit: 1).first?.coverage ?? 0
        let noisy = index.search("how do i report a phishing email zorblax quimbly", language: .en, limit: 1).first?.coverage ?? 0
        #expect(plain > 0 && plain <= 1)
        #expect(noisy < plain)
    }

    @Test func searchingIsSafeFromManyTasksAtOnce() async {
        let index = self.index
        let questions = ["how do i report a phishing mail", "hoe geef ik feedback", "receive criticism", "first aid", "phishing melden"]
        let expected = questions.map { index.search($0, language: .en, limit: 5) }
        await withTaskGroup(of: Bool.self) { group in
            for round in 0..<40 {
                group.addTask {
                    let i = round % questions.count
                    return index.search(questions[i], language: .en, limit: 5) == expected[i]
                }
            }
            for await same in group { #expect(same) }
        }
    }

    @Test func anEmptyLibraryFindsNothing() {
        let empty = LessonIndex(library: ContentLibrary(lessons: []), language: .test)
        #expect(empty.search("feedback", language: .en).isEmpty)
        #expect(empty.termCount == 0)
    }
}

@Suite("QueryAnalyzer")
struct QueryAnalyzerTests {
    let index = SampleLibrary.matcher.index

    @Test func workplaceWordsWeighMoreThanGeneralOnes() {
        let units = index.queryUnits("report phishing monday", language: .en)
        let phishing = units.first { $0.word == "phishing" }
        let monday = units.first { $0.word == "monday" }
        #expect(phishing?.emphasis == 1)
        #expect(monday.map { $0.alternatives.isEmpty || $0.emphasis < 1 } == true)
    }

    @Test func theAskersLanguageReadsAWordFirst() {
        // English "boss" is not Dutch "boos" (angry) in an English question: the Dutch reading
        // only comes second, and counts less.
        let lessons = [LessonIndexTests.lesson("angry-customer", .nl, "Een boze klant", tags: ["boos", "klant"])]
        let index = LessonIndex(library: ContentLibrary(lessons: lessons), language: .test)
        let english = index.queryUnits("my boss", language: .en).flatMap(\.alternatives).map(\.factor).max() ?? 0
        let dutch = index.queryUnits("mijn baas is boos", language: .nl).first { $0.word == "boos" }?.alternatives.map(\.factor).max() ?? 0
        #expect(english < dutch)
    }
}
