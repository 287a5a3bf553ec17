import Foundation
import MatrixTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A datagram socket standing in for systemd's notify socket: it collects what the daemon
/// sends over `$NOTIFY_SOCKET`, with the time each message arrived.
final class NotifySocket: @unchecked Sendable {
    let path: String
    private let fd: Int32
    private let condition = NSCondition()
    private var received: [(message: String, at: ContinuousClock.Instant)] = []

    init(directory: String) throws {
        path = directory + "/notify.sock"
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        fd = descriptor
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in for (i, b) in bytes.enumerated() { buffer[i] = b } }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, result == 0 else { throw POSIXError(.EADDRINUSE) }
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = recv(descriptor, &buffer, buffer.count, 0)
                if n <= 0 { break }
                let text = String(decoding: buffer[0..<n], as: UTF8.self)
                condition.lock()
                for line in text.split(separator: "\n") { received.append((String(line), .now)) }
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    var messages: [String] {
        condition.lock(); defer { condition.unlock() }
        return received.map(\.message)
    }

    /// The arrival times of messages equal to `message`.
    func times(of message: String) -> [ContinuousClock.Instant] {
        condition.lock(); defer { condition.unlock() }
        return received.filter { $0.message == message }.map(\.at)
    }

    /// Waits until `predicate` holds for the messages received (false at the deadline).
    @discardableResult
    func waitUntil(timeout: TimeInterval = 60, _ predicate: @escaping @Sendable ([String]) -> Bool) async -> Bool {
        try! await onOwnThread { [self] in waitUntilBlocking(timeout: timeout, predicate) }
    }

    private func waitUntilBlocking(timeout: TimeInterval, _ predicate: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock(); defer { condition.unlock() }
        while !predicate(received.map(\.message)) {
            if !condition.wait(until: deadline) { return false }
        }
        return true
    }

    /// Waits until a reload was announced and finished: RELOADING=1, then READY=1 after it.
    @discardableResult
    func waitForReload(timeout: TimeInterval = 60) async -> Bool {
        await waitUntil(timeout: timeout) { messages in
            guard let reloading = messages.firstIndex(of: "RELOADING=1") else { return false }
            return messages[reloading...].contains("READY=1")
        }
    }

    /// Waits until `message` has arrived `count` times.
    @discardableResult
    func waitFor(_ message: String, count: Int = 1, timeout: TimeInterval = 60) async -> Bool {
        await waitUntil(timeout: timeout) { $0.filter { $0 == message }.count >= count }
    }

    deinit {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
        unlink(path)
    }
}
