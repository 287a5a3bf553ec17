@testable import FlowlearnCore
import Testing

@Suite("ChatShorthand")
struct ChatShorthandTests {
    func expand(_ text: String) -> [String] { ChatShorthand.expand(TextNormalizer.words(text)) }

    @Test func expandsEnglishAndDutchChatShorthand() {
        #expect(expand("tips for ppl next wk") == ["tips", "for", "people", "next", "week"])
        #expect(expand("mn mgr") == ["mijn", "manager"])
        #expect(expand("ipv een mail") == ["ipv", "een", "mail"])
    }

    @Test func recognisesFormsSplitAtApostrophesAndSlashes() {
        #expect(expand("m'n collega") == ["mijn", "collega"])
        #expect(expand("z'n werk") == ["zijn", "werk"])
        #expect(expand("w/o being rude") == ["without", "being", "rude"])
        #expect(expand("a 1:1 with") == ["a", "one", "on", "one", "with"])
    }

    @Test func leavesOtherWordsAlone() {
        #expect(expand("how do i give feedback") == ["how", "do", "i", "give", "feedback"])
        #expect(expand("") == [])
    }
}
