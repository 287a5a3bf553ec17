import Foundation
import FlowlearnCore

/// Pings systemd's watchdog at half of `WatchdogSec` while the main loop is healthy, and keeps
/// the one-line STATUS up to date. A hung loop stops the pings, and systemd restarts the daemon.
struct WatchdogService: Service {
    let name = "watchdog"
    let notifier: SystemdNotifier
    let liveness: Liveness
    let status: @Sendable () -> String

    func run() async throws {
        let interval = notifier.watchdogInterval ?? .seconds(30)
        var lastStatus = ""
        while !Task.isCancelled {
            if notifier.watchdogInterval != nil && liveness.isHealthy(limit: interval * 2) {
                notifier.watchdog()
            }
            let current = status()
            if current != lastStatus {
                notifier.status(current)
                lastStatus = current
            }
            try await Task.sleep(for: min(interval, .seconds(30)))
        }
    }
}
