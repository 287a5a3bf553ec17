import Foundation
import FlowlearnCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns the process signals into daemon behaviour: SIGTERM / SIGINT end this service (and so
/// stop the daemon cleanly); SIGHUP asks for a reload.
///
/// The handlers are installed when the watcher is made, before the daemon tells systemd it is
/// ready, and they are in place when `init` returns: a `systemctl reload` or `stop` right after
/// READY=1 is queued for ``run()``, never lost or (SIGHUP's default action) fatal. (A Dispatch
/// signal source is not enough: it registers asynchronously, and a signal in between was lost.)
/// The handler only writes the signal's number to a pipe (async-signal-safe); a thread of the
/// watcher's own reads it. One watcher per process. (`@unchecked Sendable`: every property is
/// immutable.)
final class SignalWatcher: Service, @unchecked Sendable {
    let name = "signals"
    let logger: Logger
    let onReload: @Sendable () -> Void
    let onStop: @Sendable () -> Void
    private let signals: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation

    init(logger: Logger, onReload: @escaping @Sendable () -> Void, onStop: @escaping @Sendable () -> Void) {
        self.logger = logger
        self.onReload = onReload
        self.onStop = onStop
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.signals = stream
        self.continuation = continuation

        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            logger.error("signals: cannot create the signal pipe (errno \(errno)); SIGHUP and SIGTERM keep their default actions")
            return
        }
        // Never block inside a signal handler: a full pipe drops the signal instead (64 KiB of
        // unread signals means the reader is gone anyway).
        _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        signalPipeWriteEnd.store(ends[1])
        let readEnd = ends[0]
        Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count == 1 {
                    continuation.yield(Int32(byte))
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }.start()
        for signalNumber in [SIGTERM, SIGINT, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                let saved = errno
                var byte = UInt8(truncatingIfNeeded: signalNumber)
                _ = write(signalPipeWriteEnd.load(), &byte, 1)
                errno = saved
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(signalNumber, &action, nil)
        }
    }

    func run() async throws {
        defer { continuation.finish() }
        for await signalNumber in signals {
            if signalNumber == SIGHUP {
                logger.info("SIGHUP: reloading")
                onReload()
            } else {
                logger.info("\(signalNumber == SIGTERM ? "SIGTERM" : "SIGINT"): stopping")
                onStop()
                return
            }
        }
    }
}

/// The pipe the signal handler writes to (a C function pointer cannot capture it).
private let signalPipeWriteEnd = SignalPipeEnd()

/// An `Int32` a signal handler can read without locks.
private final class SignalPipeEnd: Sendable {
    private let value = Atomic<Int32>(-1)
    func store(_ fd: Int32) { value.store(fd, ordering: .sequentiallyConsistent) }
    func load() -> Int32 { value.load(ordering: .sequentiallyConsistent) }
}
