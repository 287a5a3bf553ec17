@testable import FlowlearnCore
import Testing

@Suite("EditDistance")
struct EditDistanceTests {
    @Test("one edit, adjacent swaps included", arguments: [
        ("phising", "phishing"), ("emial", "email"), ("relfecteren", "reflecteren"), ("custmer", "customer"),
        ("reorginisatie", "reorganisatie"), ("solicitant", "sollicitant"), ("feedbak", "feedback"),
    ])
    func typosAreOneEditAway(typo: String, word: String) {
        #expect(EditDistance.distance(typo, word, limit: 1) == 1)
        #expect(EditDistance.distance(word, typo, limit: 1) == 1)
    }

    @Test func equalWordsAreZeroAndFarWordsExceedTheLimit() {
        #expect(EditDistance.distance("review", "review", limit: 1) == 0)
        #expect(EditDistance.distance("review", "preview", limit: 1) == 1)
        #expect(EditDistance.distance("review", "reviews!!", limit: 2) == nil)
        #expect(EditDistance.distance("meeting", "melding", limit: 1) == nil)
        #expect(EditDistance.distance("meeting", "melding", limit: 3) == 2)
        #expect(EditDistance.distance("", "ab", limit: 2) == 2)
        #expect(EditDistance.distance("", "abc", limit: 2) == nil)
    }
}
