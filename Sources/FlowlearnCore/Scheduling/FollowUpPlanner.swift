import Foundation

/// Decides which follow-up is due: `[learning] follow_up_after` working days after someone got a
/// lesson, the bot asks once whether it helped in practice. Pure: the caller passes the time and
/// what the store knows.
///
/// At most one follow-up a person a day; none while they paused, none on a day that is not a
/// working day (weekends, skipped weeks), none for a lesson they rated 👎, and each lesson
/// (with its twin) at most once a person. One missed while the daemon was down, or held back by
/// the one-a-day rule, still comes up to ``lapseAfter`` working days late, then lapses.
public struct FollowUpPlanner: Sendable {
    /// A person who may get follow-ups.
    public struct Person: Sendable, Equatable {
        public var id: String
        public var timeZone: TimeZone
        public var paused: Bool
        /// The topics (see ``Delivery/topic``) they were asked about already.
        public var asked: Set<String>
        /// The local date of the last follow-up they were asked.
        public var lastAskedOn: LocalDate?

        public init(id: String, timeZone: TimeZone, paused: Bool, asked: Set<String> = [], lastAskedOn: LocalDate? = nil) {
            self.id = id
            self.timeZone = timeZone
            self.paused = paused
            self.asked = asked
            self.lastAskedOn = lastAskedOn
        }
    }

    /// One lesson someone got: an answer to their question, or a path step.
    public struct Delivery: Sendable, Equatable {
        public var person: String
        public var lesson: String
        /// The lesson and its twin share one topic: the smaller of the two ids.
        public var topic: String
        public var at: Date
        /// They rated it 👎.
        public var ratedDown: Bool

        public init(person: String, lesson: String, topic: String? = nil, at: Date, ratedDown: Bool = false) {
            self.person = person
            self.lesson = lesson
            self.topic = topic ?? lesson
            self.at = at
            self.ratedDown = ratedDown
        }
    }

    /// A follow-up that is due now.
    public struct Due: Sendable, Equatable {
        public var person: String
        /// The lesson as it was last delivered.
        public var lesson: String
        public var topic: String
        public var deliveredAt: Date
        /// Today, in the person's timezone.
        public var date: LocalDate

        /// The unique key of asking it: once per person and topic.
        public var key: String { "follow-up:\(person):\(topic)" }
    }

    /// Working days after its due day that a follow-up may still come.
    public static let lapseAfter = 5

    public var calendar: WorkingDays
    /// Working days after the delivery; 0: no follow-ups.
    public var after: Int

    public init(calendar: WorkingDays, after: Int) {
        self.calendar = calendar
        self.after = after
    }

    /// The follow-ups due at `now`: at most one a person, the one due longest ago first.
    public func due(now: Date, people: [Person], deliveries: [Delivery]) -> [Due] {
        guard after > 0 else { return [] }
        var byPerson: [String: [Delivery]] = [:]
        for delivery in deliveries { byPerson[delivery.person, default: []].append(delivery) }
        var result: [Due] = []
        for person in people where !person.paused {
            guard let given = byPerson[person.id], calendar.isOpen(at: now, in: person.timeZone) else { continue }
            let today = LocalDate(now, in: person.timeZone)
            if person.lastAskedOn == today { continue }
            var latest: [String: Delivery] = [:]
            var ratedDown: Set<String> = []
            for delivery in given {
                if delivery.ratedDown { ratedDown.insert(delivery.topic) }
                if latest[delivery.topic].map({ $0.at < delivery.at }) ?? true { latest[delivery.topic] = delivery }
            }
            let candidates = latest.values.filter { !person.asked.contains($0.topic) && !ratedDown.contains($0.topic) }
                .compactMap { delivery -> (LocalDate, Delivery)? in
                    let dueOn = calendar.adding(after, to: LocalDate(delivery.at, in: person.timeZone))
                    guard dueOn <= today, calendar.count(from: dueOn, to: today) <= Self.lapseAfter else { return nil }
                    return (dueOn, delivery)
                }
                .sorted { ($0.0, $0.1.topic) < ($1.0, $1.1.topic) }
            if let (_, delivery) = candidates.first {
                result.append(Due(person: person.id, lesson: delivery.lesson, topic: delivery.topic, deliveredAt: delivery.at, date: today))
            }
        }
        return result
    }
}
