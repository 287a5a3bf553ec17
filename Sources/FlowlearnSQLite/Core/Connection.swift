import Foundation
import CSQLite

/// The open `sqlite3` handle of a ``Database`` and the lock that serialises every call on it.
///
/// The handle is opened with `SQLITE_OPEN_NOMUTEX`: SQLite does no locking of its own, so
/// every use of the handle — including reading `sqlite3_errmsg` after a failure, and finalizing
/// statements — happens while holding `lock`. The lock is recursive so that a transaction can
/// hold it from BEGIN to COMMIT while its body runs statements.
///
/// ``Database`` and its ``Statement``s share this object (rather than statements pointing back
/// at the database), so the database's statement cache makes no reference cycle and a statement
/// that outlives its database fails with an error instead of touching freed memory.
final class Connection: @unchecked Sendable {
    let path: String
    let lock = NSRecursiveLock()
    /// `nil` once closed. Guarded by `lock`.
    private var handle: OpaquePointer?

    init(path: String, handle: OpaquePointer) {
        self.path = path
        self.handle = handle
    }

    deinit { close() }

    var isClosed: Bool {
        lock.lock(); defer { lock.unlock() }
        return handle == nil
    }

    /// Runs `body` with the open handle, holding the lock; throws if the connection is closed.
    func withHandle<T>(sql: String?, _ body: (OpaquePointer) throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        guard let handle else {
            throw SQLiteError(code: .misuse, message: "the database is closed", sql: sql, path: path)
        }
        return try body(handle)
    }

    /// The error for a failed call that returned `resultCode`. Call while holding the lock,
    /// right after the failing call, before anything else overwrites SQLite's error state.
    func error(_ resultCode: Int32, _ handle: OpaquePointer, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        // Prefer the extended code, unless SQLite's error state is about something else.
        let code = (extended & 0xFF) == (resultCode & 0xFF) ? extended : resultCode
        let message = sqlite3_errmsg(handle).map { String(cString: $0) } ?? ResultCode(rawValue: code).explanation
        return SQLiteError(code: ResultCode(rawValue: code), message: message, sql: sql, path: path)
    }

    /// Closes the handle. With `sqlite3_close_v2`, statements still alive keep the connection
    /// as a "zombie" until they are finalized, so finalizing them later stays safe.
    func close() {
        lock.lock(); defer { lock.unlock() }
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }
}
