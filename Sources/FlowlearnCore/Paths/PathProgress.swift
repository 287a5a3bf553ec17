/// Where one person stands on one path: what `flowlearn path status` prints and the manager
/// summary counts.
public struct PathProgress: Sendable, Equatable, Codable {
    /// The step that comes next, and the day it is planned for (`nil`: after the step before it).
    public struct Next: Sendable, Equatable, Codable {
        public var step: String
        public var date: LocalDate?
    }

    /// A step that is not done this many working days after its day puts the person behind.
    public static let behindAfter = 2

    public var person: String
    public var path: String
    public var title: String
    public var start: LocalDate
    public var buddy: String?
    public var total: Int
    public var done = 0
    public var skipped = 0
    /// Sent, and not done or skipped yet.
    public var waiting = 0
    /// Not sent yet.
    public var toCome = 0
    /// A step is not done two working days after its day.
    public var behind = false
    public var next: Next?

    public init(person: String, path: String, title: String, start: LocalDate, buddy: String?, total: Int) {
        self.person = person
        self.path = path
        self.title = title
        self.start = start
        self.buddy = buddy
        self.total = total
    }

    /// Every step done or skipped.
    public var finished: Bool { done + skipped == total }
}
