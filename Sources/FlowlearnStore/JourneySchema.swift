/// Migration 8: the learning journey — people on learning paths and their steps, follow-ups
/// on delivered lessons, learning goals, and the colleagues people name as those they learned from.
enum JourneySchema {
    static let name = "learning paths, follow-ups, goals, who people learn from"

    static let statements = [
        """
        CREATE TABLE path_enrolments (
            person TEXT NOT NULL,
            path TEXT NOT NULL,
            start_date TEXT NOT NULL,
            buddy TEXT,
            started_by TEXT,
            started_at REAL NOT NULL,
            PRIMARY KEY (person, path)
        )
        """,
        """
        CREATE TABLE path_steps (
            person TEXT NOT NULL,
            path TEXT NOT NULL,
            step TEXT NOT NULL,
            lesson_id TEXT,
            sent_at REAL NOT NULL,
            last_sent_at REAL NOT NULL,
            last_sent_on TEXT NOT NULL,
            done_at REAL,
            skipped_at REAL,
            postponed_to TEXT,
            PRIMARY KEY (person, path, step),
            FOREIGN KEY (person, path) REFERENCES path_enrolments(person, path) ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE follow_ups (
            person TEXT NOT NULL,
            topic TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            delivered_at REAL NOT NULL,
            asked_at REAL NOT NULL,
            asked_on TEXT NOT NULL,
            answer TEXT CHECK (answer IN ('used', 'not_yet', 'did_not_help')),
            note TEXT,
            answered_at REAL,
            PRIMARY KEY (person, topic)
        )
        """,
        "CREATE INDEX follow_ups_by_lesson ON follow_ups(lesson_id)",
        """
        CREATE TABLE goals (
            person TEXT NOT NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            private INTEGER NOT NULL DEFAULT 0,
            message_id TEXT NOT NULL UNIQUE,
            set_at REAL NOT NULL,
            done_at REAL,
            PRIMARY KEY (person, number)
        )
        """,
        """
        CREATE TABLE learned_from (
            id INTEGER PRIMARY KEY,
            person TEXT NOT NULL,
            named TEXT NOT NULL,
            week TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL,
            at REAL NOT NULL,
            UNIQUE (message_id, named)
        )
        """,
        "CREATE INDEX learned_from_by_person ON learned_from(person, week)",
        "CREATE INDEX learned_from_by_named ON learned_from(named)",
    ]
}
