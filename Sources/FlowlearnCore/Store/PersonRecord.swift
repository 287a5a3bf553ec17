import Foundation

/// What the store knows about one person.
public struct PersonRecord: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?
    /// The language the person writes in, learned from their messages.
    public var language: Language?
    /// IANA timezone name, when known (from the team or the person).
    public var timezone: String?
    public var team: String?
    /// True when the person asked for no more reflection prompts (`pause` / `stop`).
    public var paused: Bool
    /// When Flowlearn first knew the person (from the config or a first message); `nil` before
    /// the store has them.
    public var knownSince: Date?

    public init(id: String, name: String? = nil, language: Language? = nil, timezone: String? = nil,
                team: String? = nil, paused: Bool = false, knownSince: Date? = nil) {
        self.id = id
        self.name = name
        self.language = language
        self.timezone = timezone
        self.team = team
        self.paused = paused
        self.knownSince = knownSince
    }
}
