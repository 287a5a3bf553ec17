/// Exponential backoff with jitter for retrying a homeserver that is down or overloaded.
///
/// The n-th consecutive failure waits a random time between half and all of
/// `min(maximum, initial × 2ⁿ⁻¹)` ("equal jitter"): growing, capped, and never in lockstep with
/// other clients hammering a homeserver that just came back. A success resets it.
public struct Backoff: Sendable, Equatable {
    public var initial: Duration
    public var maximum: Duration
    /// Consecutive failures so far.
    public private(set) var failures = 0

    public init(initial: Duration = .milliseconds(500), maximum: Duration = .seconds(30)) {
        self.initial = initial
        self.maximum = maximum
    }

    /// The cap for the next wait, before jitter.
    public var ceiling: Duration {
        var delay = initial
        for _ in 0..<max(0, min(failures, 40)) {
            delay = delay * 2
            if delay >= maximum { return maximum }
        }
        return min(delay, maximum)
    }

    /// Counts a failure and returns how long to wait before the next attempt.
    public mutating func nextDelay() -> Duration {
        var generator = SystemRandomNumberGenerator()
        return nextDelay(using: &generator)
    }

    /// ``nextDelay()`` with a given random source (for tests).
    public mutating func nextDelay<G: RandomNumberGenerator>(using generator: inout G) -> Duration {
        let cap = ceiling
        failures += 1
        let capMillis = max(2, cap.wholeMilliseconds)
        let millis = capMillis / 2 + Int64.random(in: 0...(capMillis / 2), using: &generator)
        return .milliseconds(millis)
    }

    /// Forgets the failures after a success.
    public mutating func reset() { failures = 0 }
}
