import Foundation

/// Runs a blocking closure on its own thread (not the cooperative pool, which a thread blocked
/// in SQLite's busy handler could starve), and reports when it starts and when it finishes.
final class BackgroundThread: @unchecked Sendable {
    let started = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<Void, any Error>?

    init(_ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            started.signal()
            let result = Result { try work() }
            lock.lock()
            outcome = result
            lock.unlock()
            finished.signal()
        }
        thread.start()
    }

    /// The outcome once finished, `nil` while still running.
    var result: Result<Void, any Error>? {
        lock.lock(); defer { lock.unlock() }
        return outcome
    }
}
