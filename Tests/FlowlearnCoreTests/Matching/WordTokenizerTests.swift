@testable import FlowlearnCore
import Testing

@Suite("WordTokenizer")
struct WordTokenizerTests {
    @Test func givesTheWordsOfTextNormalizer() {
        var tokenizer = WordTokenizer()
        let texts = [
            "How do I report a Phishing e-mail?", "Het MT-overleg van één-op-één", "collega's 1:1 ... 2fa",
            "", "  --  ", "werk–privé balans", String(repeating: "x", count: 300) + "-y",
            "a-b-c-d ok-", "Beoordelingsgesprek\nvoorbereiden",
        ]
        for text in texts {
            var ids: [Int32] = []
            tokenizer.tokenize(text, into: &ids)
            #expect(ids.map { tokenizer.words[Int($0)] } == TextNormalizer.words(text), "\(text)")
        }
    }

    @Test func givesOneIDPerDistinctWord() {
        var tokenizer = WordTokenizer()
        var ids: [Int32] = []
        let text = (0..<5_000).map { "word\($0 % 1_000)" }.joined(separator: " ")
        tokenizer.tokenize(text, into: &ids)
        #expect(tokenizer.words.count == 1_000)
        #expect(ids.count == 5_000)
        #expect(ids[0] == ids[1_000])
    }
}
