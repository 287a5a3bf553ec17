/// One result row, read by column name. Reading a column as the wrong type, or a column the
/// query did not select, throws a ``RowDecodingError``; it never crashes.
public struct Row: Sendable, Equatable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ column: String) -> DatabaseValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    private func value(_ column: String) throws -> DatabaseValue {
        guard let value = self[column] else { throw RowDecodingError(column: column, expected: "a selected column", found: "no such column") }
        return value
    }

    public func string(_ column: String) throws -> String {
        switch try value(column) {
        case .text(let s): return s
        case let other: throw RowDecodingError(column: column, expected: "TEXT", found: other.typeName)
        }
    }

    public func int64(_ column: String) throws -> Int64 {
        switch try value(column) {
        case .integer(let i): return i
        case let other: throw RowDecodingError(column: column, expected: "INTEGER", found: other.typeName)
        }
    }

    public func double(_ column: String) throws -> Double {
        switch try value(column) {
        case .real(let d): return d
        case .integer(let i): return Double(i)
        case let other: throw RowDecodingError(column: column, expected: "REAL", found: other.typeName)
        }
    }

    /// The text, or `nil` for NULL, a missing column or another type.
    public func optionalString(_ column: String) -> String? { try? string(column) }
    /// The integer, or `nil` for NULL, a missing column or another type.
    public func optionalInt64(_ column: String) -> Int64? { try? int64(column) }
    /// The number, or `nil` for NULL, a missing column or another type.
    public func optionalDouble(_ column: String) -> Double? { try? double(column) }
}
