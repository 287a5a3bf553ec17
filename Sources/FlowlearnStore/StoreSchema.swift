import FlowlearnSQLite

/// The store's schema, as ordered migrations: each runs once, in a transaction, and raises
/// `PRAGMA user_version`. A store newer than this binary knows is refused, never changed.
enum StoreSchema {
    /// Each migration: its version, a name for messages, and its statements.
    static let migrations: [(version: Int, name: String, sql: [String])] = [
        (1, "questions, outbox, sync cursors", [
            """
            CREATE TABLE people (
                id TEXT PRIMARY KEY,
                name TEXT,
                language TEXT CHECK (language IN ('nl', 'en')),
                timezone TEXT,
                team TEXT,
                paused INTEGER NOT NULL DEFAULT 0,
                forget_requested_at REAL,
                created_at REAL NOT NULL
            )
            """,
            """
            CREATE TABLE questions (
                id INTEGER PRIMARY KEY,
                message_id TEXT NOT NULL UNIQUE,
                person TEXT NOT NULL,
                room TEXT NOT NULL,
                text TEXT NOT NULL,
                language TEXT NOT NULL,
                lesson_id TEXT,
                confidence REAL NOT NULL,
                alternatives TEXT NOT NULL DEFAULT '',
                asked_at REAL NOT NULL,
                feedback INTEGER CHECK (feedback IN (-1, 1)),
                feedback_at REAL
            )
            """,
            "CREATE INDEX questions_by_person ON questions(person, asked_at)",
            "CREATE INDEX questions_by_time ON questions(asked_at)",
            """
            CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                txn_id TEXT NOT NULL UNIQUE,
                destination_kind TEXT NOT NULL CHECK (destination_kind IN ('room', 'person')),
                destination TEXT NOT NULL,
                text TEXT NOT NULL,
                in_reply_to TEXT,
                purpose TEXT NOT NULL,
                purpose_ref TEXT,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                queued_at REAL NOT NULL,
                sent_at REAL,
                platform_message_id TEXT
            )
            """,
            "CREATE INDEX outbox_pending ON outbox(state, id)",
            "CREATE INDEX outbox_by_platform_id ON outbox(platform_message_id)",
            "CREATE TABLE handled_events (key TEXT PRIMARY KEY, handled_at REAL NOT NULL)",
            "CREATE TABLE sync_cursors (platform TEXT PRIMARY KEY, cursor TEXT NOT NULL, updated_at REAL NOT NULL)",
        ]),
        (2, "weekly reflections and summaries", [
            """
            CREATE TABLE reflection_prompts (
                person TEXT NOT NULL,
                week TEXT NOT NULL,
                prompted_at REAL NOT NULL,
                closes_at REAL NOT NULL,
                reminded_at REAL,
                skipped_at REAL,
                pulse INTEGER CHECK (pulse BETWEEN 1 AND 5),
                PRIMARY KEY (person, week)
            )
            """,
            """
            CREATE TABLE reflection_replies (
                id INTEGER PRIMARY KEY,
                person TEXT NOT NULL,
                week TEXT NOT NULL,
                message_id TEXT NOT NULL UNIQUE,
                text TEXT NOT NULL,
                private INTEGER NOT NULL,
                received_at REAL NOT NULL,
                FOREIGN KEY (person, week) REFERENCES reflection_prompts(person, week) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX replies_by_week ON reflection_replies(week, person)",
            "CREATE TABLE summaries_sent (team TEXT NOT NULL, week TEXT NOT NULL, sent_at REAL NOT NULL, PRIMARY KEY (team, week))",
            "CREATE TABLE daemon_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at REAL NOT NULL)",
        ]),
        (3, "when teams appeared, messages waiting for 'reflection or question?', close calls", [
            // A summary covers only weeks a team existed in: when it first appeared. Teams of an
            // older store appeared when their first member did.
            "CREATE TABLE teams (name TEXT PRIMARY KEY, first_seen_at REAL NOT NULL)",
            "INSERT INTO teams (name, first_seen_at) SELECT team, MIN(created_at) FROM people WHERE team IS NOT NULL GROUP BY team",
            """
            CREATE TABLE unclear_messages (
                person TEXT PRIMARY KEY,
                message_id TEXT NOT NULL,
                room TEXT NOT NULL,
                text TEXT NOT NULL,
                week TEXT NOT NULL,
                received_at REAL NOT NULL
            )
            """,
            // Close calls: the lesson a question came closest to, and a lesson picked from the offered ones.
            "ALTER TABLE questions ADD COLUMN closest_lesson TEXT",
            "ALTER TABLE questions ADD COLUMN chosen INTEGER NOT NULL DEFAULT 0",
        ]),
        (6, "learning records on their way to the learning record store (xAPI)", [
            // One row per xAPI statement: its id is fixed here, in the transaction of the turn
            // that caused it. After sending only the link from statement id to person is needed
            // (to void it when the person is forgotten).
            """
            CREATE TABLE learning_records (
                seq INTEGER PRIMARY KEY,
                statement_id TEXT NOT NULL UNIQUE,
                person TEXT,
                verb TEXT NOT NULL,
                object TEXT,
                value INTEGER,
                language TEXT,
                follows TEXT,
                occurred_at REAL NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'set_aside')),
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                queued_at REAL NOT NULL,
                sent_at REAL
            )
            """,
            "CREATE INDEX learning_records_pending ON learning_records(state, seq)",
            "CREATE INDEX learning_records_by_person ON learning_records(person)",
        ]),
        (8, JourneySchema.name, JourneySchema.statements),
    ]
}

extension SQLiteLearningStore {
    /// The migrator for the store's schema.
    func migrator() -> Migrator { Migrator(statements: StoreSchema.migrations) }
}
