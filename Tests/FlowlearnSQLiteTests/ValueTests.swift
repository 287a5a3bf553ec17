import Foundation
import Testing
import FlowlearnSQLite

@Suite("Values: binding, reading, conversions")
struct ValueTests {
    static let unicode = "Één ruïne, café in ’s-Hertogenbosch, coöperatie, IJsselmeer — 👩🏽‍💻🇳🇱🎉"

    private func database() throws -> Database {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE v (id INTEGER PRIMARY KEY, x)")  // no type: no affinity conversions
        return db
    }

    /// Stores `value` and reads it back as `T`.
    private func roundTrip<T: DatabaseValueConvertible>(_ value: T, in db: Database) throws -> T {
        try db.execute(sql: "DELETE FROM v")
        try db.execute(sql: "INSERT INTO v (x) VALUES (?)", arguments: [value.databaseValue])
        let row = try #require(try db.fetchOne(sql: "SELECT x FROM v"))
        return try row.decode(T.self, "x")
    }

    @Test func everyValueTypeRoundTrips() throws {
        let db = try database()
        #expect(try roundTrip(Self.unicode, in: db) == Self.unicode)
        #expect(try roundTrip("", in: db) == "")
        #expect(try roundTrip("nul\u{0}inside", in: db) == "nul\u{0}inside")
        #expect(try roundTrip(Int64.max, in: db) == Int64.max)
        #expect(try roundTrip(Int64.min, in: db) == Int64.min)
        #expect(try roundTrip(9_007_199_254_740_993 as Int64, in: db) == 9_007_199_254_740_993)  // not exact as a Double
        #expect(try roundTrip(-42, in: db) == -42)
        #expect(try roundTrip(Double.pi, in: db) == Double.pi)
        #expect(try roundTrip(-1.5e300, in: db) == -1.5e300)
        #expect(try roundTrip(true, in: db) == true)
        #expect(try roundTrip(false, in: db) == false)
        let bytes = [UInt8](0...255)
        #expect(try roundTrip(bytes, in: db) == bytes)
        #expect(try roundTrip(Data(bytes), in: db) == Data(bytes))
        #expect(try roundTrip([UInt8](), in: db) == [])
        #expect(try roundTrip(Data(), in: db) == Data())
        let date = Date(timeIntervalSince1970: 1_790_000_000.25)
        #expect(try roundTrip(date, in: db) == date)
        #expect(try roundTrip(nil as String?, in: db) == nil)
        #expect(try roundTrip("set" as String?, in: db) == "set")
        #expect(try roundTrip(nil as Int64?, in: db) == nil)
        #expect(try roundTrip(DatabaseValue.null, in: db) == .null)
    }

    @Test func valuesAreStoredInTheirOwnStorageClass() throws {
        let db = try database()
        let values: [(DatabaseValue, String)] = [
            (.null, "null"), (.integer(1), "integer"), (.real(1), "real"), (.text(""), "text"), (.blob([]), "blob"),
            (DatabaseValue(true), "integer"), (DatabaseValue(Date()), "real"), (DatabaseValue(nil as Int?), "null"),
            ("literal", "text"), (7, "integer"), (0.5, "real"),
        ]
        for (value, expected) in values {
            #expect(try db.fetchValue(String.self, sql: "SELECT typeof(?)", arguments: [value]) == expected, "\(value)")
        }
    }

