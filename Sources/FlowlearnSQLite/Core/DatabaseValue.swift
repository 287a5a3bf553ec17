/// A value as SQLite stores it: the bound parameters of a statement and the columns of a row.
public enum DatabaseValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// `text`, or `null` for `nil`.
    public static func optionalText(_ value: String?) -> DatabaseValue { value.map(DatabaseValue.text) ?? .null }
    /// `integer`, or `null` for `nil`.
    public static func optionalInteger(_ value: Int64?) -> DatabaseValue { value.map(DatabaseValue.integer) ?? .null }
    /// `real`, or `null` for `nil`.
    public static func optionalReal(_ value: Double?) -> DatabaseValue { value.map(DatabaseValue.real) ?? .null }

    var typeName: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .text: return "TEXT"
        case .blob: return "BLOB"
        }
    }
}
