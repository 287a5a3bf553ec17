import Foundation

/// One result row: the column names and values, copied out of SQLite, so a row stays valid
/// after the statement moves on.
///
/// Read columns with a type, by name or by index. Reading is strict: a missing column, a NULL
/// where a value is required, or a value of another type throws a ``RowDecodingError``.
///
/// ```swift
/// let chatID = try row.string("chat_id")
/// let name = try row["name"] as String?          // nil for NULL, throws for a non-text value
/// let count: Int = try row[0]
/// let sentAt = try row.decode(Date.self, "sent_at")
/// ```
///
/// A name matches exactly, or else ignoring ASCII case (as SQLite does); with duplicate names
/// (`SELECT a.id, b.id ...`) the first wins, so alias them.
public struct Row: Sendable, Equatable {
    /// The column names, as the query named them.
    public let columns: [String]
    /// The values, in column order.
    public let values: [DatabaseValue]
    /// Where the row came from, for error messages; not part of equality.
    var sql: String?
    var path: String?

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    init(columns: [String], values: [DatabaseValue], sql: String?, path: String?) {
        self.columns = columns
        self.values = values
        self.sql = sql
        self.path = path
    }

    public static func == (lhs: Row, rhs: Row) -> Bool {
        lhs.columns == rhs.columns && lhs.values == rhs.values
    }

    /// The number of columns.
    public var count: Int { min(columns.count, values.count) }

    /// The index of the named column, or `nil` if the row has none.
    public func index(of column: String) -> Int? {
        if let index = columns.firstIndex(of: column), index < values.count { return index }
        let lowered = column.lowercased()
        if let index = columns.firstIndex(where: { $0.lowercased() == lowered }), index < values.count { return index }
        return nil
    }

    // MARK: Raw values

    /// The value at `index` (from 0).
    public func value(at index: Int) throws -> DatabaseValue {
        guard index >= 0, index < count else {
            throw error("#\(index)", .indexOutOfRange(columnCount: count))
        }
        return values[index]
    }

    /// The value of the named column.
    public func value(named column: String) throws -> DatabaseValue {
        guard let index = index(of: column) else {
            throw error(column, .noSuchColumn(available: columns))
        }
        return values[index]
    }

    // MARK: Typed values

    /// The value at `index` (from 0) as a `T`.
    public func decode<T: DatabaseValueConvertible>(_ type: T.Type, at index: Int) throws -> T {
        try convert(try value(at: index), column: "#\(index)")
    }

    /// The named column's value as a `T`. Use an optional type to accept NULL.
    public func decode<T: DatabaseValueConvertible>(_ type: T.Type, _ column: String) throws -> T {
        try convert(try value(named: column), column: column)
    }

    /// The named column's value as a `T`: `try row["chat_id"] as String`.
    public subscript<T: DatabaseValueConvertible>(_ column: String) -> T {
        get throws { try decode(T.self, column) }
    }

    /// The value at `index` (from 0) as a `T`: `try row[0] as Int64`.
    public subscript<T: DatabaseValueConvertible>(_ index: Int) -> T {
        get throws { try decode(T.self, at: index) }
    }

    /// A TEXT column.
    public func string(_ column: String) throws -> String { try decode(String.self, column) }
    /// An INTEGER column.
    public func int64(_ column: String) throws -> Int64 { try decode(Int64.self, column) }
    /// An INTEGER column.
    public func int(_ column: String) throws -> Int { try decode(Int.self, column) }
    /// A REAL column (an INTEGER is widened).
    public func double(_ column: String) throws -> Double { try decode(Double.self, column) }
    /// An INTEGER column holding 0 or 1.
    public func bool(_ column: String) throws -> Bool { try decode(Bool.self, column) }
    /// A BLOB column.
    public func data(_ column: String) throws -> Data { try decode(Data.self, column) }
    /// A column holding Unix seconds (REAL or INTEGER).
    public func date(_ column: String) throws -> Date { try decode(Date.self, column) }

    // MARK: Lenient reads

    /// The text, or `nil` for NULL, a missing column **or a value of another type**.
    ///
    /// Lenient, kept for existing callers; prefer `try row["column"] as String?`, which returns
    /// `nil` only for NULL and throws on a mismatch.
    public func optionalString(_ column: String) -> String? { lenient(column) }
    /// The integer, or `nil` for NULL, a missing column or another type. Lenient, see ``optionalString(_:)``.
    public func optionalInt64(_ column: String) -> Int64? { lenient(column) }
    /// The number (a REAL, or an INTEGER widened), or `nil` for NULL, a missing column or another
    /// type. Lenient, see ``optionalString(_:)``.
    public func optionalDouble(_ column: String) -> Double? { lenient(column) }

    // MARK: Helpers

    private func lenient<T: DatabaseValueConvertible>(_ column: String) -> T? {
        guard let index = index(of: column) else { return nil }
        return T.fromDatabaseValue(values[index])
    }

    private func convert<T: DatabaseValueConvertible>(_ value: DatabaseValue, column: String) throws -> T {
        if let converted = T.fromDatabaseValue(value) { return converted }
        if value.isNull { throw error(column, .unexpectedNull(expected: T.expectedStorage)) }
        throw error(column, .typeMismatch(expected: T.expectedStorage, found: value.storageClass))
    }

    private func error(_ column: String, _ reason: RowDecodingError.Reason) -> RowDecodingError {
        RowDecodingError(column: column, reason: reason, sql: sql, path: path)
    }
}
