/// Numbers written for people and for keys, without Foundation's `String(format:)` and
/// formatters: the daemon stays lean (those load megabytes of locale data into a long-running
/// process for a zero-padded week number).
public enum NumberText {
    /// `n` with leading zeros up to `width` digits: `padded(7, width: 2)` is `07`.
    public static func padded(_ n: Int, width: Int) -> String {
        let digits = String(n.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (n < 0 ? "-" : "") + zeros + digits
    }

    /// `x` rounded to `decimals` places (half away from zero), with `separator` before the
    /// decimals: `fixed(3.25, decimals: 1)` is `3.3`; Dutch passes `","`.
    public static func fixed(_ x: Double, decimals: Int, separator: String = ".") -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-∞" : "∞") }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (x.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return String(x) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let sign = x < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let fraction = units % UInt64(scale)
        return sign + String(whole) + separator + padded(Int(fraction), width: decimals)
    }
}
