import Foundation

/// Whether the daemon's main loop is making progress: the chat loop marks when it starts and
/// finishes handling an event, so the watchdog stops pinging systemd when a handler hangs.
final class Liveness: @unchecked Sendable {
    private let lock = NSLock()
    private var busySince: ContinuousClock.Instant?

    func beginWork() {
        lock.withLock { busySince = .now }
    }

    func endWork() {
        lock.withLock { busySince = nil }
    }

    /// True unless one piece of work has taken longer than `limit`.
    func isHealthy(limit: Duration) -> Bool {
        lock.withLock { busySince.map { ContinuousClock.now - $0 < limit } ?? true }
    }
}
