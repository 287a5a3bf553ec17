import Foundation
import Testing
import FlowlearnSQLite

@Suite("Migrations by user_version")
struct MigratorTests {
    /// Records the order migrations ran in, across the `@Sendable` migration closures.
    final class Journal: @unchecked Sendable {
        private let lock = NSLock()
        private var names: [String] = []
        func append(_ name: String) { lock.lock(); names.append(name); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return names }
    }

    private func migrator(_ journal: Journal) -> Migrator {
        var migrator = Migrator()
        // Registered out of order on purpose: they run by version.
        migrator.register(version: 2, name: "questions") { db in
            journal.append("questions")
            try db.execute(sql: "CREATE TABLE questions (id INTEGER PRIMARY KEY, person TEXT NOT NULL REFERENCES people(id))")
        }
        migrator.register(version: 1, name: "people") { db in
            journal.append("people")
            try db.execute(sql: "CREATE TABLE people (id TEXT PRIMARY KEY)")
        }
        migrator.register(version: 5, name: "language") { db in
            journal.append("language")
            try db.execute(sql: "ALTER TABLE people ADD COLUMN language TEXT")
        }
        return migrator
    }

    private func tables(_ db: Database) throws -> [String] {
        try db.fetchAll(sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { try $0.string("name") }
    }

    @Test func appliesPendingMigrationsInOrderAndSetsUserVersion() throws {
        let folder = try TemporaryDirectory()
        let db = try Database(path: folder.path())
        let journal = Journal()
        let migrator = migrator(journal)
        #expect(migrator.latestVersion == 5)
        #expect(try Migrator.version(of: db) == 0)

        #expect(try migrator.migrate(db) == [1, 2, 5])
        #expect(journal.all == ["people", "questions", "language"])
        #expect(try Migrator.version(of: db) == 5)
        #expect(try tables(db) == ["people", "questions"])
        try db.execute(sql: "INSERT INTO people (id, language) VALUES ('@a', 'nl')")

        // Again: nothing to do, nothing runs.
        #expect(try migrator.migrate(db).isEmpty)
        #expect(journal.all == ["people", "questions", "language"])

        // After a restart too.
        db.close()
        let reopened = try Database(path: folder.path())
        #expect(try migrator.migrate(reopened).isEmpty)
        #expect(try Migrator.version(of: reopened) == 5)
        #expect(try reopened.fetchValue(String.self, sql: "SELECT language FROM people") == "nl")
    }

    @Test func appliesOnlyTheMigrationsAfterTheCurrentVersion() throws {
        let db = try Database(path: ":memory:")
        var first = Migrator()
        first.register(version: 1, name: "people") { db in try db.execute(sql: "CREATE TABLE people (id TEXT PRIMARY KEY)") }
        #expect(try first.migrate(db) == [1])

        let journal = Journal()
        #expect(try migrator(journal).migrate(db) == [2, 5])
        #expect(journal.all == ["questions", "language"])
    }

    @Test func refusesANewerDatabaseAndLeavesItUntouched() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path()
        do {
            let db = try Database(path: path)
            try db.execute(sql: "CREATE TABLE future (x)")
            try db.execute(sql: "INSERT INTO future VALUES ('from flowlearn 7')")
            try db.execute(sql: "PRAGMA user_version = 7")
            db.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let db = try Database(path: path)
        let journal = Journal()
        let error = #expect(throws: MigrationError.self) { try migrator(journal).migrate(db) }
        guard case .databaseIsNewer(let found, let known, let errorPath) = error else {
            Issue.record("expected databaseIsNewer, got \(String(describing: error))")
            return
        }
        #expect(found == 7 && known == 5 && errorPath == path)
        #expect(error?.description ==
            "\(path) has schema version 7, but this flowlearn knows only up to 5: upgrade flowlearn, or restore a backup (the file was not changed)")
        #expect(journal.all.isEmpty)
        #expect(try Migrator.version(of: db) == 7)
        #expect(try tables(db) == ["future"])
        db.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFailingMigrationRollsBackAndLeavesThePreviousVersion() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path()
        let db = try Database(path: path)
        var migrator = Migrator()
        migrator.register(version: 1, name: "people") { db in
            try db.execute(sql: "CREATE TABLE people (id TEXT PRIMARY KEY)")
        }
        migrator.register(version: 2, name: "broken") { db in
            try db.execute(sql: "CREATE TABLE half (x)")
            try db.execute(sql: "INSERT INTO people (id) VALUES ('@a')")
            try db.execute(sql: "INSERT INTO nowhere VALUES (1)")
        }
        migrator.register(version: 3, name: "never reached") { db in
            try db.execute(sql: "CREATE TABLE later (x)")
        }

        let error = #expect(throws: MigrationError.self) { try migrator.migrate(db) }
        guard case .migrationFailed(let version, let name, let errorPath, let underlying) = error else {
            Issue.record("expected migrationFailed, got \(String(describing: error))")
            return
        }
        #expect(version == 2 && name == "broken" && errorPath == path)
        #expect((underlying as? SQLiteError)?.message == "no such table: nowhere")
        #expect(error?.description.hasPrefix("\(path): migration 2 (broken) failed and was rolled back: \(path): SQLITE_ERROR (1)") == true)

        #expect(try Migrator.version(of: db) == 1)
        #expect(try tables(db) == ["people"])
        #expect(try db.fetchValue(Int.self, sql: "SELECT count(*) FROM people") == 0)
        #expect(!db.isInTransaction)
    }

    @Test func invalidRegistrationsAreReportedAndChangeNothing() throws {
        let db = try Database(path: ":memory:")
        var duplicate = Migrator()
        duplicate.register(version: 1, name: "a") { db in try db.execute(sql: "CREATE TABLE a (x)") }
        duplicate.register(version: 1, name: "b") { db in try db.execute(sql: "CREATE TABLE b (x)") }
        let error = #expect(throws: MigrationError.self) { try duplicate.migrate(db) }
        #expect(error?.description == "invalid migrations: migrations \"a\" and \"b\" share version 1")

        var zero = Migrator()
        zero.register(version: 0, name: "zero") { _ in }
        #expect(throws: MigrationError.self) { try zero.migrate(db) }

        #expect(try Migrator.version(of: db) == 0)
        #expect(try tables(db).isEmpty)
    }

    @Test func withNoMigrationsAFreshDatabaseIsUpToDate() throws {
        let db = try Database(path: ":memory:")
        #expect(try Migrator().migrate(db).isEmpty)
    }
}
