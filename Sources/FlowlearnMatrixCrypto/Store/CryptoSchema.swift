import FlowlearnSQLite

/// The key store's schema (`state/matrix-crypto.sqlite`, its own file with its own versions):
/// every secret column holds a libolm pickle, encrypted with the pickle key.
enum CryptoSchema {
    static let migrations: [(version: Int, name: String, sql: [String])] = [
        (1, "device, sessions, room keys, devices, held events", [
            // This installation's device: its Olm account (identity and one-time keys).
            """
            CREATE TABLE account (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                user_id TEXT NOT NULL,
                device_id TEXT NOT NULL,
                curve25519 TEXT NOT NULL,
                ed25519 TEXT NOT NULL,
                pickle TEXT NOT NULL,
                keys_uploaded_at REAL,
                created_at REAL NOT NULL
            )
            """,
            // Olm sessions with other devices (by their Curve25519 identity key).
            """
            CREATE TABLE olm_sessions (
                session_id TEXT PRIMARY KEY,
                their_key TEXT NOT NULL,
                pickle TEXT NOT NULL,
                last_used REAL NOT NULL
            )
            """,
            "CREATE INDEX olm_sessions_by_key ON olm_sessions(their_key, last_used)",
            // Others' Megolm sessions, received as m.room_key: what decrypts their room messages.
            """
            CREATE TABLE room_keys (
                room_id TEXT NOT NULL,
                session_id TEXT NOT NULL,
                sender TEXT NOT NULL,
                sender_key TEXT NOT NULL,
                first_index INTEGER NOT NULL,
                pickle TEXT NOT NULL,
                received_at REAL NOT NULL,
                PRIMARY KEY (room_id, session_id)
            )
            """,
            // The bot's own Megolm session per room, and who has its key.
            """
            CREATE TABLE outbound_sessions (
                room_id TEXT PRIMARY KEY,
                session_id TEXT NOT NULL,
                pickle TEXT NOT NULL,
                created_at REAL NOT NULL,
                messages INTEGER NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE outbound_shares (
                room_id TEXT NOT NULL,
                session_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                device_id TEXT NOT NULL,
                PRIMARY KEY (room_id, session_id, user_id, device_id)
            )
            """,
            // Other users' devices (checked signatures), and whose lists are known and current.
            """
            CREATE TABLE devices (
                user_id TEXT NOT NULL,
                device_id TEXT NOT NULL,
                curve25519 TEXT NOT NULL,
                ed25519 TEXT NOT NULL,
                PRIMARY KEY (user_id, device_id)
            )
            """,
            "CREATE TABLE tracked_users (user_id TEXT PRIMARY KEY, outdated INTEGER NOT NULL)",
            // Rooms' m.room.encryption (algorithm NULL: checked, not encrypted).
            "CREATE TABLE rooms (room_id TEXT PRIMARY KEY, algorithm TEXT, rotation_ms INTEGER, rotation_messages INTEGER)",
            // Encrypted messages waiting for their key; `released` once handed to the daemon.
            """
            CREATE TABLE held_events (
                event_id TEXT PRIMARY KEY,
                room_id TEXT NOT NULL,
                event TEXT NOT NULL,
                held_at REAL NOT NULL,
                released INTEGER NOT NULL DEFAULT 0
            )
            """,
            // Sessions whose sender said it will not share the key with this device.
            "CREATE TABLE withheld (room_id TEXT NOT NULL, session_id TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (room_id, session_id))",
            // What `flowlearn status` shows: key counts, the last problem.
            "CREATE TABLE health (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at REAL NOT NULL)",
        ]),
    ]

    static var migrator: Migrator { Migrator(statements: migrations) }
}
