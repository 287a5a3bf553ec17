/// A chat question with the lesson that should answer it (`nil`: none should).
public struct LabelledQuestion: Sendable, Equatable {
    public var text: String
    public var expected: String?
    /// Where it was read from, for reporting misses.
    public var location: SourceLocation

    public init(text: String, expected: String?, location: SourceLocation) {
        self.text = text
        self.expected = expected
        self.location = location
    }
}
