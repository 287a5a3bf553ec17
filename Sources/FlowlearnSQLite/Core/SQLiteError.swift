/// An error reported by SQLite (or by this wrapper on SQLite's behalf), with where it happened:
/// the database file and, when there was one, the statement.
///
/// Its description reads like
/// `var/flowlearn.sqlite: SQLITE_CONSTRAINT_UNIQUE (2067): UNIQUE constraint failed: people.chat_id — in: INSERT INTO people ...`.
/// Recognise the cases callers act on with ``isConstraintViolation``,
/// ``isUniqueConstraintViolation``, ``isForeignKeyViolation`` and ``isBusy``, or match the
/// code: `catch ResultCode.constraintUnique { ... }`.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (extended codes are always enabled on our connections).
    public var code: ResultCode
    /// The message from `sqlite3_errmsg`, or the wrapper's own explanation.
    public var message: String
    /// The statement that failed, if the error came from one.
    public var sql: String?
    /// The database file, as given to ``Database/init(path:options:)``.
    public var path: String

    public init(code: ResultCode, message: String, sql: String? = nil, path: String) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// Any constraint failed: UNIQUE, PRIMARY KEY, FOREIGN KEY, NOT NULL, CHECK, ...
    public var isConstraintViolation: Bool { ResultCode.constraint ~= code }

    /// A UNIQUE constraint or a PRIMARY KEY (including an INTEGER PRIMARY KEY, i.e. the rowid)
    /// failed: the row already exists.
    public var isUniqueConstraintViolation: Bool {
        code == .constraintUnique || code == .constraintPrimaryKey || code == .constraintRowID
    }

    /// A FOREIGN KEY constraint failed.
    public var isForeignKeyViolation: Bool { code == .constraintForeignKey }

    /// Another connection held the lock for longer than the busy timeout (`SQLITE_BUSY`), or a
    /// table was locked (`SQLITE_LOCKED`). Retrying later can succeed.
    public var isBusy: Bool { ResultCode.busy ~= code || ResultCode.locked ~= code }

    public var description: String {
        var text = "\(path): \(code): \(message)"
        if let sql {
            // On one line: statements written as multi-line literals would break log lines.
            let oneLine = sql.split(whereSeparator: \.isNewline)
                .map { $0.drop(while: \.isWhitespace) }
                .filter { !$0.isEmpty }
                .joined(separator: " ")
            text += " — in: " + oneLine
        }
        return text
    }
}
