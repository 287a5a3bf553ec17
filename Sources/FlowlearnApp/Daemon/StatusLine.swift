import Foundation
import FlowlearnCore
import FlowlearnStore

/// The daemon's one-line state for systemd's STATUS: what it answers from and what comes next.
struct StatusLine: Sendable {
    let settings: LiveSettings
    let store: SQLiteLearningStore
    let platform: any ChatPlatform
    let clock: any TimeSource

    func text() -> String {
        let config = settings.config
        let lessons = settings.engine.matcher.library.lessons.count
        var parts = ["\(platform.name): " + (platform.connectionSummary.map { $0 + ", " } ?? "") + "answering from \(lessons) lessons"]
        let scheduler = WeeklyScheduler(planner: ReflectionPlanner(config: config))
        if let people = try? WeeklyRoster(config: config, store: store).people(),
           let next = scheduler.nextPrompt(after: clock.now(), people: people) {
            parts.append("next reflection " + Self.format(next, timeZone: config.timezone))
        }
        if let pending = try? store.pendingOutbox(limit: 1000).count, pending > 0 {
            parts.append("\(pending) message\(pending == 1 ? "" : "s") waiting to be sent")
        }
        return parts.joined(separator: ", ")
    }

    /// "Fri 27 Nov 15:30" in `timeZone` (English, as systemd's own status lines are).
    static func format(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((parts.weekday ?? 1) - 1 + 7) % 7]
        let month = months[((parts.month ?? 1) - 1 + 12) % 12]
        return "\(weekday) \(parts.day ?? 1) \(month) \(NumberText.padded(parts.hour ?? 0, width: 2)):\(NumberText.padded(parts.minute ?? 0, width: 2))"
    }
}
