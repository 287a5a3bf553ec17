import CCurl
import Foundation
import Synchronization

/// The one thread that moves all of a ``CurlHTTPClient``'s transfers (libcurl's multi interface)
/// and that also runs Swift work as a `TaskExecutor`.
///
/// Work that prefers this executor (`withTaskExecutorPreference(client.preferredExecutor)`) runs on
/// the loop's thread between two turns of curl. A response is then read, answered and the answer
/// sent without waking any other thread: the continuation of a finished transfer is queued here,
/// runs on the next turn, and the request it starts is on the wire in the turn after — where a
/// thread per transfer needed two wake-ups of other threads (and on a busy machine, two waits for
/// a core) for the same.
///
/// The thread starts with the first transfer or job and ends when the client is released and
/// nothing is left to do. Work running here must not block for long: every transfer waits for it.
public final class TransferLoop: TaskExecutor, @unchecked Sendable {
    /// What other threads hand to the loop, under the lock.
    private struct Inbox {
        var jobs: [UnownedJob] = []
        var transfers: [PendingTransfer] = []
        var threadRunning = false
        var releasedByOwner = false
        var loopThread: pthread_t?
    }

    /// A transfer asked for, not yet handed to curl.
    struct PendingTransfer {
        let request: PreparedRequest
        let flag: CancellationFlag
        let completion: @Sendable (Result<HTTPResponse, any Error>) -> Void
    }

