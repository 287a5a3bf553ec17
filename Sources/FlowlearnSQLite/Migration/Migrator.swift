/// Brings a database's schema up to date with ordered migrations, tracked in
/// `PRAGMA user_version`. Each migration runs in its own transaction with its version bump, so a
/// failing one leaves the schema at the previous version. A database newer than the migrations
/// known here is refused untouched.
public struct Migrator: Sendable {
    /// One step of the schema.
    public struct Migration: Sendable {
        public var version: Int
        public var name: String
        public var apply: @Sendable (Database) throws -> Void

        public init(version: Int, name: String, apply: @escaping @Sendable (Database) throws -> Void) {
            self.version = version
            self.name = name
            self.apply = apply
        }
    }

    public private(set) var migrations: [Migration] = []

    public init() {}

    /// Adds a migration; versions must increase.
    public mutating func register(version: Int, name: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
        precondition(version > (migrations.last?.version ?? 0), "migration versions must increase")
        migrations.append(Migration(version: version, name: name, apply: apply))
    }

    /// The highest version this migrator knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// The schema version of `db`.
    public static func version(of db: Database) throws -> Int {
        Int(try db.rows("PRAGMA user_version").first?.int64("user_version") ?? 0)
    }

    /// Applies the pending migrations. Returns the versions applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        let current = try Self.version(of: db)
        if current > latestVersion {
            throw MigrationError.databaseIsNewer(found: current, known: latestVersion, path: db.path)
        }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            do {
                try db.transaction {
                    try migration.apply(db)
                    try db.execute("PRAGMA user_version = \(migration.version)")
                }
            } catch {
                throw MigrationError.failed(version: migration.version, name: migration.name, path: db.path, reason: "\(error)")
            }
            applied.append(migration.version)
        }
        return applied
    }
}

/// Why a schema could not be brought up to date.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file was written by a newer Flowlearn: nothing is changed.
    case databaseIsNewer(found: Int, known: Int, path: String)
    /// A migration failed and was rolled back.
    case failed(version: Int, name: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .databaseIsNewer(let found, let known, let path):
            return "\(path) has schema version \(found), but this flowlearn knows only up to \(known): upgrade flowlearn, or restore a backup made with this version; the file was not changed"
        case .failed(let version, let name, let path, let reason):
            return "\(path): migration \(version) (\(name)) failed and was rolled back: \(reason)"
        }
    }
}
