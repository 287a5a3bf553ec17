import FlowlearnCore
import FlowlearnMatrix
import FlowlearnStore

/// The Matrix sync position kept in the store's `sync_cursors` row for `matrix`.
struct StoreSyncCursor: MatrixSyncCursorStore {
    let store: SQLiteLearningStore
    let clock: any TimeSource
    let platform = "matrix"

    func loadSyncPosition() throws -> MatrixSyncPosition? {
        try store.syncCursor(platform: platform).flatMap(MatrixSyncPosition.init(encoded:))
    }

    func saveSyncPosition(_ position: MatrixSyncPosition) throws {
        try store.setSyncCursor(position.encoded, platform: platform, at: clock.now())
    }
}
