import Foundation
import CSQLite

/// One SQLite connection, configured for Flowlearn: WAL journal, a busy timeout, foreign keys
/// enforced, and statements with bound parameters only, cached by their SQL.
///
/// ```swift
/// let db = try Database(path: "var/flowlearn.sqlite")
/// try db.transaction { db in
///     try db.execute(sql: "INSERT INTO people (chat_id, name) VALUES (?, ?)", arguments: [.text(chatID), DatabaseValue(name)])
/// }
/// let names = try db.fetchAll(sql: "SELECT name FROM people", map: { try $0.string("name") })
/// ```
///
/// **Thread safety.** `@unchecked Sendable`, and safe to share between tasks and threads: the
/// connection is opened with `SQLITE_OPEN_NOMUTEX` and every call takes this connection's own
/// recursive lock instead. A `transaction` holds the lock from BEGIN to COMMIT, so other
/// callers' statements never land inside someone else's transaction — they wait. Calls block the
/// calling thread (SQLite is synchronous); keep transactions short, and never wait inside one
/// for another thread that uses the same database. ``changes`` and ``lastInsertRowID`` describe
/// the connection's latest statement, whoever ran it: read them inside a transaction.
///
/// **Durability.** Committed transactions live in the write-ahead log. With the default
/// ``Synchronous/normal``, a commit is in the operating system's hands when `COMMIT` returns:
/// it survives the process being killed (`kill -9`, a crash) — so a committed reply is never
/// lost that way — but an operating-system crash or power loss can lose the last commits
/// (never corrupt the database). ``Synchronous/full`` also survives power loss, at the cost of
/// an fsync of the WAL on every commit.
public final class Database: @unchecked Sendable {
    /// How hard SQLite works to make a commit durable (`PRAGMA synchronous`), in WAL mode.
    public enum Synchronous: String, Sendable, Equatable {
        /// A commit survives a crash or kill of the process, not necessarily a power loss or an
        /// operating-system crash, which can roll back the last commits. The default: no fsync
        /// per commit (the WAL is synced at checkpoints).
        case normal = "NORMAL"
        /// A commit also survives power loss: the WAL is synced on every commit.
        case full = "FULL"
    }

    /// How a connection is set up.
    public struct Options: Sendable, Equatable {
        /// How long a statement waits for another connection's lock before failing with
        /// `SQLITE_BUSY` (``SQLiteError/isBusy``). Default: 5 seconds.
        public var busyTimeout: Duration
        /// Default: ``Synchronous/normal``.
        public var synchronous: Synchronous

        public init(busyTimeout: Duration = .milliseconds(5000), synchronous: Synchronous = .normal) {
            self.busyTimeout = busyTimeout
            self.synchronous = synchronous
        }
    }

    /// The database file as given; `":memory:"` for an in-memory database.
    public let path: String
    /// The options the connection was opened with.
    public let options: Options
    /// Whether the database lives in memory only (`":memory:"`, or `""` for a private temporary one).
    public var isInMemory: Bool { Self.isInMemory(path) }

    private let connection: Connection
    /// Statements by SQL. Guarded by `connection.lock`.
    private var statementCache: [String: Statement] = [:]
    /// How many savepoints are open inside the current transaction. Guarded by `connection.lock`.
    private var savepointDepth = 0

    /// Past this many distinct statements the cache starts over, so SQL built with a varying
    /// number of `?` (for `IN (...)` lists) cannot grow it without bound.
    private static let statementCacheLimit = 256

