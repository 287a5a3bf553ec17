import Foundation

/// Where the core gets the current time from, so every rule can be tested with a chosen time.
public protocol TimeSource: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The real time of the machine.
public struct SystemTimeSource: TimeSource {
    public init() {}
    public func now() -> Date { Date() }
}

/// The real time moved to a chosen instant: it reads `start` when it is made and then runs on
/// at the real rate. Lets the whole program (daemon and commands) live at another moment of
/// the week, for tests and for trying the weekly cycle.
public struct ShiftedTimeSource: TimeSource {
    /// How far this clock is ahead of (positive) or behind the machine's.
    public let offset: TimeInterval

    public init(start: Date, realNow: Date = Date()) {
        offset = start.timeIntervalSince(realNow)
    }

    public func now() -> Date { Date().addingTimeInterval(offset) }
}
