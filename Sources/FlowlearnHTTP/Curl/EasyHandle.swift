import CCurl
import Foundation

/// One curl easy handle and its error buffer.
///
/// Reused from request to request (through ``EasyHandlePool``) to save setting one up; the open
/// connections live in the ``TransferLoop``'s multi handle. Not thread-safe: only the loop's
/// thread uses it, hence `@unchecked Sendable`.
final class EasyHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
    /// `CURLOPT_ERRORBUFFER`: curl writes its specific message for a failure here.
    let errorBuffer: UnsafeMutablePointer<CChar>

    init?() {
        guard CurlGlobal.initialize() == nil, let raw = curl_easy_init() else { return nil }
        self.raw = raw
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_easy_cleanup(raw)
        errorBuffer.deallocate()
    }

    /// The error buffer's message, empty when curl wrote none.
    var errorMessage: String {
        errorBuffer[Int(CURL_ERROR_SIZE)] = 0
        return String(cString: errorBuffer).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every option back to its default, keeping the live connections, TLS session IDs and the DNS
    /// cache (that is what `curl_easy_reset` keeps).
    func reset() {
        curl_easy_reset(raw)
        errorBuffer[0] = 0
    }
}

/// A small pool of idle easy handles.
///
/// A transfer takes the most recently returned handle, or a new one when none is idle, and gives
/// it back afterwards. At most `capacity` handles stay idle; the rest are cleaned up. Concurrent
/// transfers (a 30 s `/sync` long-poll alongside a `PUT .../send`) each hold their own handle.
final class EasyHandlePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [EasyHandle] = []
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// An idle handle, or a new one; `nil` only when curl cannot create one.
    func checkOut() -> EasyHandle? {
        let reused = lock.withLock { idle.popLast() }
        return reused ?? EasyHandle()
    }

    /// Resets `handle` (dropping every pointer the finished transfer gave curl) and keeps it idle,
    /// or, when the pool is full, leaves it to be cleaned up (closing its connections) once the
    /// caller lets go of it, outside the lock.
    func checkIn(_ handle: EasyHandle) {
        handle.reset()
        lock.withLock {
            if idle.count < capacity { idle.append(handle) }
        }
    }

    /// The number of idle handles, for tests.
    var idleCount: Int { lock.withLock { idle.count } }
}
