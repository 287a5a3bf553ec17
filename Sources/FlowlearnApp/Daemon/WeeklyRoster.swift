import Foundation
import FlowlearnCore
import FlowlearnStore

/// Who takes part in the weekly cycle, as the scheduler sees them: every team member with their
/// timezone, pause and the moment Flowlearn first knew them, and every team with its timezone
/// and first appearance. Read from the config and the store.
struct WeeklyRoster {
    let config: FlowlearnConfig
    let store: SQLiteLearningStore

    /// Everyone who gets weekly prompts: the members of every team, once each.
    func people() throws -> [WeeklyScheduler.Person] {
        var result: [WeeklyScheduler.Person] = []
        for team in config.teams {
            for member in team.members where !result.contains(where: { $0.id == member }) {
                let record = try store.person(member)
                result.append(.init(id: member, timeZone: timeZone(of: member, record: record), paused: record?.paused ?? false,
                                    knownSince: record?.knownSince ?? .distantFuture))
            }
        }
        return result
    }

    /// Every team, with when it first appeared in the store (not yet: never summarised).
    func teams() throws -> [WeeklyScheduler.Team] {
        let known = try store.teamsKnownSince()
        return config.teams.map { .init(name: $0.name, timeZone: timeZone(of: $0), knownSince: known[$0.name] ?? .distantFuture) }
    }

    func timeZone(of team: FlowlearnConfig.Team) -> TimeZone {
        team.timezone ?? config.timezone
    }

    func timeZone(of person: String, record: PersonRecord?) -> TimeZone {
        if let id = record?.timezone, let tz = TimeZone(identifier: id) { return tz }
        return config.team(of: person).map(timeZone(of:)) ?? config.timezone
    }
}
