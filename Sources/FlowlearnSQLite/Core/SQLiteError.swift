import Foundation

/// An error SQLite reported, with where it happened: the database file and the statement.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public var code: ResultCode
    public var message: String
    public var sql: String?
    public var path: String

    public init(code: ResultCode, message: String, sql: String? = nil, path: String) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// A UNIQUE or PRIMARY KEY constraint failed.
    public var isUniqueViolation: Bool { code == .constraintUnique || code == .constraintPrimaryKey }
    /// The database was busy or locked for longer than the busy timeout.
    public var isBusy: Bool { code.primary == .busy || code.primary == .locked }

    public var description: String {
        var text = "\(path): \(message) [\(code)]"
        if let sql { text += " in: " + sql.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        return text
    }
}

/// A value read from a row was not what the code expected.
public struct RowDecodingError: Error, Sendable, CustomStringConvertible {
    public var column: String
    public var expected: String
    public var found: String
    public var description: String { "column `\(column)`: expected \(expected), found \(found)" }
}

