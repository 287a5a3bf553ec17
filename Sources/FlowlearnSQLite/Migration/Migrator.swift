/// Brings a database's schema up to date with ordered migrations, tracking the schema version in
/// `PRAGMA user_version` (0 for a new database).
///
/// ```swift
/// var migrator = Migrator()
/// migrator.register(version: 1, name: "people") { db in
///     try db.execute(sql: "CREATE TABLE people (chat_id TEXT PRIMARY KEY, name TEXT)")
/// }
/// try migrator.migrate(db)
/// ```
///
/// Each pending migration runs in its own transaction together with setting `user_version`, so
/// a failing migration leaves the database at the previous version, and a crash never leaves a
/// half-applied one. A database whose version is newer than every registered migration is
/// refused and left untouched. Running `migrate` again is a no-op.
public struct Migrator: Sendable {
    /// The registered migrations, in registration order.
    public private(set) var migrations: [Migration] = []

    public init() {}

    /// Migrations that each run a list of SQL statements, in order.
    public init(statements migrations: [(version: Int, name: String, sql: [String])]) {
        for migration in migrations {
            let statements = migration.sql
            register(version: migration.version, name: migration.name) { db in
                for sql in statements { try db.execute(sql: sql) }
            }
        }
    }

    /// Adds a migration. Register them in increasing version order; versions must be positive
    /// and unique (``migrate(_:)`` reports a violation as ``MigrationError/invalidMigrations(reason:)``).
    public mutating func register(_ migration: Migration) {
        migrations.append(migration)
    }

    /// Adds a migration to `version`, named `name` for messages, doing `apply`.
    public mutating func register(version: Int, name: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
        register(Migration(version: version, name: name, apply: apply))
    }

    /// The highest registered version: what ``migrate(_:)`` brings a database to.
    public var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// The schema version of `db` (`PRAGMA user_version`).
    public static func version(of db: Database) throws -> Int {
        try db.fetchValue(Int.self, sql: "PRAGMA user_version") ?? 0
    }

    /// Applies the pending migrations in version order, each in its own transaction that also
    /// sets `user_version`. Returns the versions applied (empty when up to date).
    ///
    /// - Throws: ``MigrationError/databaseIsNewer(found:known:path:)`` (nothing changed),
    ///   ``MigrationError/migrationFailed(version:name:path:underlying:)`` (that migration rolled
    ///   back, earlier ones kept), ``MigrationError/invalidMigrations(reason:)``, or an
    ///   ``SQLiteError`` from reading or writing the version.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        let ordered = try validated()
        let known = ordered.last?.version ?? 0
        let current = try Self.version(of: db)
        if current > known {
            throw MigrationError.databaseIsNewer(found: current, known: known, path: db.path)
        }
        var applied: [Int] = []
        for migration in ordered where migration.version > current {
            let didApply = try db.transaction { db -> Bool in
                // Read again under the write lock: another process may have migrated meanwhile.
                let now = try Self.version(of: db)
                if now > known { throw MigrationError.databaseIsNewer(found: now, known: known, path: db.path) }
                guard now < migration.version else { return false }
                do {
                    try migration.apply(db)
                    // An integer from our own registration, not a value from outside: PRAGMA
                    // takes no bound parameters.
                    try db.execute(sql: "PRAGMA user_version = \(migration.version)")
                } catch {
                    throw MigrationError.migrationFailed(version: migration.version, name: migration.name,
                                                         path: db.path, underlying: error)
                }
                return true
            }
            if didApply { applied.append(migration.version) }
        }
        return applied
    }

    /// The migrations sorted by version, after checking the versions.
    private func validated() throws -> [Migration] {
        let ordered = migrations.sorted { $0.version < $1.version }
        if let bad = ordered.first(where: { $0.version <= 0 }) {
            throw MigrationError.invalidMigrations(reason: "migration \"\(bad.name)\" has version \(bad.version); versions start at 1")
        }
        for (previous, next) in zip(ordered, ordered.dropFirst()) where previous.version == next.version {
            throw MigrationError.invalidMigrations(
                reason: "migrations \"\(previous.name)\" and \"\(next.name)\" share version \(next.version)")
        }
        if ordered.last.map({ $0.version > Int(Int32.max) }) == true {
            throw MigrationError.invalidMigrations(reason: "versions must fit in 32 bits (PRAGMA user_version)")
        }
        return ordered
    }
}
