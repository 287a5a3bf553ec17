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
    /// How much the unit's matches count in the ranking score: 1 for workplace vocabulary (a word
    /// the lexicon knows), less for general language ("monday", "affecting", "handle").
    var emphasis: Float = 1
    /// Whether the word takes part in a service topic that no lesson has ("meeting room",
    /// "wifi password", "ziek melden"): the question is then partly about something the library
    /// does not cover, and the unit's weight says so.
    var hasAbsentConcept = false
    /// Whether the word takes part in a service topic at all (present in the library or not).
    var hasServiceTopic = false
    /// The index terms of the service topics the word takes part in that some lesson has: only a
    /// lesson that is about one of them (has it in its title, tags or questions) covers the unit.
    var serviceTerms: [Int32] = []
}
