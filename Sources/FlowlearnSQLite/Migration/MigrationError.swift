/// Why ``Migrator/migrate(_:)`` could not bring a schema up to date.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// The database was written by a newer program: its `user_version` (`found`) is above the
    /// highest version this program knows (`known`). Nothing was changed.
    case databaseIsNewer(found: Int, known: Int, path: String)
    /// A migration threw (`underlying`: usually an ``SQLiteError``). Its changes were rolled
    /// back; the schema is at the version before it, with the earlier migrations kept.
    case migrationFailed(version: Int, name: String, path: String, underlying: any Error)
    /// The registered migrations are unusable: two share a version, or a version is not
    /// positive. Nothing was changed. (A programming error, reported rather than crashing.)
    case invalidMigrations(reason: String)

    public var description: String {
        switch self {
        case .databaseIsNewer(let found, let known, let path):
            return "\(path) has schema version \(found), but this flowlearn knows only up to \(known): "
                + "upgrade flowlearn, or restore a backup (the file was not changed)"
        case .migrationFailed(let version, let name, let path, let underlying):
            return "\(path): migration \(version) (\(name)) failed and was rolled back: \(underlying)"
        case .invalidMigrations(let reason):
            return "invalid migrations: \(reason)"
        }
    }
}
