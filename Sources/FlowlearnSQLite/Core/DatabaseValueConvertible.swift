import Foundation

/// A Swift type that is stored as one SQLite value: bound as a statement argument and read back
/// from a row column.
///
/// Reading is strict: a value of another storage class is refused (the caller turns that into a
/// ``RowDecodingError``), never coerced the way SQLite's own `sqlite3_column_*` functions would.
/// The conformances: `String` (TEXT), `Int64` and `Int` (INTEGER), `Double` (REAL, or an INTEGER
/// widened), `Bool` (INTEGER 0/1; any non-zero integer reads as true), `Data` and `[UInt8]` (BLOB),
/// `Date` (see below), `DatabaseValue` itself (any value), and `Optional` of any of them
/// (NULL ⇄ `nil`).
///
/// **Dates** are stored as Unix time in seconds, as a REAL (`timeIntervalSince1970`). A REAL
/// keeps sub-second precision (about a microsecond for present-day dates), still compares and
/// sorts numerically in SQL, and works with SQLite's `datetime(x, 'unixepoch')`. Reading a date
/// also accepts an INTEGER number of seconds. (`Date` counts from 2001 internally, so converting
/// to and from 1970 can move an arbitrary date by a rounding error in the last bit — far below a
/// microsecond.)
public protocol DatabaseValueConvertible: Sendable {
    /// The value to store.
    var databaseValue: DatabaseValue { get }

    /// The Swift value for a stored value, or `nil` when the stored value has another type (or
    /// is NULL, for a non-optional type).
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?

    /// What a column must hold to be read as this type, for error messages: `TEXT`, `INTEGER`, ...
    static var expectedStorage: String { get }
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
    public static var expectedStorage: String { "any value" }
}

extension String: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
    public static var expectedStorage: String { "TEXT" }
}

extension Int64: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        if case .integer(let integer) = value { return integer }
        return nil
    }
    public static var expectedStorage: String { "INTEGER" }
}

extension Int: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// `nil` also when the integer does not fit (only possible on 32-bit platforms).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        if case .integer(let integer) = value { return Int(exactly: integer) }
        return nil
    }
    public static var expectedStorage: String { "INTEGER" }
}

extension Double: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .real(self) }
    /// Reads a REAL, or an INTEGER as the nearest double (aggregates like `SUM` of whole numbers,
    /// and REAL columns written by other tools, can hold integers).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let real): return real
        case .integer(let integer): return Double(integer)
        default: return nil
        }
    }
    public static var expectedStorage: String { "REAL or INTEGER" }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        if case .integer(let integer) = value { return integer != 0 }
        return nil
    }
    public static var expectedStorage: String { "INTEGER (0 or 1)" }
}

extension Data: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .blob([UInt8](self)) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? {
        if case .blob(let bytes) = value { return Data(bytes) }
        return nil
    }
    public static var expectedStorage: String { "BLOB" }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    public var databaseValue: DatabaseValue { .blob(self) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> [UInt8]? {
        if case .blob(let bytes) = value { return bytes }
        return nil
    }
    public static var expectedStorage: String { "BLOB" }
}

extension Date: DatabaseValueConvertible {
    /// Unix time in seconds, as a REAL.
    public var databaseValue: DatabaseValue { .real(timeIntervalSince1970) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        Double.fromDatabaseValue(value).map(Date.init(timeIntervalSince1970:))
    }
    public static var expectedStorage: String { "REAL or INTEGER (Unix seconds)" }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// `NULL` for `nil`.
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    /// `.some(nil)` for NULL; `nil` (a mismatch) when the value is neither NULL nor a `Wrapped`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }
    public static var expectedStorage: String { "\(Wrapped.expectedStorage) or NULL" }
}
