@testable import FlowlearnCore
import Testing

@Suite("DutchCompoundSplitter")
struct DutchCompoundSplitterTests {
    static let vocabulary: Set<String> = [
        "beoordeling", "gesprek", "functionering", "kennis", "sessie", "werk", "overleg", "over",
        "leg", "klant", "service", "medewerker", "tevredenheid", "techniek", "week", "hond", "hok",
        "bedrijf", "arts", "werkoverleg", "in", "de", "deling", "kleding", "ken", "ben", "heb",
        "plek", "krat", "ten", "gesprekken",
    ]
    let splitter = DutchCompoundSplitter(vocabulary: vocabulary)

    @Test("splits compounds into known words", arguments: [
        ("beoordelingsgesprek", ["beoordeling", "gesprek"]),
        ("functioneringsgesprek", ["functionering", "gesprek"]),
        ("kennissessie", ["kennis", "sessie"]),
        ("werkoverleg", ["werk", "overleg"]),
        ("medewerkerstevredenheid", ["medewerker", "tevredenheid"]),
        ("bedrijfsarts", ["bedrijf", "arts"]),
        ("werkweek", ["werk", "week"]),
        ("klantenservice", ["klant", "service"]), // linking "en"
        ("hondehok", ["hond", "hok"]), // linking "e"
        ("beoordelingsgesprekstechniek", ["beoordeling", "gesprek", "techniek"]), // three parts
        ("werkoverlegsessie", ["werkoverleg", "sessie"]), // fewest parts wins over werk+overleg+sessie
        ("werkkleding", ["werk", "kleding"]), // a doubled letter at the boundary is fine
        ("functioneringsgesprekken", ["functionering", "gesprekken"]),
    ])
    func splits(word: String, parts: [String]) {
        #expect(splitter.split(word) == parts)
    }

    @Test("returns [] without a full split", arguments: [
        "gesprek", // a single known word is not a compound
        "werk", // too short to split
        "",
        "werkplezier", // "plezier" is unknown
        "sgesprek", // a linking morpheme cannot start the word
        "werkoverlegs", // ... nor end it
        "werkssweek", // only one linking morpheme between parts
        "indeling", // "in" is shorter than three letters
        "xyzxyzxyz",
        // Plurals and verb forms with a doubled consonant are not compounds, although "ken",
        // "ben" and "ten" are words.
        "gesprekken", "hebben", "plekken", "kratten",
    ])
    func noSplit(word: String) {
        #expect(splitter.split(word) == [])
    }

    @Test func prefersFewestPartsOverShorterParts() {
        // werk + over + leg would also cover "werkoverleg"; two parts win.
        #expect(splitter.split("werkoverleg").count == 2)
        let repetitive = DutchCompoundSplitter(vocabulary: ["aaa", "aaaaa", "aaaaaa"])
        #expect(repetitive.split(String(repeating: "a", count: 12)) == ["aaaaaa", "aaaaaa"])
        #expect(repetitive.split(String(repeating: "a", count: 11)) == ["aaaaaa", "aaaaa"])
    }

    @Test func prefersPartsOverLinkingMorphemes() {
        // With "klanten" known, klanten + service uses no linking letters and wins over klant·en·service.
        let withPlural = DutchCompoundSplitter(vocabulary: Self.vocabulary.union(["klanten"]))
        #expect(withPlural.split("klantenservice") == ["klanten", "service"])
    }

    @Test func fewerLinkingLettersBeatALongerFirstPart() {
        // aaaab·s·ccc (one linking letter) against aaa + absccc (none): the latter wins although its
        // first part is shorter.
        let splitter = DutchCompoundSplitter(vocabulary: ["aaaab", "ccc", "aaa", "absccc"])
        #expect(splitter.split("aaaabsccc") == ["aaa", "absccc"])
    }

    @Test func prefersTheLongerFirstPartOnATie() {
        let ambiguous = DutchCompoundSplitter(vocabulary: ["abcd", "efg", "abc", "defg"])
        #expect(ambiguous.split("abcdefg") == ["abcd", "efg"])
    }

    @Test func ignoresVocabularyWordsShorterThanThreeLetters() {
        let tiny = DutchCompoundSplitter(vocabulary: ["in", "de", "op", "deling", "in"])
        #expect(tiny.split("indeling") == [])
        #expect(tiny.split("opdeling") == [])
    }

    @Test func countsLettersNotBytes() {
        let accented = DutchCompoundSplitter(vocabulary: ["één", "café", "bezoek", "éé"])
        #expect(accented.split("cafébezoek") == ["café", "bezoek"])
        #expect(accented.split("éénbezoek") == ["één", "bezoek"])
        #expect(accented.split("éébezoek") == []) // "éé" is two letters, even though four bytes
    }

    @Test func emptyVocabularySplitsNothing() {
        #expect(DutchCompoundSplitter(vocabulary: []).split("beoordelingsgesprek") == [])
    }

    @Test func longWordsStayFast() {
        // Every way of cutting this word into parts of 3 to 8 letters is valid: exponentially many
        // segmentations, which the dynamic programming never enumerates.
        let runs: Set<String> = Set((3...8).map { String(repeating: "a", count: $0) })
        let splitter = DutchCompoundSplitter(vocabulary: runs)
        let word = String(repeating: "a", count: 80)
        let clock = ContinuousClock()
        var result: [String] = []
        let elapsed = clock.measure {
            for _ in 0..<200 { result = splitter.split(word) }
        }
        #expect(result == Array(repeating: "aaaaaaaa", count: 10))
        #expect(elapsed < .seconds(5))
        // Beyond the maximum word length nothing is split.
        #expect(splitter.split(String(repeating: "a", count: DutchCompoundSplitter.maximumWordLength + 1)) == [])
    }
}
