import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Speaks systemd's notify protocol over `$NOTIFY_SOCKET` (no libsystemd needed): READY,
/// RELOADING, STOPPING, STATUS and WATCHDOG datagrams. Does nothing when not run under systemd.
final class SystemdNotifier: @unchecked Sendable {
    private let socketPath: String?
    /// Half of `$WATCHDOG_USEC`, when systemd watches this process.
    let watchdogInterval: Duration?
    private let lock = NSLock()

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        var interval: Duration?
        if let text = environment["WATCHDOG_USEC"], let usec = UInt64(text), usec > 0 {
            let pidMatches = environment["WATCHDOG_PID"].map { $0 == String(getpid()) } ?? true
            if pidMatches { interval = .microseconds(Int64(usec / 2)) }
        }
        watchdogInterval = interval
    }

    var isActive: Bool { socketPath != nil }

    func ready() { send("READY=1") }
    func reloading() { send("RELOADING=1") }
    func stopping() { send("STOPPING=1") }
    func watchdog() { send("WATCHDOG=1") }
    func status(_ text: String) { send("STATUS=" + text.replacingOccurrences(of: "\n", with: " ")) }

    /// Sends one datagram; failures are ignored (systemd may have gone away at shutdown).
    func send(_ message: String) {
        guard let socketPath else { return }
        lock.lock(); defer { lock.unlock() }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        // An abstract socket is written with a leading "@", meaning a leading NUL byte.
        var pathBytes = Array(socketPath.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 }
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in pathBytes.enumerated() { buffer[i] = byte }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count + (pathBytes.first == 0 ? 0 : 1))
        let bytes = Array(message.utf8)
        _ = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bytes.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), sa, length) }
            }
        }
    }
}
