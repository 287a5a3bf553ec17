/// One unit of meaning in a question: a word (with the concepts and phrases it takes part in), a
/// part of a Dutch compound, or a corrected typo. A lesson's score for the unit is its best
/// alternative's, so a word that is both a stem and a concept is never counted twice.
struct QueryUnit: Sendable, Equatable {
    /// One way a lesson can satisfy the unit: an index term, and how much a match on it is worth
    /// (1 for the word itself, less for a concept, a compound part or a typo correction).
    struct Alternative: Sendable, Equatable {
        var term: Int32
        var factor: Float
    }

    /// The word the unit comes from (for diagnostics).
    var word: String
    var alternatives: [Alternative]
    /// How much information the unit carries: the idf of its best-known alternative, or a fixed
    /// high value for a word no lesson knows. Confidence is the share of this that a lesson covers.
    var weight: Float
    /// How much the unit's matches count in the ranking score, from what the library says of the
    /// word: 1 for a topic word (the lessons that have it have it in their title, tags or sample
    /// questions), down to ``RankingParameters/generalWordEmphasis`` for a word lessons only use
    /// in passing in their bodies ("monday", "affecting", "handle").
    var emphasis: Float = 1
}
