import CSQLite

/// A prepared SQL statement: one statement, compiled once, run many times with values bound by
/// position to its `?` parameters — never with values pasted into the SQL text.
///
/// Get one from ``Database/prepare(sql:)``, which caches statements by their SQL. Each run binds
/// all parameters, steps to the end (or, for ``fetchOne(arguments:)``, to the first row), copies
/// the rows out, and resets the statement, so a statement never stays half-way through a
/// result (which would pin an old WAL snapshot) and can be shared.
///
/// Thread safety: `@unchecked Sendable` because every run holds the database's connection lock;
/// runs on one connection are serialised.
public final class Statement: @unchecked Sendable {
    /// The SQL text, as prepared.
    public let sql: String
    /// The number of parameters the SQL declares: what every run must bind.
    public let parameterCount: Int
    /// Whether the statement only reads (`sqlite3_stmt_readonly`).
    public let isReadOnly: Bool

    private let connection: Connection
    /// Guarded by `connection.lock`.
    private var handle: OpaquePointer?

    /// Compiles `sql`, which must hold exactly one statement. Call while holding the lock.
    init(connection: Connection, handle db: OpaquePointer, sql: String, persistent: Bool) throws {
        var statement: OpaquePointer?
        var rc: Int32 = SQLITE_OK
        var trailingStatement = false
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            rc = sqlite3_prepare_v3(db, text, -1, flags, &statement, &tail)
            guard rc == SQLITE_OK, let tail, tail.pointee != 0 else { return }
            // Something follows the first statement: fine if it is only whitespace or comments
            // (they compile to no statement); a second statement would be silently ignored.
            var next: OpaquePointer?
            let tailRC = sqlite3_prepare_v3(db, tail, -1, 0, &next, nil)
            if next != nil || tailRC != SQLITE_OK { trailingStatement = true }
            sqlite3_finalize(next)
        }
        guard rc == SQLITE_OK else {
            let error = connection.error(rc, db, sql: sql)
            sqlite3_finalize(statement)
            throw error
        }
        guard let statement else {
            throw SQLiteError(code: .misuse, message: "the SQL holds no statement", sql: sql, path: connection.path)
        }
        guard !trailingStatement else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: .misuse,
                              message: "the SQL holds more than one statement; prepare them one by one, or use executeScript",
                              sql: sql, path: connection.path)
        }
        self.sql = sql
        self.connection = connection
        self.handle = statement
        self.parameterCount = Int(sqlite3_bind_parameter_count(statement))
        self.isReadOnly = sqlite3_stmt_readonly(statement) != 0
    }

    deinit { finalize() }

    /// Releases the compiled statement. Later runs throw. Safe after the database is closed.
    func finalize() {
        connection.lock.lock(); defer { connection.lock.unlock() }
        if let handle { sqlite3_finalize(handle) }
        handle = nil
    }

    // MARK: Running

    /// Runs the statement to completion, ignoring any rows (INSERT, UPDATE, DELETE, DDL, ...).
    public func execute(arguments: [DatabaseValue] = []) throws {
        _ = try run(arguments, limit: 0)
    }

    /// Runs the query and returns all its rows.
    public func fetchAll(arguments: [DatabaseValue] = []) throws -> [Row] {
        try run(arguments, limit: nil)
    }

    /// Runs the query and returns its first row, or `nil` if it has none. Stops after that row.
    public func fetchOne(arguments: [DatabaseValue] = []) throws -> Row? {
        try run(arguments, limit: 1).first
    }

    /// Binds `arguments`, steps, and collects up to `limit` rows (`nil`: all; `0`: none, but
    /// still runs to completion so the statement's effects all happen).
    private func run(_ arguments: [DatabaseValue], limit: Int?) throws -> [Row] {
        try connection.withHandle(sql: sql) { db in
            guard let statement = handle else {
                throw SQLiteError(code: .misuse, message: "the statement was finalized", sql: sql, path: connection.path)
            }
            guard arguments.count == parameterCount else {
                throw SQLiteError(code: .range,
                                  message: "the statement takes \(parameterCount) argument\(parameterCount == 1 ? "" : "s"), \(arguments.count) given",
                                  sql: sql, path: connection.path)
            }
            sqlite3_reset(statement)
            defer {
                sqlite3_reset(statement)
                sqlite3_clear_bindings(statement)
            }
            for (offset, value) in arguments.enumerated() {
                let rc = Self.bind(value, at: Int32(offset + 1), statement)
                guard rc == SQLITE_OK else { throw connection.error(rc, db, sql: sql) }
            }
            var rows: [Row] = []
            var columns: [String]?
            while true {
                if let limit, limit > 0, rows.count >= limit { break }
                let rc = sqlite3_step(statement)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw connection.error(rc, db, sql: sql) }
                if limit == 0 { continue }
                let names = columns ?? Self.columnNames(statement)
                columns = names
                rows.append(Row(columns: names, values: Self.values(statement, count: names.count),
                                sql: sql, path: connection.path))
            }
            return rows
        }
    }

    // MARK: C conversions

    private static func bind(_ value: DatabaseValue, at position: Int32, _ statement: OpaquePointer) -> Int32 {
        switch value {
        case .null:
            return sqlite3_bind_null(statement, position)
        case .integer(let integer):
            return sqlite3_bind_int64(statement, position, integer)
        case .real(let real):
            return sqlite3_bind_double(statement, position, real)
        case .text(let text):
            // Bound with its byte length, so text with NUL characters survives whole.
            var text = text
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    // An empty buffer may have no address; a NULL pointer would bind SQL NULL.
                    guard let base = chars.baseAddress, !chars.isEmpty else {
                        return sqlite3_bind_text64(statement, position, "", 0, flowlearn_sqlite_transient(), UInt8(SQLITE_UTF8))
                    }
                    return sqlite3_bind_text64(statement, position, base, UInt64(chars.count),
                                               flowlearn_sqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            // Likewise: an empty blob must stay a (zero-length) BLOB, not become NULL.
            guard !bytes.isEmpty else { return sqlite3_bind_zeroblob(statement, position, 0) }
            return bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(statement, position, buffer.baseAddress, UInt64(buffer.count), flowlearn_sqlite_transient())
            }
        }
    }

    private static func columnNames(_ statement: OpaquePointer) -> [String] {
        (0..<sqlite3_column_count(statement)).map { index in
            sqlite3_column_name(statement, index).map { String(cString: $0) } ?? "#\(index)"
        }
    }

    private static func values(_ statement: OpaquePointer, count: Int) -> [DatabaseValue] {
        (0..<Int32(count)).map { index in
            switch sqlite3_column_type(statement, index) {
            case SQLITE_INTEGER:
                return .integer(sqlite3_column_int64(statement, index))
            case SQLITE_FLOAT:
                return .real(sqlite3_column_double(statement, index))
            case SQLITE_TEXT:
                // The pointer first, then its length (the documented order).
                guard let text = sqlite3_column_text(statement, index) else { return .text("") }
                let length = Int(sqlite3_column_bytes(statement, index))
                return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
            case SQLITE_BLOB:
                guard let blob = sqlite3_column_blob(statement, index) else { return .blob([]) }
                let length = Int(sqlite3_column_bytes(statement, index))
                return .blob([UInt8](UnsafeRawBufferPointer(start: blob, count: length)))
            default:
                return .null
            }
        }
    }
}
