import Foundation
import CSQLite

/// One SQLite connection: WAL journal, a busy timeout, foreign keys on, and prepared statements
/// with bound parameters only.
///
/// Safe to share between tasks and threads: every call holds the connection's lock, and a
/// transaction holds it from BEGIN to COMMIT, so no other caller's statements interleave.
public final class Database: @unchecked Sendable {
    /// How hard SQLite works to make a commit durable.
    public enum Synchronous: String, Sendable {
        /// In WAL mode: a committed transaction survives a crash of the process (kill -9); only
        /// an operating-system crash or power loss can lose the last commits. The default.
        case normal = "NORMAL"
        /// Also survives power loss, at the cost of an fsync per commit.
        case full = "FULL"
    }

    public let path: String
    private var handle: OpaquePointer?
    private let lock = NSRecursiveLock()
    private var statements: [String: OpaquePointer] = [:]
    private var transactionDepth = 0

    /// Opens (creating when missing) the database at `path`; `":memory:"` for a private in-memory one.
    public init(path: String, busyTimeout: Int32 = 5000, synchronous: Synchronous = .normal) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            throw SQLiteError(code: ResultCode(rawValue: rc), message: message, path: path)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeout)
        if path != ":memory:" {
            let mode = try rows("PRAGMA journal_mode = WAL").first?.optionalString("journal_mode")
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError(code: .error, message: "could not switch to WAL journal mode (got \(mode ?? "nothing"))", path: path)
            }
        }
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA synchronous = \(synchronous.rawValue)")
        // Reading the schema proves the file is a database before anyone relies on it.
        _ = try rows("SELECT count(*) AS n FROM sqlite_master")
    }

    deinit { close() }

    /// Closes the connection; later calls throw.
    public func close() {
        lock.lock(); defer { lock.unlock() }
        for statement in statements.values { sqlite3_finalize(statement) }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int {
        lock.lock(); defer { lock.unlock() }
        return handle.map { Int(sqlite3_changes($0)) } ?? 0
    }

    /// The rowid of the last INSERT.
    public var lastInsertRowID: Int64 {
        lock.lock(); defer { lock.unlock() }
        return handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Runs one statement that returns no rows of interest.
    public func execute(_ sql: String, _ arguments: [DatabaseValue] = []) throws {
        _ = try run(sql, arguments, collect: false)
    }

    /// Runs one query and returns its rows.
    public func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        try run(sql, arguments, collect: true)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// The outermost transaction is `BEGIN IMMEDIATE` (the write lock is taken up front, so it
    /// never fails half-way on a busy database); nested calls are savepoints.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        let depth = transactionDepth
        let savepoint = "flowlearn_\(depth)"
        try execute(depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT \(savepoint)")
        transactionDepth += 1
        do {
            let result = try body()
            transactionDepth -= 1
            try execute(depth == 0 ? "COMMIT" : "RELEASE \(savepoint)")
            return result
        } catch {
            transactionDepth -= 1
            if depth == 0 {
                try? execute("ROLLBACK")
            } else {
                try? execute("ROLLBACK TO \(savepoint)")
                try? execute("RELEASE \(savepoint)")
            }
            throw error
        }
    }

    private func run(_ sql: String, _ arguments: [DatabaseValue], collect: Bool) throws -> [Row] {
        lock.lock(); defer { lock.unlock() }
        guard let handle else { throw SQLiteError(code: .misuse, message: "the database is closed", sql: sql, path: path) }
        let statement = try prepared(sql, handle)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        let parameterCount = Int(sqlite3_bind_parameter_count(statement))
        guard parameterCount == arguments.count else {
            throw SQLiteError(code: .misuse, message: "the statement takes \(parameterCount) parameters, \(arguments.count) given", sql: sql, path: path)
        }
        for (index, value) in arguments.enumerated() {
            let position = Int32(index + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(statement, position)
            case .integer(let i): rc = sqlite3_bind_int64(statement, position, i)
            case .real(let d): rc = sqlite3_bind_double(statement, position, d)
            case .text(let s): rc = sqlite3_bind_text(statement, position, s, -1, flowlearn_sqlite_transient())
            case .blob(let bytes):
                rc = bytes.withUnsafeBytes { sqlite3_bind_blob(statement, position, $0.baseAddress, Int32($0.count), flowlearn_sqlite_transient()) }
            }
            if rc != SQLITE_OK { throw error(rc, sql, handle) }
        }
        var result: [Row] = []
        var columns: [String]?
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw error(rc, sql, handle) }
            guard collect else { continue }
            let count = sqlite3_column_count(statement)
            if columns == nil {
                columns = (0..<count).map { String(cString: sqlite3_column_name(statement, $0)) }
            }
            var values: [DatabaseValue] = []
            values.reserveCapacity(Int(count))
            for i in 0..<count {
                switch sqlite3_column_type(statement, i) {
                case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(statement, i)))
                case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(statement, i)))
                case SQLITE_TEXT: values.append(.text(String(cString: sqlite3_column_text(statement, i))))
                case SQLITE_BLOB:
                    let n = Int(sqlite3_column_bytes(statement, i))
                    if let base = sqlite3_column_blob(statement, i), n > 0 {
                        values.append(.blob(Array(UnsafeRawBufferPointer(start: base, count: n))))
                    } else {
                        values.append(.blob([]))
                    }
                default: values.append(.null)
                }
            }
            result.append(Row(columns: columns ?? [], values: values))
        }
        return result
    }

    /// The cached prepared statement for `sql`.
    private func prepared(_ sql: String, _ handle: OpaquePointer) throws -> OpaquePointer {
        if let cached = statements[sql] { return cached }
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, sql, handle) }
        statements[sql] = statement
        return statement
    }

    private func error(_ rc: Int32, _ sql: String, _ handle: OpaquePointer) -> SQLiteError {
        SQLiteError(code: ResultCode(rawValue: sqlite3_extended_errcode(handle)), message: String(cString: sqlite3_errmsg(handle)),
                    sql: sql, path: path)
    }
}
