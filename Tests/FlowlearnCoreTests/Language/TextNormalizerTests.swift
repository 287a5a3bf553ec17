@testable import FlowlearnCore
import Testing

@Suite("TextNormalizer")
struct TextNormalizerTests {
    // MARK: foldDiacritics

    @Test func foldsDutchAndFrenchAccents() {
        #expect(TextNormalizer.foldDiacritics("één café") == "een cafe")
        #expect(TextNormalizer.foldDiacritics("ideeën geïnteresseerd reünie coördinator") == "ideeen geinteresseerd reunie coordinator")
        #expect(TextNormalizer.foldDiacritics("crème brûlée à la carte") == "creme brulee a la carte")
        #expect(TextNormalizer.foldDiacritics("naïve façade señor") == "naive facade senor")
    }

    @Test func keepsCase() {
        #expect(TextNormalizer.foldDiacritics("Één Ïé ÀÖÜ") == "Een Ie AOU")
    }

    @Test func expandsLigaturesAndSpecialLetters() {
        #expect(TextNormalizer.foldDiacritics("ĳs") == "ijs")
        #expect(TextNormalizer.foldDiacritics("Ĳsselmeer") == "IJsselmeer")
        #expect(TextNormalizer.foldDiacritics("straße") == "strasse")
        #expect(TextNormalizer.foldDiacritics("encyclopædia œuvre") == "encyclopaedia oeuvre")
        #expect(TextNormalizer.foldDiacritics("København Łódź") == "Kobenhavn Lodz")
        #expect(TextNormalizer.foldDiacritics("\u{FB01}le") == "file")
    }

    @Test func removesCombiningMarks() {
        // Decomposed input: e + COMBINING ACUTE, u + COMBINING DIAERESIS.
        #expect(TextNormalizer.foldDiacritics("e\u{301}e\u{301}n") == "een")
        #expect(TextNormalizer.foldDiacritics("ru\u{308}ne") == "rune")
    }

    @Test func leavesOtherCharactersAlone() {
        #expect(TextNormalizer.foldDiacritics("plain ascii, 123!") == "plain ascii, 123!")
        #expect(TextNormalizer.foldDiacritics("€ 5 – “quoted” 日本") == "€ 5 – “quoted” 日本")
        #expect(TextNormalizer.foldDiacritics("") == "")
    }

    @Test func everyFoldTableEntryMapsToAnAsciiLetter() {
        #expect(TextNormalizer.singleLetterFolds.count > 400)
        for (from, to) in TextNormalizer.singleLetterFolds {
            #expect(to.isASCII && to.properties.isAlphabetic, "\(from) -> \(to)")
            #expect(!from.isASCII)
        }
    }

    // MARK: normalize

    @Test func normalizeLowercasesAndFolds() {
        #expect(TextNormalizer.normalize("Één CAFÉ") == "een cafe")
        #expect(TextNormalizer.normalize("İstanbul") == "istanbul") // dotted capital I lowercases to i + dot
    }

    // MARK: words

    @Test func splitsLowercasesAndFolds() {
        #expect(TextNormalizer.words("Hoe bereid ik mn Beoordelingsgesprek voor?")
            == ["hoe", "bereid", "ik", "mn", "beoordelingsgesprek", "voor"])
        #expect(TextNormalizer.words("Één idee, twéé ideeën!") == ["een", "idee", "twee", "ideeen"])
    }

    @Test func splitsOnPunctuationAndApostrophes() {
        #expect(TextNormalizer.words("any tips for giving feedback???") == ["any", "tips", "for", "giving", "feedback"])
        #expect(TextNormalizer.words("the employee's review") == ["the", "employee", "s", "review"])
        #expect(TextNormalizer.words("collega's m'n don’t") == ["collega", "s", "m", "n", "don", "t"])
        #expect(TextNormalizer.words("w/o being a jerk...") == ["w", "o", "being", "a", "jerk"])
        #expect(TextNormalizer.words("mail:info@example.com") == ["mail", "info", "example", "com"])
    }

    @Test func keepsLettersAndDigitsTogether() {
        #expect(TextNormalizer.words("schrijven op B1, 2FA en mp3s") == ["schrijven", "op", "b1", "2fa", "en", "mp3s"])
        #expect(TextNormalizer.words("every 5 min") == ["every", "5", "min"])
    }

    @Test func hyphenatedWordsGiveTheirPartsAndTheJoinedForm() {
        #expect(TextNormalizer.words("e-mail") == ["e", "mail", "email"])
        #expect(TextNormalizer.words("het mt-overleg van morgen") == ["het", "mt", "overleg", "mtoverleg", "van", "morgen"])
        #expect(TextNormalizer.words("e-mail-adres") == ["e", "mail", "adres", "emailadres"])
        #expect(TextNormalizer.words("1-op-1 gesprek") == ["1", "op", "1", "1op1", "gesprek"])
        // Non-breaking hyphen and U+2010 HYPHEN join too.
        #expect(TextNormalizer.words("e\u{2011}mail") == ["e", "mail", "email"])
        #expect(TextNormalizer.words("e\u{2010}mail") == ["e", "mail", "email"])
    }

    @Test func hyphenJoiningCanBeSwitchedOff() {
        #expect(TextNormalizer.words("e-mail en mt-overleg", includeHyphenJoined: false) == ["e", "mail", "en", "mt", "overleg"])
    }

    @Test func onlyInWordHyphensJoin() {
        #expect(TextNormalizer.words("werk - privé") == ["werk", "prive"])
        #expect(TextNormalizer.words("werk -privé") == ["werk", "prive"])
        #expect(TextNormalizer.words("pre- and post-processing") == ["pre", "and", "post", "processing", "postprocessing"])
        #expect(TextNormalizer.words("a--b") == ["a", "b"])
        #expect(TextNormalizer.words("werk–privé") == ["werk", "prive"]) // an en dash is not a hyphen
    }

    @Test func dropsEmptyParts() {
        #expect(TextNormalizer.words("") == [])
        #expect(TextNormalizer.words("  ...  !!! -- ") == [])
        #expect(TextNormalizer.words("  hi  ") == ["hi"])
    }

    @Test func keepsNonLatinLetters() {
        #expect(TextNormalizer.words("日本語 ok") == ["日本語", "ok"])
    }
}

@Suite("TextNormalizer ASCII fast path")
struct TextNormalizerASCIIPathTests {
    /// The general (Unicode) path, forced by a non-ASCII character that only separates words.
    func unicodePath(_ text: String, _ joined: Bool) -> [String] {
        TextNormalizer.words("\u{2003}" + text, includeHyphenJoined: joined)
    }

    @Test func givesTheSameWordsAsTheUnicodePath() {
        var random = SplitMix(seed: 7)
        let alphabet = Array("abcXYZ09 -'/,.!?\n\t-")
        for _ in 0..<2_000 {
            let text = String((0..<random.below(40)).map { _ in alphabet[random.below(alphabet.count)] })
            for joined in [true, false] {
                #expect(TextNormalizer.asciiWords(text, includeHyphenJoined: joined) == unicodePath(text, joined), "\(text)")
                #expect(TextNormalizer.words(text, includeHyphenJoined: joined) == unicodePath(text, joined), "\(text)")
            }
        }
        #expect(TextNormalizer.asciiWords("één", includeHyphenJoined: true) == nil)
    }
}

/// A small deterministic random generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n == 0 ? 0 : Int(next() % UInt64(n)) }
}
