import Foundation
import FlowlearnCore
import FlowlearnMatrix
import FlowlearnStore

/// Tells the daemon's log and `flowlearn status` what the Matrix platform does: every failed
/// attempt to reach the homeserver is recorded as the store's `last_error`, and logged (during a
/// long outage only the first few and then every tenth, so the journal is not flooded).
final class MatrixDaemonObserver: MatrixPlatformObserver, @unchecked Sendable {
    private let logger: Logger
    private let store: SQLiteLearningStore
    private let clock: any TimeSource
    private let lock = NSLock()
    private var consecutiveFailures = 0

    init(logger: Logger, store: SQLiteLearningStore, clock: any TimeSource) {
        self.logger = logger
        self.store = store
        self.clock = clock
    }

    func log(_ level: MatrixLogLevel, _ message: String) {
        switch level {
        case .debug: logger.debug(message)
        case .info: logger.info(message)
        case .notice: logger.notice(message)
        case .warning: logger.warning(message)
        case .error: logger.error(message)
        }
    }

    func connectionFailed(_ error: MatrixError, retryIn: Duration) {
        let seconds = Double(retryIn.components.seconds) + Double(retryIn.components.attoseconds) / 1e18
        let text = "matrix: \(error); retrying in \(NumberText.fixed(seconds, decimals: 1)) s"
        let count = lock.withLock { consecutiveFailures += 1; return consecutiveFailures }
        if count <= 3 || count % 10 == 0 {
            logger.warning(count > 3 ? "\(text) (\(count) failures in a row)" : text)
        }
        try? store.setState("last_error", text, at: clock.now())
    }

    func connectionRecovered(after failures: Int) {
        lock.withLock { consecutiveFailures = 0 }
        logger.notice("matrix: the homeserver answers again (after \(failures) failed attempt\(failures == 1 ? "" : "s"))")
    }
}
