import Foundation
import Testing
import FlowlearnSQLite

@Suite("Transactions and savepoints")
struct TransactionTests {
    struct Planned: Error, Equatable {}

    private func database() throws -> (TemporaryDirectory, Database) {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path())
        try db.execute(sql: "CREATE TABLE log (entry TEXT NOT NULL)")
        return (folder, db)
    }

    private func entries(_ db: Database) throws -> [String] {
        try db.fetchAll(sql: "SELECT entry FROM log ORDER BY rowid") { try $0.string("entry") }
    }

    @Test func commitsWhenTheBodyReturns() throws {
        let (folder, db) = try database()
        let result = try db.transaction { db -> Int in
            #expect(db.isInTransaction)
            try db.execute(sql: "INSERT INTO log VALUES ('one')")
            try db.execute(sql: "INSERT INTO log VALUES ('two')")
            return 2
        }
        #expect(result == 2)
        #expect(!db.isInTransaction)
        // Committed: visible to another connection.
        let other = try Database(path: folder.path())
        #expect(try entries(other) == ["one", "two"])
    }

    @Test func rollsBackAndRethrowsWhenTheBodyThrows() throws {
        let (_, db) = try database()
        try db.execute(sql: "INSERT INTO log VALUES ('before')")
        #expect(throws: Planned()) {
            try db.transaction { db in
                try db.execute(sql: "INSERT INTO log VALUES ('lost')")
                throw Planned()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try entries(db) == ["before"])
    }

    @Test func aFailingStatementRollsBackTheWholeTransaction() throws {
        let (_, db) = try database()
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction { db in
                try db.execute(sql: "INSERT INTO log VALUES ('lost')")
                try db.execute(sql: "INSERT INTO log VALUES (NULL)")
            }
        }
        #expect(error?.code == .constraintNotNull)
        #expect(try entries(db).isEmpty)
    }

    @Test func aNestedTransactionIsASavepointThatRollsBackAlone() throws {
        let (_, db) = try database()
        try db.transaction { db in
            try db.execute(sql: "INSERT INTO log VALUES ('outer 1')")
            #expect(throws: Planned()) {
                try db.transaction { db in
                    try db.execute(sql: "INSERT INTO log VALUES ('inner, lost')")
                    throw Planned()
                }
            }
            try db.transaction { db in
                try db.execute(sql: "INSERT INTO log VALUES ('inner, kept')")
                #expect(throws: Planned()) {
                    try db.transaction { db in
                        try db.execute(sql: "INSERT INTO log VALUES ('innermost, lost')")
                        throw Planned()
                    }
                }
            }
            try db.execute(sql: "INSERT INTO log VALUES ('outer 2')")
        }
        #expect(try entries(db) == ["outer 1", "inner, kept", "outer 2"])
    }

    @Test func anOuterRollbackAlsoUndoesReleasedSavepoints() throws {
        let (_, db) = try database()
        #expect(throws: Planned()) {
            try db.transaction {
                try db.transaction { try db.execute(sql: "INSERT INTO log VALUES ('inner')") }
                throw Planned()
            }
        }
        #expect(try entries(db).isEmpty)
    }

    @Test func aFailedCommitRollsBack() throws {
        let (_, db) = try database()
        try db.executeScript("""
            CREATE TABLE people (id TEXT PRIMARY KEY);
            CREATE TABLE questions (person TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED);
            """)
        // A deferred foreign key is only checked at COMMIT.
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction { try db.execute(sql: "INSERT INTO questions VALUES ('nobody')") }
        }
        #expect(error?.isForeignKeyViolation == true)
        #expect(error?.sql == "COMMIT")
        #expect(!db.isInTransaction)
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM questions") == 0)
    }

    @Test func anotherThreadsStatementsWaitForTheTransaction() throws {
        let (_, db) = try database()
        let insideTransaction = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let holder = BackgroundThread {
            try db.transaction { db in
                try db.execute(sql: "INSERT INTO log VALUES ('first')")
                insideTransaction.signal()
                release.wait()
                try db.execute(sql: "INSERT INTO log VALUES ('second')")
            }
        }
        insideTransaction.wait()
        let writer = BackgroundThread { try db.execute(sql: "INSERT INTO log VALUES ('third')") }
        writer.started.wait()
        release.signal()
        holder.finished.wait()
        writer.finished.wait()
        #expect(throws: Never.self) { try holder.result?.get() }
        #expect(throws: Never.self) { try writer.result?.get() }
        // The other thread's insert never landed inside the transaction.
        #expect(try entries(db) == ["first", "second", "third"])
    }
}
