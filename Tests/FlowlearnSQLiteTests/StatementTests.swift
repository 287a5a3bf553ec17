import Foundation
import Testing
import FlowlearnSQLite

@Suite("Statements and the statement cache")
struct StatementTests {
    @Test func theCacheReturnsTheSameStatementWithCorrectResultsAcrossReuse() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE people (chat_id TEXT PRIMARY KEY, name TEXT)")
        let insert = try db.prepare(sql: "INSERT INTO people VALUES (?, ?)")
        #expect(insert.parameterCount == 2)
        #expect(!insert.isReadOnly)
        for (id, name) in [("@a", "Anna"), ("@b", "Bram"), ("@c", "Cor")] {
            try insert.execute(arguments: [.text(id), .text(name)])
        }
        #expect(try db.prepare(sql: "INSERT INTO people VALUES (?, ?)") === insert)

        let select = "SELECT name FROM people WHERE chat_id = ?"
        let first = try db.prepare(sql: select)
        #expect(first.isReadOnly)
        #expect(try first.fetchOne(arguments: ["@a"])?.string("name") == "Anna")
        #expect(try db.prepare(sql: select) === first)
        #expect(try db.fetchOne(sql: select, arguments: ["@b"])?.string("name") == "Bram")
        #expect(try first.fetchOne(arguments: ["@c"])?.string("name") == "Cor")
        #expect(try first.fetchOne(arguments: ["@nobody"]) == nil)

        // A query stopped after its first row starts over on its next run.
        let all = try db.prepare(sql: "SELECT name FROM people ORDER BY name")
        #expect(try all.fetchOne()?.string("name") == "Anna")
        #expect(try all.fetchAll().map { try $0.string("name") } == ["Anna", "Bram", "Cor"])
        #expect(try all.fetchAll().count == 3)
    }

    @Test func aCachedStatementFollowsSchemaChanges() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (a)")
        try db.execute(sql: "INSERT INTO t VALUES (1)")
        #expect(try db.fetchOne(sql: "SELECT * FROM t")?.columns == ["a"])
        try db.execute(sql: "ALTER TABLE t ADD COLUMN b DEFAULT 2")
        let row = try #require(try db.fetchOne(sql: "SELECT * FROM t"))
        #expect(row.columns == ["a", "b"])
        #expect(try row.int("b") == 2)
    }

    @Test func aStatementOutlivingItsDatabaseThrowsInsteadOfCrashing() throws {
        var db: Database? = try Database(path: ":memory:")
        let statement = try #require(try db?.prepare(sql: "SELECT 1"))
        #expect(try statement.fetchOne()?.decode(Int.self, at: 0) == 1)
        db?.close()
        let error = #expect(throws: SQLiteError.self) { try statement.fetchAll() }
        #expect(error?.code == .misuse)
        db = nil
        #expect(throws: SQLiteError.self) { try statement.execute() }
    }

    @Test func anExecutedQueryRunsToCompletion() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (x INTEGER)")
        try db.execute(sql: "INSERT INTO t VALUES (1), (2), (3)")
        // RETURNING yields rows; execute still applies the whole statement.
        try db.execute(sql: "UPDATE t SET x = x * 10 RETURNING x")
        #expect(try db.fetchAll(sql: "SELECT x FROM t ORDER BY x") { try $0.int("x") } == [10, 20, 30])
    }
}
