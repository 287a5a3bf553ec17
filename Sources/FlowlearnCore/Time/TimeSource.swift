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