    @Test func rowsHoldExactlyWhatWasStored() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE people (chat_id TEXT, name TEXT, age INTEGER, score REAL, avatar BLOB)")
        try db.execute(sql: "INSERT INTO people VALUES (?, ?, ?, ?, ?)",
                       arguments: ["@jan:example.nl", .text(Self.unicode), .null, 0.75, .blob([1, 2, 3])])
        let row = try #require(try db.fetchOne(sql: "SELECT * FROM people"))
        #expect(row.columns == ["chat_id", "name", "age", "score", "avatar"])
        #expect(row.values == [.text("@jan:example.nl"), .text(Self.unicode), .null, .real(0.75), .blob([1, 2, 3])])
        #expect(try row["chat_id"] as String == "@jan:example.nl")
        #expect(try row.string("name") == Self.unicode)
        #expect(try row["age"] as Int? == nil)
        #expect(try row[3] as Double == 0.75)
        #expect(try row.data("avatar") == Data([1, 2, 3]))
        #expect(try row.value(named: "CHAT_ID") == .text("@jan:example.nl"))  // names ignore case, as in SQL
    }

    @Test func readingATextColumnAsAnIntegerThrowsATypedError() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path())
        try db.execute(sql: "CREATE TABLE people (chat_id TEXT)")
        try db.execute(sql: "INSERT INTO people VALUES ('@anna')")
        let row = try #require(try db.fetchOne(sql: "SELECT chat_id FROM people"))

        let error = #expect(throws: RowDecodingError.self) { try row.int64("chat_id") }
        #expect(error?.column == "chat_id")
        #expect(error?.reason == .typeMismatch(expected: "INTEGER", found: "TEXT"))
        #expect(error?.description == "\(folder.path()): column chat_id: expected INTEGER, found TEXT — in: SELECT chat_id FROM people")
        #expect(error?.description.contains("@anna") == false)  // values stay out of messages

        #expect(throws: RowDecodingError.self) { try row["chat_id"] as Int }
        #expect(throws: RowDecodingError.self) { try row["chat_id"] as Int? }  // optional: NULL only
        #expect(throws: RowDecodingError.self) { try row.double("chat_id") }
        #expect(throws: RowDecodingError.self) { try row.date("chat_id") }
        #expect(throws: RowDecodingError.self) { try row.bool("chat_id") }
        #expect(throws: RowDecodingError.self) { try row.data("chat_id") }
    }

    @Test func missingColumnsNullsAndBadIndexesThrowTypedErrors() throws {
        let row = Row(columns: ["a", "b"], values: [.null, .integer(3)])
        #expect(throws: RowDecodingError(column: "a", reason: .unexpectedNull(expected: "TEXT"))) { try row.string("a") }
        #expect(throws: RowDecodingError(column: "c", reason: .noSuchColumn(available: ["a", "b"]))) { try row.int("c") }
        #expect(throws: RowDecodingError(column: "#2", reason: .indexOutOfRange(columnCount: 2))) { try row[2] as Int }
        #expect(throws: RowDecodingError(column: "#-1", reason: .indexOutOfRange(columnCount: 2))) { try row.value(at: -1) }
        #expect(throws: RowDecodingError(column: "b", reason: .typeMismatch(expected: "TEXT", found: "INTEGER"))) { try row.string("b") }
        #expect(try row.double("b") == 3)  // an INTEGER widens to a Double; never the other way
        #expect(try row["a"] as String? == nil)
        #expect(try row.decode(DatabaseValue.self, "a") == .null)
    }

    @Test func lenientReadsReturnNilInsteadOfThrowing() {
        let row = Row(columns: ["text", "number"], values: [.text("x"), .integer(2)])
        #expect(row.optionalString("text") == "x")
        #expect(row.optionalString("number") == nil)
        #expect(row.optionalInt64("text") == nil)
        #expect(row.optionalDouble("number") == 2)
        #expect(row.optionalString("missing") == nil)
    }

    @Test func resultCodesMatchTheirPrimaryAndHaveNames() {
        #expect(ResultCode.constraint ~= .constraintUnique)
        #expect(!(ResultCode.constraintUnique ~= .constraint))
        #expect(!(ResultCode.constraintUnique ~= .constraintForeignKey))
        #expect(ResultCode.constraintUnique.primary == .constraint)
        #expect(ResultCode.constraintUnique.rawValue == 2067)
        #expect(ResultCode.constraintUnique.description == "SQLITE_CONSTRAINT_UNIQUE (2067)")
        #expect(ResultCode.busyTimeout.name == "SQLITE_BUSY_TIMEOUT")
        #expect(ResultCode.ioErrorCorruptFileSystem.rawValue == 8458)
        #expect(ResultCode(rawValue: 10 | (99 << 8)).name == "SQLITE_IOERR (extended)")
        #expect(ResultCode.busy.explanation == "database is locked")
    }
}