    /// Opens the database at `path`, creating the file when missing, and configures the
    /// connection: `busy_timeout`, `journal_mode = WAL` (checked: it must report `wal`),
    /// `foreign_keys = ON` (checked) and `synchronous`.
    ///
    /// `":memory:"` opens a private in-memory database (for tests). It cannot use WAL and keeps
    /// SQLite's in-memory journal; everything else is the same.
    ///
    /// - Throws: ``SQLiteError`` naming `path`, e.g. `SQLITE_CANTOPEN` when the folder does not
    ///   exist, `SQLITE_NOTADB` when the file is not a database.
    public init(path: String, options: Options = Options()) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &handle, flags, nil)
        guard rc == SQLITE_OK, let handle else {
            var code = rc
            var message = ResultCode(rawValue: rc).explanation
            if let handle {
                code = sqlite3_extended_errcode(handle)
                message = sqlite3_errmsg(handle).map { String(cString: $0) } ?? message
                sqlite3_close_v2(handle)
            }
            throw SQLiteError(code: ResultCode(rawValue: code), message: message, path: path)
        }
        sqlite3_extended_result_codes(handle, 1)
        self.path = path
        self.options = options
        self.connection = Connection(path: path, handle: handle)
        do {
            try configure()
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    private func configure() throws {
        // The busy timeout first: switching to WAL needs a lock another process may hold.
        let milliseconds = options.busyTimeout.components.seconds * 1000
            + options.busyTimeout.components.attoseconds / 1_000_000_000_000_000
        let timeout = max(0, min(milliseconds, Int64(Int32.max)))
        try execute(sql: "PRAGMA busy_timeout = \(timeout)")

        if !isInMemory {
            let mode = try fetchOne(sql: "PRAGMA journal_mode = WAL").map { try $0.decode(String.self, at: 0) }
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError(code: .error, message: "could not switch to WAL journal mode (it is \(mode ?? "unknown"))",
                                  sql: "PRAGMA journal_mode = WAL", path: path)
            }
        }

        try execute(sql: "PRAGMA foreign_keys = ON")
        guard try fetchOne(sql: "PRAGMA foreign_keys").map({ try $0.decode(Int64.self, at: 0) }) == 1 else {
            throw SQLiteError(code: .error, message: "this SQLite cannot enforce foreign keys", sql: "PRAGMA foreign_keys", path: path)
        }

        try execute(sql: "PRAGMA synchronous = \(options.synchronous.rawValue)")

        // Reading the schema proves the file is a database before anyone relies on it.
        _ = try fetchOne(sql: "SELECT count(*) FROM sqlite_master")
    }

    static func isInMemory(_ path: String) -> Bool { path == ":memory:" || path.isEmpty }

    // MARK: Closing

    /// Closes the connection (rolling back an unfinished transaction). Later calls throw an
    /// ``SQLiteError`` with code `SQLITE_MISUSE`. Closing twice is harmless.
    public func close() {
        connection.lock.lock(); defer { connection.lock.unlock() }
        for statement in statementCache.values { statement.finalize() }
        statementCache.removeAll()
        connection.close()
    }

    /// Whether ``close()`` was called.
    public var isClosed: Bool { connection.isClosed }

    // MARK: Statements

    /// The prepared statement for `sql` (exactly one statement), from the cache when this SQL
    /// was prepared before.
    public func prepare(sql: String) throws -> Statement {
        try connection.withHandle(sql: sql) { handle in
            if let cached = statementCache[sql] { return cached }
            let statement = try Statement(connection: connection, handle: handle, sql: sql, persistent: true)
            if statementCache.count >= Self.statementCacheLimit { statementCache.removeAll() }
            statementCache[sql] = statement
            return statement
        }
    }

    /// Runs one statement, discarding any rows.
    public func execute(sql: String, arguments: [DatabaseValue] = []) throws {
        try withLock { try prepare(sql: sql).execute(arguments: arguments) }
    }

    /// Runs one statement, discarding any rows. The same as ``execute(sql:arguments:)``.
    public func execute(_ sql: String, _ arguments: [DatabaseValue] = []) throws {
        try execute(sql: sql, arguments: arguments)
    }

    /// Runs several `;`-separated statements without arguments, in order, stopping at the first
    /// error (statements before it stay applied unless you are in a transaction). For schema
    /// scripts; not cached.
    public func executeScript(_ sql: String) throws {
        try connection.withHandle(sql: sql) { handle in
            try sql.withCString { start in
                var next: UnsafePointer<CChar>? = start
                while let current = next, current.pointee != 0 {
                    var statement: OpaquePointer?
                    var tail: UnsafePointer<CChar>?
                    let rc = sqlite3_prepare_v3(handle, current, -1, 0, &statement, &tail)
                    // This statement's own text, for the error message.
                    let text = tail.map {
                        String(decoding: UnsafeRawBufferPointer(start: current, count: $0 - current), as: UTF8.self)
                            .trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                    guard rc == SQLITE_OK else {
                        let error = connection.error(rc, handle, sql: text ?? sql)
                        sqlite3_finalize(statement)
                        throw error
                    }
                    next = tail
                    guard let statement else { continue }  // only whitespace or a comment
                    defer { sqlite3_finalize(statement) }
                    var step = sqlite3_step(statement)
                    while step == SQLITE_ROW { step = sqlite3_step(statement) }
                    guard step == SQLITE_DONE else {
                        throw connection.error(step, handle, sql: text ?? sql)
                    }
                }
            }
        }
    }

    // MARK: Queries

    /// All rows of a query.
    public func fetchAll(sql: String, arguments: [DatabaseValue] = []) throws -> [Row] {
        try withLock { try prepare(sql: sql).fetchAll(arguments: arguments) }
    }

    /// All rows of a query, each mapped by `transform` (after the query has finished, so
    /// `transform` may itself use the database).
    public func fetchAll<T>(sql: String, arguments: [DatabaseValue] = [], map transform: (Row) throws -> T) throws -> [T] {
        try fetchAll(sql: sql, arguments: arguments).map(transform)
    }

    /// The first row of a query, or `nil` when it returns none.
    public func fetchOne(sql: String, arguments: [DatabaseValue] = []) throws -> Row? {
        try withLock { try prepare(sql: sql).fetchOne(arguments: arguments) }
    }

    /// The first row of a query mapped by `transform`, or `nil` when it returns none.
    public func fetchOne<T>(sql: String, arguments: [DatabaseValue] = [], map transform: (Row) throws -> T) throws -> T? {
        try fetchOne(sql: sql, arguments: arguments).map(transform)
    }

    /// The first column of the first row as a `T` (`SELECT count(*) ...`), or `nil` when the
    /// query returns no row. A NULL needs an optional `T`.
    public func fetchValue<T: DatabaseValueConvertible>(_ type: T.Type = T.self, sql: String, arguments: [DatabaseValue] = []) throws -> T? {
        try fetchOne(sql: sql, arguments: arguments).map { try $0.decode(T.self, at: 0) }
    }

    /// All rows of a query. The same as ``fetchAll(sql:arguments:)``.
    public func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [Row] {
        try fetchAll(sql: sql, arguments: arguments)
    }

    // MARK: Connection state

    /// The rowid of the latest successful INSERT on this connection (0 before any).
    public var lastInsertRowID: Int64 {
        (try? connection.withHandle(sql: nil) { sqlite3_last_insert_rowid($0) }) ?? 0
    }

    /// The number of rows changed by the latest INSERT, UPDATE or DELETE on this connection.
    public var changes: Int {
        (try? connection.withHandle(sql: nil) { Int(sqlite3_changes($0)) }) ?? 0
    }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool {
        (try? connection.withHandle(sql: nil) { sqlite3_get_autocommit($0) == 0 }) ?? false
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (the
    /// error is rethrown).
    ///
    /// The outermost call starts with `BEGIN IMMEDIATE`, taking the write lock up front, so a
    /// busy database makes it wait (up to the busy timeout) at the start instead of failing
    /// half-way. A call inside a transaction becomes a `SAVEPOINT`: when its body throws, only
    /// its own changes are rolled back and the outer transaction carries on.
    ///
    /// The connection lock is held throughout, so other threads' statements wait until the
    /// transaction ends.
    public func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try withLock {
            if !isInTransaction {
                try execute(sql: "BEGIN IMMEDIATE")
                do {
                    let result = try body(self)
                    try execute(sql: "COMMIT")
                    return result
                } catch {
                    // SQLite may already have rolled back by itself (e.g. on SQLITE_FULL).
                    if isInTransaction { try? execute(sql: "ROLLBACK") }
                    throw error
                }
            }
            savepointDepth += 1
            defer { savepointDepth -= 1 }
            let name = "flowlearn_savepoint_\(savepointDepth)"
            try execute(sql: "SAVEPOINT \(name)")
            do {
                let result = try body(self)
                try execute(sql: "RELEASE SAVEPOINT \(name)")
                return result
            } catch {
                if isInTransaction {
                    try? execute(sql: "ROLLBACK TO SAVEPOINT \(name)")
                    try? execute(sql: "RELEASE SAVEPOINT \(name)")
                }
                throw error
            }
        }
    }

    /// `transaction` for a body that uses the database it already has.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try transaction { (_: Database) in try body() }
    }

    // MARK: Helpers

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        connection.lock.lock(); defer { connection.lock.unlock() }
        return try body()
    }
}
