@testable import FlowlearnCore
import Testing

@Suite("SampleSentences")
struct SampleSentencesTests {
    static func lesson(_ id: String, _ title: String, questions: [String], body: String = "") -> Microlearning {
        Microlearning(id: id, title: title, language: .en, questions: questions, body: body)
    }

    /// Two lessons with the same words in their sample questions: one says what the asker says in
    /// one sentence, the other only has the words spread over several.
    static let lessons = [
        lesson("spread", "Working with colleagues", questions: [
            "How do I ask a colleague for a favour?", "What do I do with feedback from my manager?",
            "How do I give a presentation?", "How do I plan my week?",
        ]),
        lesson("focused", "Feedback", questions: ["How do I give a colleague feedback?"]),
    ]

    @Test func theLessonWhoseOneSampleQuestionTheAskerSaysWins() {
        let index = LessonIndex(library: ContentLibrary(lessons: Self.lessons), language: .test)
        let hits = index.search("give feedback to a colleague", language: .en, limit: 2)
        #expect(hits.map { Self.lessons[$0.lessonIndex].id } == ["focused", "spread"])
    }

    @Test func closenessIsTheShareOfTheClosestSentenceTheQuestionSays() {
        let index = LessonIndex(library: ContentLibrary(lessons: Self.lessons), language: .test)
        func closeness(_ query: String, _ lesson: Int) -> Float {
            let terms = index.queryUnits(query, language: .en).flatMap { unit in unit.alternatives.map { ($0.term, $0.factor) } }
                .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
            return index.sentences.closeness(lesson: lesson, queryTerms: terms.map { (term: $0.0, factor: $0.1) })
        }
        #expect(closeness("how do i give a colleague feedback", 1) > 0.99)
        #expect(closeness("how do i give a colleague feedback", 0) < 0.8)
        #expect(closeness("parking permit", 1) == 0)
    }
}
