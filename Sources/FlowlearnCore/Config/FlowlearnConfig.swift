import Foundation

/// The daemon's settings, read from `flowlearn.conf`; every value has a sensible default so the
/// embedded default (no file at all) runs the shell platform on the bundled content.
public struct FlowlearnConfig: Sendable, Equatable {
    /// Which chat platform the daemon talks to.
    public enum Platform: String, Sendable, Equatable, CaseIterable {
        case shell
        case matrix
    }

    /// How much of the reflections a manager may read.
    public enum ShareMode: String, Sendable, Equatable, CaseIterable, Codable {
        case full
        case themes
        case counts
    }

    /// When the bot answers in group rooms (in direct messages it always answers).
    public enum RoomAnswering: String, Sendable, Equatable, CaseIterable {
        case mention
        case questions
        case never
    }

    /// How much the daemon logs.
    public enum LogLevel: String, Sendable, Equatable, CaseIterable, Comparable {
        case debug, info, notice, warning, error

        public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Whether a direct chat the bot opens itself is end-to-end encrypted.
    public enum DirectChatEncryption: String, Sendable, Equatable, CaseIterable {
        /// Like the person's latest direct chat with the bot; without one, when the person has a
        /// device that can encrypt (as Element decides).
        case match
        case always
        case never
    }

    /// `[matrix]`: where the homeserver is and how the bot behaves there.
    public struct Matrix: Sendable, Equatable {
        public var homeserver: String?
        public var user: String?
        public var tokenFile: String?
        public var answerInRooms: RoomAnswering = .mention
        public var allowedInviters: [String] = []
        /// The file with the key that encrypts the stored encryption keys; `nil`:
        /// `$CREDENTIALS_DIRECTORY/matrix-pickle-key`.
        public var pickleKeyFile: String?
        public var directChatEncryption: DirectChatEncryption = .match
        public init() {}
    }

    /// `[reflection]`: when the weekly prompt goes out.
    public struct Reflection: Sendable, Equatable {
        public var day: Weekday = .friday
        public var time = TimeOfDay(hour: 15, minute: 30)
        /// Seconds after the prompt to send one reminder; 0 sends none.
        public var reminderAfter: TimeInterval = 4 * 3600
        public var skipWeeks: Set<ISOWeek> = []
        /// Whether the prompt carries the one-tap 1–5 pulse question.
        public var pulse = true
        /// Every this many weeks the prompt asks who people learned from; 0 never.
        public var learnedFromEvery = 4
        public init() {}
    }

    /// `[summary]`: when managers get the weekly summary and what it shows.
    public struct Summary: Sendable, Equatable {
        public var day: Weekday = .monday
        public var time = TimeOfDay(hour: 8, minute: 30)
        public var share: ShareMode = .themes
        /// A topic (a lesson asked for, a gap theme, a reflection theme) is shown to the manager
        /// only when at least this many different people contributed to it.
        public var minimumPeople = 3
        public init() {}
    }

    /// `[team NAME]`: a manager and the people whose reflections they read.
    public struct Team: Sendable, Equatable {
        public var name: String
        public var manager: String
        public var members: [String]
        public var timezone: TimeZone?
        public var line: Int
        public init(name: String, manager: String, members: [String], timezone: TimeZone? = nil, line: Int = 0) {
            self.name = name
            self.manager = manager
            self.members = members
            self.timezone = timezone
            self.line = line
        }
    }

    /// The file this was read from; `nil` for the embedded default.
    public var path: String?
    public var platform: Platform = .shell
    /// The language for people whose language is not known yet.
    public var language: Language = .en
    public var timezone: TimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
    /// The content folder.
    public var content: String = "content"
    /// The state folder, holding the store.
    public var state: String = "var"
    public var logLevel: LogLevel = .info
    /// Replies older than this are purged daily.
    public var retentionDays: Int = 365
    public var matrix = Matrix()
    public var reflection = Reflection()
    public var summary = Summary()
    /// `[report]`: where the daemon writes each team's HTML report (see `FlowlearnConfig+Visibility.swift`).
    public var report = Report()
    /// `[xapi]`: the learning record store statements go to (see `FlowlearnConfig+Visibility.swift`).
    public var xapi = XAPI()
    /// `[learning]`: learning paths and follow-ups.
    public var learning = Learning()
    public var teams: [Team] = []

    public init() {}

    /// The path of the SQLite store inside the state folder.
    public var storePath: String { (state as NSString).appendingPathComponent("flowlearn.sqlite") }

    /// The path of the Matrix encryption key store inside the state folder.
    public var cryptoStorePath: String { (state as NSString).appendingPathComponent("matrix-crypto.sqlite") }

    /// The team `person` belongs to, if any.
    public func team(of person: String) -> Team? {
        teams.first { $0.members.contains(person) }
    }
}
