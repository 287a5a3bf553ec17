import Foundation

/// Runs blocking work (starting Synapse, waiting for a child process) on a thread of its own.
///
/// Swift Testing runs tests concurrently on a cooperative pool with one thread per core (two
/// here); a test that blocks one of them for the 10 s Synapse takes to start stalls every other
/// test, and their timing checks fail. Work handed to this runs beside the pool instead.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try body() })
        }
    }
}
