import Testing
@testable import FlowlearnMatrix

@Suite struct MatrixSyncPositionTests {
    @Test func positionsRoundTripThroughTheStoreText() {
        let position = MatrixSyncPosition(nextBatch: "s72594_4483_1934|x", floorMillis: 1_763_900_000_123)
        #expect(position.encoded == "1763900000123|s72594_4483_1934|x")
        #expect(MatrixSyncPosition(encoded: position.encoded) == position)
        #expect(MatrixSyncPosition(encoded: "s1_2_3") == MatrixSyncPosition(nextBatch: "s1_2_3", floorMillis: 0))
        #expect(MatrixSyncPosition(encoded: "") == nil)
        #expect(MatrixSyncPosition(encoded: "12|") == nil)
    }
}