    private let inbox = Mutex(Inbox())
    /// The multi handle: used by the loop's thread only, except `curl_multi_wakeup`.
    private let multi: UnsafeMutableRawPointer?
    private let pool: EasyHandlePool
    /// Transfers curl is working on, by easy handle. Loop thread only.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    init(pool: EasyHandlePool) {
        self.pool = pool
        multi = CurlGlobal.initialize() == nil ? curl_multi_init() : nil
    }

    deinit {
        if let multi { curl_multi_cleanup(multi) }
    }

    // MARK: Executor

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        hand { $0.jobs.append(job) }
    }

    // MARK: Transfers

    /// Starts `request` on the loop; `completion` is called on the loop's thread, exactly once.
    func start(_ request: PreparedRequest, flag: CancellationFlag,
               completion: @escaping @Sendable (Result<HTTPResponse, any Error>) -> Void) {
        guard multi != nil else {
            completion(.failure(HTTPError.curl(request.context.with(detail: "curl_global_init or curl_multi_init failed"))))
            return
        }
        hand { $0.transfers.append(PendingTransfer(request: request, flag: flag, completion: completion)) }
    }

    /// Wakes the loop so it notices a cancelled transfer now rather than on its next turn.
    func wakeUp() {
        if let multi { curl_multi_wakeup(multi) }
    }

    /// The owning client is gone: the thread ends once nothing is left to do.
    func release() {
        inbox.withLock { $0.releasedByOwner = true }
        wakeUp()
    }

    /// Adds to the inbox, and starts the thread or wakes it up.
    private func hand(_ change: (inout Inbox) -> Void) {
        let (startThread, fromLoop) = inbox.withLock { inbox -> (Bool, Bool) in
            change(&inbox)
            let fromLoop = inbox.loopThread.map { pthread_equal($0, pthread_self()) != 0 } ?? false
            if inbox.threadRunning { return (false, fromLoop) }
            inbox.threadRunning = true
            return (true, false)
        }
        if startThread {
            Thread { [self] in
                // Named from inside: Foundation only tells the kernel the name of the current thread.
                Thread.current.name = "flowlearn-net"
                run()
            }.start()
        } else if !fromLoop {
            wakeUp()
        }
    }

    // MARK: The loop

    private func run() {
        inbox.withLock { $0.loopThread = pthread_self() }
        guard let multi else { return }
        while true {
            let (jobs, transfers, done) = inbox.withLock { inbox -> ([UnownedJob], [PendingTransfer], Bool) in
                let taken = (inbox.jobs, inbox.transfers)
                inbox.jobs.removeAll(keepingCapacity: true)
                inbox.transfers.removeAll(keepingCapacity: true)
                let done = taken.0.isEmpty && taken.1.isEmpty && active.isEmpty && inbox.releasedByOwner
                if done {
                    inbox.threadRunning = false
                    inbox.loopThread = nil
                }
                return (taken.0, taken.1, done)
            }
            if done { return }
            for job in jobs { job.runSynchronously(on: asUnownedTaskExecutor()) }
            for pending in transfers { add(pending, to: multi) }
            abortCancelled(in: multi)

            var running: Int32 = 0
            let performed = curl_multi_perform(multi, &running)
            collectFinished(in: multi)
            if performed != CURLM_OK { failAll(in: multi, because: "curl_multi_perform failed", code: performed) }

            let hasWork = inbox.withLock { !$0.jobs.isEmpty || !$0.transfers.isEmpty }
            if hasWork { continue }
            var timeout = -1
            _ = curl_multi_timeout(multi, &timeout)
            // Idle: sleep until woken (curl_multi_wakeup) or, with transfers, until curl's next timer.
            let wait = active.isEmpty ? 60_000 : (timeout < 0 ? 1_000 : min(timeout, 1_000))
            let polled = curl_multi_poll(multi, nil, 0, Int32(wait), nil)
            if polled != CURLM_OK {
                failAll(in: multi, because: "curl_multi_poll failed", code: polled)
                usleep(10_000)  // not a busy loop should polling keep failing
            }
        }
    }

    /// Ends every transfer in progress with an error: the multi handle itself failed.
    private func failAll(in multi: UnsafeMutableRawPointer, because reason: String, code: CURLMcode) {
        let message = Self.describe(code)
        for (raw, transfer) in active {
            finish(transfer, at: raw, in: multi, with: .failure(HTTPError.curl(transfer.request.context.with(detail: "\(reason): \(message)"))))
        }
    }

    /// libcurl's text for a multi-interface result code.
    private static func describe(_ code: CURLMcode) -> String {
        curl_multi_strerror(code).map { String(cString: $0) } ?? "code \(code.rawValue)"
    }

    /// Takes `transfer` out of curl's hands, answers its caller and returns its handle to the pool.
    private func finish(_ transfer: CurlTransfer, at raw: UnsafeMutableRawPointer, in multi: UnsafeMutableRawPointer,
                        with result: Result<HTTPResponse, any Error>) {
        active[raw] = nil
        curl_multi_remove_handle(multi, raw)
        transfer.complete(result)
        pool.checkIn(transfer.handle)
    }

    private func add(_ pending: PendingTransfer, to multi: UnsafeMutableRawPointer) {
        if pending.flag.isCancelled { return pending.completion(.failure(CancellationError())) }
        guard let handle = pool.checkOut() else {
            return pending.completion(.failure(HTTPError.curl(pending.request.context.with(detail: "curl_easy_init failed"))))
        }
        do {
            let transfer = try CurlTransfer(pending.request, handle: handle, flag: pending.flag, completion: pending.completion)
            let code = curl_multi_add_handle(multi, handle.raw)
            guard code == CURLM_OK else {
                transfer.complete(.failure(HTTPError.curl(pending.request.context.with(detail: "curl_multi_add_handle failed: \(Self.describe(code))"))))
                pool.checkIn(handle)
                return
            }
            active[handle.raw] = transfer
        } catch {
            pool.checkIn(handle)
            pending.completion(.failure(error))
        }
    }

    private func abortCancelled(in multi: UnsafeMutableRawPointer) {
        for (raw, transfer) in active where transfer.flag.isCancelled {
            finish(transfer, at: raw, in: multi, with: .failure(CancellationError()))
        }
    }

    private func collectFinished(in multi: UnsafeMutableRawPointer) {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            // The message is gone after curl_multi_remove_handle: read it first.
            guard message.pointee.msg == CURLMSG_DONE, let raw = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = active[raw] else { continue }
            finish(transfer, at: raw, in: multi, with: transfer.result(of: code))
        }
    }
}
