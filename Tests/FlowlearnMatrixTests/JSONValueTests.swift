import Foundation
import Testing
@testable import FlowlearnMatrix

@Suite struct JSONValueTests {
    @Test func decodesAndEncodesEventContent() throws {
        let text = #"{"a":[1,2.5,"x",true,null],"ts":1763900000123,"o":{"k":"v"}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value["ts"]?.int64Value == 1_763_900_000_123)
        #expect(value["a"]?.arrayValue?.count == 5)
        #expect(value["a"]?.arrayValue?[3].boolValue == true)
        #expect(value["o"]?["k"]?.stringValue == "v")
        #expect(value["missing"] == nil)
        #expect(value.jsonText == #"{"a":[1,2.5,"x",true,null],"o":{"k":"v"},"ts":1763900000123}"#)
    }

    @Test func stringsAreEscapedSoTheServerReadsThemBack() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} nul \u{00} é 👍 </script>"
        let value: JSONValue = ["body": .string(text), "n": .number(1.5), "big": 1_763_900_000_123, "neg": -3]
        let json = value.jsonText
        #expect(json.contains("\\u0007") && json.contains("\\u0000") && json.contains("\\n"))
        let back = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(back == value)
        #expect(back["body"]?.stringValue == text)
    }
}
