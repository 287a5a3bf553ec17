import Testing
@testable import FlowlearnMatrix

@Suite struct MatrixPathTests {
    @Test func identifiersArePercentEncodedAsOnePathSegment() {
        #expect(MatrixPath.encode("!abc:example.org") == "%21abc%3Aexample.org")
        #expect(MatrixPath.encode("!OpaqueRoomV12_-") == "%21OpaqueRoomV12_-")
        #expect(MatrixPath.encode("$ev/ent+id=") == "%24ev%2Fent%2Bid%3D")
        #expect(MatrixPath.encode("@alice:example.org") == "%40alice%3Aexample.org")
        #expect(MatrixPath.encode("a b?c#d%e&f") == "a%20b%3Fc%23d%25e%26f")
        #expect(MatrixPath.encode("é") == "%C3%A9")
        #expect(MatrixPath.encode("A-Z.a_z~09") == "A-Z.a_z~09")
    }

    @Test func pathsAndQueriesAreBuiltFromEncodedParts() {
        #expect(MatrixPath.join(["rooms", "!r:x", "send", "m.room.message", "txn/1"]) == "/rooms/%21r%3Ax/send/m.room.message/txn%2F1")
        #expect(MatrixPath.query([]) == "")
        #expect(MatrixPath.query([("since", "s1_2"), ("filter", "{\"a\":1}")]) == "?since=s1_2&filter=%7B%22a%22%3A1%7D")
    }
}
