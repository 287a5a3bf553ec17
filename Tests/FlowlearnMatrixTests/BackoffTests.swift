import Testing
@testable import FlowlearnMatrix

@Suite struct BackoffTests {
    @Test func delaysGrowWithJitterUpToTheCapAndResetAfterSuccess() {
        var backoff = Backoff(initial: .milliseconds(500), maximum: .seconds(8))
        var delays: [Duration] = []
        for _ in 0..<8 { delays.append(backoff.nextDelay()) }
        let caps: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8), .seconds(8)]
        for (delay, cap) in zip(delays, caps) {
            #expect(delay >= cap / 2 && delay <= cap, "\(delay) not within [\(cap / 2), \(cap)]")
        }
        #expect(backoff.failures == 8)
        backoff.reset()
        #expect(backoff.failures == 0)
        #expect(backoff.nextDelay() <= .milliseconds(500))
    }

    @Test func jitterSpreadsClients() {
        var seen = Set<Duration>()
        for _ in 0..<20 {
            var backoff = Backoff(initial: .seconds(4), maximum: .seconds(30))
            seen.insert(backoff.nextDelay())
        }
        #expect(seen.count > 1)
    }
}
