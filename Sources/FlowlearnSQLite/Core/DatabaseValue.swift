/// A value as SQLite stores it, in one of its five storage classes: what statements are bound
/// with and what rows hold.
///
/// Build one with a case (`.text(chatID)`), from any ``DatabaseValueConvertible``
/// (`DatabaseValue(sentAt)`, `chatID.databaseValue`), or from a literal (`"en"`, `42`, `0.5`).
public enum DatabaseValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value of a Swift value: `DatabaseValue(Date())`, `DatabaseValue(name)` for a `String?`.
    public init(_ value: some DatabaseValueConvertible) {
        self = value.databaseValue
    }

    /// `text`, or `null` for `nil`.
    public static func optionalText(_ value: String?) -> DatabaseValue { value.map(DatabaseValue.text) ?? .null }
    /// `integer`, or `null` for `nil`.
    public static func optionalInteger(_ value: Int64?) -> DatabaseValue { value.map(DatabaseValue.integer) ?? .null }
    /// `real`, or `null` for `nil`.
    public static func optionalReal(_ value: Double?) -> DatabaseValue { value.map(DatabaseValue.real) ?? .null }

    /// Whether this is SQL NULL.
    public var isNull: Bool { self == .null }

    /// The storage class as SQLite names it: `NULL`, `INTEGER`, `REAL`, `TEXT` or `BLOB`.
    public var storageClass: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "INTEGER"
        case .real: return "REAL"
        case .text: return "TEXT"
        case .blob: return "BLOB"
        }
    }
}

extension DatabaseValue: CustomStringConvertible {
    /// A short rendering for messages: `NULL`, `42`, `0.5`, `"text"` (cut after 40 characters),
    /// `<BLOB 16 bytes>`.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value.count > 40 ? "\"\(value.prefix(40))…\"" : "\"\(value)\""
        case .blob(let bytes): return "<BLOB \(bytes.count) bytes>"
        }
    }
}

extension DatabaseValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
}
