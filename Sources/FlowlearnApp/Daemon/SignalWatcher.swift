import Foundation
import FlowlearnCore
#if canImport(Glibc)
import Glibc
#endif

/// Turns the process signals into daemon behaviour: SIGTERM / SIGINT end this service (and so
/// stop the daemon cleanly); SIGHUP asks for a reload.
///
/// The handlers are installed when the watcher is made, before the daemon tells systemd it is
/// ready: a `systemctl reload` or `stop` right after READY=1 is queued for ``run()``, never lost
/// or (SIGHUP's default action) fatal. (`@unchecked Sendable`: every property is immutable; the
/// Dispatch sources are only cancelled, once, at the end of ``run()``.)
final class SignalWatcher: Service, @unchecked Sendable {
    let name = "signals"
    let logger: Logger
    let onReload: @Sendable () -> Void
    let onStop: @Sendable () -> Void
    private let signals: AsyncStream<Int32>
    private let continuation: AsyncStream<Int32>.Continuation
    private let sources: [any DispatchSourceSignal]

    init(logger: Logger, onReload: @escaping @Sendable () -> Void, onStop: @escaping @Sendable () -> Void) {
        self.logger = logger
        self.onReload = onReload
        self.onStop = onStop
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let queue = DispatchQueue(label: "flowlearn.signals")
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGTERM, SIGINT, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { continuation.yield(signalNumber) }
            source.resume()
            sources.append(source)
        }
        self.signals = stream
        self.continuation = continuation
        self.sources = sources
    }

    func run() async throws {
        defer {
            for source in sources { source.cancel() }
            continuation.finish()
        }
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
