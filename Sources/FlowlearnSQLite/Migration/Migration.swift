/// One step of a schema: a version number, a name for messages, and the work that brings the
/// schema from the previous version to this one.
///
/// The work runs inside a transaction that ``Migrator`` opens; it must not open or commit
/// transactions of its own (a nested `Database.transaction` becomes a savepoint, which is
/// fine), and it cannot change `PRAGMA foreign_keys` (SQLite ignores that inside a transaction).
public struct Migration: Sendable {
    /// The schema version after this migration; `PRAGMA user_version` is set to it.
    public var version: Int
    /// What it does, for messages: "people and questions".
    public var name: String
    /// The work.
    public var apply: @Sendable (Database) throws -> Void

    public init(version: Int, name: String, apply: @escaping @Sendable (Database) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }
}
