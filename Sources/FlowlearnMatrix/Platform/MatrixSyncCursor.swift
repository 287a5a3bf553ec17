/// Where the sync stands, persisted between runs: the `next_batch` token to continue from, and
/// the moment of the very first sync, before which no event is ever answered.
public struct MatrixSyncPosition: Sendable, Equatable {
    /// The `since` token of the next `/sync`.
    public var nextBatch: String
    /// Milliseconds since 1970 of the bot's first sync (its first start with this store): events
    /// older than this are backlog and are never answered.
    public var floorMillis: Int64

    public init(nextBatch: String, floorMillis: Int64) {
        self.nextBatch = nextBatch
        self.floorMillis = floorMillis
    }

    /// One line for the store: `<floor>|<next_batch>`.
    public var encoded: String { "\(floorMillis)|\(nextBatch)" }

    /// Reads ``encoded``; a bare token (no floor) is accepted with a floor of 0.
    public init?(encoded: String) {
        guard !encoded.isEmpty else { return nil }
        if let bar = encoded.firstIndex(of: "|"), let floor = Int64(encoded[..<bar]) {
            let token = String(encoded[encoded.index(after: bar)...])
            guard !token.isEmpty else { return nil }
            self.init(nextBatch: token, floorMillis: floor)
        } else {
            self.init(nextBatch: encoded, floorMillis: 0)
        }
    }
}

/// Keeps the ``MatrixSyncPosition`` across restarts; the app implements it over its store.
///
/// ``MatrixPlatform`` saves a position only once every event of the batch before it was handed
/// to the daemon *and* the daemon asked for more: the daemon stores each event's outcome before
/// it calls `nextEvents()` again, so a saved position never skips an event that was not stored.
/// A crash before the save replays the batch; the store's handled-event keys make the replay
/// harmless.
public protocol MatrixSyncCursorStore: Sendable {
    /// The saved position; `nil` on the very first start.
    func loadSyncPosition() throws -> MatrixSyncPosition?
    /// Saves `position`, replacing the previous one.
    func saveSyncPosition(_ position: MatrixSyncPosition) throws
}
