extension Duration {
    /// The duration in whole milliseconds (rounded down; at least 0).
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
