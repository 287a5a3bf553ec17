import Foundation
import Synchronization
import Testing

@testable import FlowlearnCore

/// The daemon's services: one ending stops the others, errors come out, executors are honoured.
@Suite struct ServiceGroupTests {
    struct Failure: Error, Equatable { let name: String }

    /// Runs `body`, then ends (returning or throwing).
    struct OneShot: Service {
        let name: String
        let body: @Sendable () async throws -> Void
        func run() async throws { try await body() }
    }

    /// Waits until cancelled and records that it was.
    final class UntilCancelled: Service {
        let name: String
        let stopped = Mutex(false)
        init(name: String) { self.name = name }
        func run() async throws {
            while !Task.isCancelled { await Task.yield() }
            stopped.withLock { $0 = true }
            throw CancellationError()
        }
    }

    @Test func whenOneServiceFinishesTheOthersAreCancelledAndTheGroupReturns() async throws {
        let waiting = UntilCancelled(name: "waiting")
        let first = Mutex<String?>(nil)
        try await ServiceGroup([waiting, OneShot(name: "quick") {}]).run { name, error in
            first.withLock { $0 = name }
            #expect(error == nil)
        }
        #expect(first.withLock { $0 } == "quick")
        #expect(waiting.stopped.withLock { $0 })
    }

    @Test func theFirstRealErrorIsRethrownAfterTheOthersStopped() async throws {
        let waiting = UntilCancelled(name: "waiting")
        await #expect(throws: Failure(name: "broken")) {
            try await ServiceGroup([waiting, OneShot(name: "broken") { throw Failure(name: "broken") }]).run()
        }
        #expect(waiting.stopped.withLock { $0 })
    }

    @Test func aServiceOnAnExecutorRunsThere() async throws {
        let executor = CountingExecutor()
        let service = ServiceOnExecutor(OneShot(name: "pinned") { try await Task.sleep(for: .milliseconds(1)) }, executor: executor)
        #expect(service.name == "pinned")
        try await service.run()
        // At least the start and the resumption after the sleep were jobs of this executor.
        #expect(executor.jobs.withLock { $0 } >= 2)

        let unpinned = ServiceOnExecutor(OneShot(name: "free") {}, executor: nil)
        try await unpinned.run()
    }
}

/// A task executor that runs jobs on a queue of its own and counts them.
final class CountingExecutor: TaskExecutor, @unchecked Sendable {
    let jobs = Mutex(0)
    private let queue = DispatchQueue(label: "counting-executor")

    func enqueue(_ job: consuming ExecutorJob) {
        jobs.withLock { $0 += 1 }
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
