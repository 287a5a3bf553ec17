import Foundation

/// What the conversation needs of the config for the learning journey: who manages whom (a
/// manager may start a path for their team's members), timezones, and the working days.
public struct JourneySettings: Sendable, Equatable {
    public var teams: [FlowlearnConfig.Team] = []
    /// For people whose team sets no timezone.
    public var defaultTimeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
    public var calendar = WorkingDays()

    public init() {}

    public init(config: FlowlearnConfig) {
        teams = config.teams
        defaultTimeZone = config.timezone
        calendar = WorkingDays(config: config)
    }

    /// The timezone of `person`: the one the store knows, else their team's, else the default.
    public func timeZone(of person: String, known: String? = nil) -> TimeZone {
        if let known, let zone = TimeZone(identifier: known) { return zone }
        return teams.first { $0.members.contains(person) }?.timezone ?? defaultTimeZone
    }

    /// Whether `manager` manages a team `person` is a member of.
    public func manages(_ manager: String, _ person: String) -> Bool {
        teams.contains { $0.manager == manager && $0.members.contains(person) }
    }
}
