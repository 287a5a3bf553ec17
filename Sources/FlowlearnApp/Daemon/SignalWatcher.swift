import Foundation
import FlowlearnCore
#if canImport(Glibc)
import Glibc
#endif

/// Turns the process signals into daemon behaviour: SIGTERM / SIGINT end this service (and so
/// stop the daemon cleanly); SIGHUP asks for a reload.
struct SignalWatcher: Service {
    let name = "signals"
    let logger: Logger
    let onReload: @Sendable () -> Void
    let onStop: @Sendable () -> Void

    func run() async throws {
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
        defer {
            for source in sources { source.cancel() }
            continuation.finish()
        }
        for await signalNumber in stream {
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
