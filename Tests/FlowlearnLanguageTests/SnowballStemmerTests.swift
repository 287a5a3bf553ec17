import FlowlearnCore
import FlowlearnSnowball
import Testing

/// The Snowball adapter: the core's stemmers are libstemmer's English and Dutch algorithms.
@Suite struct SnowballStemmerTests {
    let stemmers = try! Stemmers.snowball()

    @Test func inflectionsOfAWordShareAStem() {
        #expect(stemmers.stem("meetings", language: .en) == stemmers.stem("meeting", language: .en))
        #expect(stemmers.stem("reviewing", language: .en) == "review")
        #expect(stemmers.stem("vergaderingen", language: .nl) == stemmers.stem("vergadering", language: .nl))
        #expect(stemmers.stem("handen", language: .nl) == "hand")
    }

    @Test func eachLanguageHasItsOwnRules() {
        // "handen" is a Dutch plural, not an English word: the English stemmer leaves it.
        #expect(stemmers.stem("handen", language: .en) == "handen")
    }

    @Test func anUnknownAlgorithmIsATypedError() {
        #expect(throws: SnowballStemmer.Unavailable.self) { try SnowballStemmer(algorithm: "klingon") }
    }

    @Test func manyThreadsMayStemAtOnce() async {
        let stemmer = stemmers
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<2_000).allSatisfy { _ in stemmer.stem("vergaderingen", language: .nl) == "vergader" } }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
