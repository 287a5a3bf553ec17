import Testing
@testable import FlowlearnMatrix

@Suite struct RecentKeysTests {
    @Test func remembersUpToItsCapacityForgettingTheOldest() {
        var keys = RecentKeys<Bool>(capacity: 3)
        let first = keys.insert("a")
        let second = keys.insert("a")
        #expect(first && !second)
        keys.insert("b")
        keys.insert("c")
        keys.insert("d")
        #expect(!keys.contains("a"))
        #expect(keys.contains("b") && keys.contains("d"))
        #expect(keys.count == 3)
        var origins = RecentKeys<String>(capacity: 2)
        origins.insert("$1", "!r1")
        origins.insert("$1", "!r2")
        #expect(origins["$1"] == "!r2")
        #expect(origins.count == 1)
    }
}
