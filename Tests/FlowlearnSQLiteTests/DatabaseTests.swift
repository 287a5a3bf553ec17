import Foundation
import Testing
import FlowlearnSQLite

@Suite("Database: opening, pragmas, errors")
struct DatabaseTests {
    @Test func opensCreatesAndClosesAFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path()
        let db = try Database(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        try db.execute(sql: "CREATE TABLE notes (text TEXT NOT NULL)")
        try db.execute(sql: "INSERT INTO notes (text) VALUES (?)", arguments: ["kept"])
        db.close()
        #expect(db.isClosed)
        db.close()  // twice is harmless

        let error = #expect(throws: SQLiteError.self) { try db.execute(sql: "SELECT 1") }
        #expect(error?.code == .misuse)
        #expect(error?.path == path)

        let again = try Database(path: path)
        #expect(try again.fetchValue(String.self, sql: "SELECT text FROM notes") == "kept")
    }

    @Test func usesWALWithForeignKeysAndTheConfiguredTimeoutAndSynchronousMode() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path())
        #expect(try db.fetchValue(String.self, sql: "PRAGMA journal_mode") == "wal")
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA foreign_keys") == 1)
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA busy_timeout") == 5000)
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA synchronous") == 1)  // NORMAL

        let full = try Database(path: folder.path("other.sqlite"),
                                options: .init(busyTimeout: .milliseconds(250), synchronous: .full))
        #expect(try full.fetchValue(String.self, sql: "PRAGMA journal_mode") == "wal")
        #expect(try full.fetchValue(Int.self, sql: "PRAGMA busy_timeout") == 250)
        #expect(try full.fetchValue(Int.self, sql: "PRAGMA synchronous") == 2)  // FULL
    }

    @Test func opensAnInMemoryDatabase() throws {
        let db = try Database(path: ":memory:")
        #expect(db.isInMemory)
        #expect(try db.fetchValue(String.self, sql: "PRAGMA journal_mode") == "memory")
        #expect(try db.fetchValue(Int.self, sql: "PRAGMA foreign_keys") == 1)
        try db.execute(sql: "CREATE TABLE t (x)")
        try db.execute(sql: "INSERT INTO t VALUES (1)")
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 1)
    }

    @Test func failingToOpenNamesThePath() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.path("no/such/folder/flowlearn.sqlite")
        let error = #expect(throws: SQLiteError.self) { try Database(path: missing) }
        #expect(error.map { ResultCode.cannotOpen ~= $0.code } == true)
        #expect(error?.description.hasPrefix("\(missing): SQLITE_CANTOPEN") == true)

        let notADatabase = folder.path("notes.txt")
        try Data(String(repeating: "not a database, just text. ", count: 100).utf8).write(to: URL(fileURLWithPath: notADatabase))
        let notADatabaseError = #expect(throws: SQLiteError.self) { try Database(path: notADatabase) }
        #expect(notADatabaseError?.code == .notADatabase)
        #expect(notADatabaseError?.description.contains(notADatabase) == true)
    }

    @Test func aUniqueViolationIsRecognisedAndItsMessageNamesPathCodeAndSQL() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path()
        let db = try Database(path: path)
        try db.execute(sql: "CREATE TABLE people (id INTEGER PRIMARY KEY, chat_id TEXT NOT NULL UNIQUE)")
        let insert = "INSERT INTO people (chat_id) VALUES (?)"
        try db.execute(sql: insert, arguments: ["@anna:example.org"])

        let error = #expect(throws: SQLiteError.self) { try db.execute(sql: insert, arguments: ["@anna:example.org"]) }
        #expect(error?.code == .constraintUnique)
        #expect(error?.isUniqueConstraintViolation == true)
        #expect(error?.isConstraintViolation == true)
        #expect(error?.isForeignKeyViolation == false)
        #expect(error?.isBusy == false)
        #expect(error?.sql == insert)
        #expect(error?.path == path)
        #expect(error?.description ==
            "\(path): SQLITE_CONSTRAINT_UNIQUE (2067): UNIQUE constraint failed: people.chat_id — in: INSERT INTO people (chat_id) VALUES (?)")

        // An INTEGER PRIMARY KEY duplicate counts as a uniqueness violation too.
        let duplicateKey = #expect(throws: SQLiteError.self) {
            try db.execute(sql: "INSERT INTO people (id, chat_id) VALUES (1, 'other')")
        }
        #expect(duplicateKey?.isUniqueConstraintViolation == true)
    }

    @Test func foreignKeysAreEnforcedWithATypedError() throws {
        let db = try Database(path: ":memory:")
        try db.executeScript("""
            CREATE TABLE people (id TEXT PRIMARY KEY);
            CREATE TABLE questions (id INTEGER PRIMARY KEY, person TEXT NOT NULL REFERENCES people(id));
            """)
        let error = #expect(throws: SQLiteError.self) {
            try db.execute(sql: "INSERT INTO questions (person) VALUES (?)", arguments: ["nobody"])
        }
        #expect(error?.code == .constraintForeignKey)
        #expect(error?.isForeignKeyViolation == true)
        #expect(error?.isConstraintViolation == true)
        #expect(error?.isUniqueConstraintViolation == false)

        // Result codes match errors in `catch` clauses, primary codes matching their extended ones.
        var caught = ""
        do {
            try db.execute(sql: "INSERT INTO questions (person) VALUES (?)", arguments: ["nobody"])
        } catch ResultCode.constraintUnique {
            caught = "unique"
        } catch ResultCode.constraint {
            caught = "constraint"
        }
        #expect(caught == "constraint")
    }

    @Test func multiLineSQLIsShownOnOneLine() throws {
        let db = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) {
            try db.execute(sql: """
                SELECT *
                    FROM nowhere
                """)
        }
        #expect(error?.description == ":memory:: SQLITE_ERROR (1): no such table: nowhere — in: SELECT * FROM nowhere")
    }

    @Test func aStatementMustBeOneStatementWithAllItsArguments() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (a, b)")

        let twoStatements = #expect(throws: SQLiteError.self) { try db.prepare(sql: "DELETE FROM t; DROP TABLE t") }
        #expect(twoStatements?.code == .misuse)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 0)  // t still exists

        _ = try db.prepare(sql: "SELECT a FROM t; -- trailing comments are fine\n")

        let tooFew = #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [1]) }
        #expect(tooFew?.code == .range)
        let tooMany = #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [1, 2, 3]) }
        #expect(tooMany?.code == .range)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM t") == 0)

        let empty = #expect(throws: SQLiteError.self) { try db.prepare(sql: "  -- nothing\n") }
        #expect(empty?.code == .misuse)
    }

    @Test func aScriptRunsEveryStatementAndStopsAtTheFirstError() throws {
        let db = try Database(path: ":memory:")
        try db.executeScript("""
            CREATE TABLE t (x INTEGER); -- a comment
            INSERT INTO t VALUES (1);
            INSERT INTO t VALUES (2);
            """)
        #expect(try db.fetchValue(Int.self, sql: "SELECT sum(x) FROM t") == 3)

        let error = #expect(throws: SQLiteError.self) {
            try db.executeScript("INSERT INTO t VALUES (3); INSERT INTO nowhere VALUES (4); INSERT INTO t VALUES (5);")
        }
        #expect(error?.sql == "INSERT INTO nowhere VALUES (4);")
        #expect(try db.fetchAll(sql: "SELECT x FROM t ORDER BY x", map: { try $0.int("x") }) == [1, 2, 3])
    }

    @Test func reportsLastInsertRowIDAndChanges() throws {
        let db = try Database(path: ":memory:")
        try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, flag INTEGER)")
        try db.transaction { db in
            try db.execute(sql: "INSERT INTO t (flag) VALUES (0)")
            #expect(db.lastInsertRowID == 1)
            try db.execute(sql: "INSERT INTO t (flag) VALUES (0)")
            #expect(db.lastInsertRowID == 2)
            try db.execute(sql: "UPDATE t SET flag = 1")
            #expect(db.changes == 2)
            try db.execute(sql: "DELETE FROM t WHERE id = ?", arguments: [.integer(1)])
            #expect(db.changes == 1)
        }
    }

    @Test func fetchHelpersMapRows() throws {
        let db = try Database(path: ":memory:")
        try db.executeScript("CREATE TABLE people (chat_id TEXT, name TEXT); INSERT INTO people VALUES ('@a', 'Anna'), ('@b', NULL);")
        let names = try db.fetchAll(sql: "SELECT name FROM people ORDER BY chat_id") { try $0["name"] as String? }
        #expect(names == ["Anna", nil])
        #expect(try db.fetchOne(sql: "SELECT chat_id FROM people WHERE name = ?", arguments: ["Anna"]) { try $0.string("chat_id") } == "@a")
        #expect(try db.fetchOne(sql: "SELECT * FROM people WHERE chat_id = ?", arguments: ["@z"]) == nil)
        #expect(try db.fetchValue(String.self, sql: "SELECT name FROM people WHERE chat_id = '@z'") == nil)
        #expect(try db.rows("SELECT chat_id FROM people WHERE chat_id = ?", [.text("@b")]).count == 1)
    }
}
