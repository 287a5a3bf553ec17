/// A value axis with round tick values: 0, 5, 10, 15 rather than 0, 4.6, 9.2.
struct ChartAxis: Sendable, Equatable {
    var range: ClosedRange<Double>
    var ticks: [Double]

    /// An axis from `fixed` when given, else from zero to a round value at or above `maximum`,
    /// with at most `tickCount` steps between ticks.
    init(maximum: Double, fixed: ClosedRange<Double>?, tickCount: Int = 5) {
        let lower = fixed?.lowerBound ?? 0
        let upper = fixed?.upperBound ?? max(maximum, 1)
        let step = ChartAxis.step(for: upper - lower, intervals: max(1, tickCount))
        let top = fixed == nil ? (upper / step).rounded(.up) * step : upper
        range = lower...top
        var ticks: [Double] = []
        var value = (lower / step).rounded(.up) * step
        while value <= top + step * 1e-9 {
            ticks.append(value)
            value += step
        }
        self.ticks = ticks
    }

    /// The smallest of 1, 2, 5 × 10ⁿ (whole numbers: counts are whole) that covers `span` in at
    /// most `intervals` steps.
    static func step(for span: Double, intervals: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        var magnitude = 1.0
        while true {
            for factor in [1.0, 2, 5] where (span / (factor * magnitude)).rounded(.up) <= Double(intervals) {
                return factor * magnitude
            }
            magnitude *= 10
        }
    }

    /// Where `value` falls between `start` (the range's lower bound) and `end` (its upper bound).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        let span = range.upperBound - range.lowerBound
        let share = span == 0 ? 0 : (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
        return start + (end - start) * share
    }
}
