/// A column of a ``Row`` could not be read as the type the code asked for: the column is not
/// in the row, it is NULL where a value was required, or it holds another type. Reading a row
/// throws this; it never crashes.
///
/// Messages name the column, the expected and the found storage class, and (for rows read from
/// a database) the database path and the query. They never include the stored value itself:
/// columns hold people's messages, which do not belong in logs.
public struct RowDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The row has no column of that name; `available` lists the ones it has.
        case noSuchColumn(available: [String])
        /// The row has only `columnCount` columns.
        case indexOutOfRange(columnCount: Int)
        /// The column is NULL, but the type asked for is not optional.
        case unexpectedNull(expected: String)
        /// The column holds a value of another storage class (`found`: `TEXT`, `INTEGER`, ...).
        case typeMismatch(expected: String, found: String)
    }

    /// The column as the code named it: `chat_id`, or `#2` when read by index.
    public var column: String
    public var reason: Reason
    /// The query the row came from, when known.
    public var sql: String?
    /// The database the row came from, when known.
    public var path: String?

    public init(column: String, reason: Reason, sql: String? = nil, path: String? = nil) {
        self.column = column
        self.reason = reason
        self.sql = sql
        self.path = path
    }

    public var description: String {
        var text = path.map { "\($0): " } ?? ""
        text += "column \(column): "
        switch reason {
        case .noSuchColumn(let available):
            text += "no such column in the result (it has: \(available.joined(separator: ", ")))"
        case .indexOutOfRange(let count):
            text += "out of range, the result has \(count) column\(count == 1 ? "" : "s")"
        case .unexpectedNull(let expected):
            text += "expected \(expected), found NULL"
        case .typeMismatch(let expected, let found):
            text += "expected \(expected), found \(found)"
        }
        if let sql {
            text += " — in: " + sql.split(whereSeparator: \.isNewline)
                .map { $0.drop(while: \.isWhitespace) }
                .filter { !$0.isEmpty }
                .joined(separator: " ")
        }
        return text
    }
}
