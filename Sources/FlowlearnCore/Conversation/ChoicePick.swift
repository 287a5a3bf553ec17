/// A reply to the numbered lessons the bot offered for a close call: a number (`1`, `2`, …) or
/// the title of one of them picks it.
public enum ChoicePick: Sendable, Equatable {
    /// The person picked this one of the offered lessons.
    case lesson(Microlearning)
    /// A number that is not on the list: the list had this many lessons.
    case notOnTheList(count: Int)

    /// How `reply` picks from `offered` (in the order shown); `nil` when it is no pick at all (a
    /// new question, a command). Case, accents and punctuation are ignored; "2." and "#2" are 2.
    public init?(_ reply: String, offered: [Microlearning]) {
        let words = TextNormalizer.words(reply)
        guard !words.isEmpty else { return nil }
        if words.count == 1, let number = Int(words[0]) {
            self = offered.indices.contains(number - 1) ? .lesson(offered[number - 1]) : .notOnTheList(count: offered.count)
            return
        }
        guard let lesson = offered.first(where: { TextNormalizer.words($0.title) == words }) else { return nil }
        self = .lesson(lesson)
    }
}
