import Foundation
import FlowlearnCore

/// Writes the daemon's log lines to stderr. Under journald (`$JOURNAL_STREAM` set) each line
/// starts with its `<N>` syslog priority so `journalctl -p warning` works.
public final class Logger: @unchecked Sendable {
    private let lock = NSLock()
    private var level: FlowlearnConfig.LogLevel
    private let journald: Bool

    public init(level: FlowlearnConfig.LogLevel = .info, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.level = level
        self.journald = environment["JOURNAL_STREAM"] != nil
    }

    /// Changes the level (on reload).
    public func setLevel(_ newLevel: FlowlearnConfig.LogLevel) {
        lock.lock(); defer { lock.unlock() }
        level = newLevel
    }

    public func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }
    public func info(_ message: @autoclosure () -> String) { log(.info, message()) }
    public func notice(_ message: @autoclosure () -> String) { log(.notice, message()) }
    public func warning(_ message: @autoclosure () -> String) { log(.warning, message()) }
    public func error(_ message: @autoclosure () -> String) { log(.error, message()) }

    /// True when messages at `candidate` are written (to skip building expensive debug text).
    public func isEnabled(_ candidate: FlowlearnConfig.LogLevel) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return candidate >= level
    }

    func log(_ severity: FlowlearnConfig.LogLevel, _ message: String) {
        guard isEnabled(severity) else { return }
        let line: String
        if journald {
            line = "<\(Self.syslogPriority(severity))>\(message)\n"
        } else {
            line = "flowlearn: \(severity == .info ? "" : severity.rawValue + ": ")\(message)\n"
        }
        lock.lock(); defer { lock.unlock() }
        StandardStream.error.write(line)
    }

    static func syslogPriority(_ level: FlowlearnConfig.LogLevel) -> Int {
        switch level {
        case .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        }
    }
}
