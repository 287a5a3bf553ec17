/// The constants of ranking and confidence, in one place so they can be measured and tuned
/// together (`flowlearn-bench --eval` reports the answer quality they give).
///
/// How they were set: the field weights, `b` and the factors are conventional values; on the
/// labelled dev questions moving any of them by ±30 % changes top-1 by at most two questions per
/// half of 60, except the concept factor (below 0.8 a synonym or a translation counts too little
/// and cross-language questions are lost). `k1` (at the top of BM25's usual 1.2–2.0) and the
/// general-word emphasis were chosen on half A of those questions and held on half B.
struct RankingParameters: Sendable, Equatable {
    /// BM25F field weights: title, sample questions, tags, body.
    var title: Float = 3.0
    var questions: Float = 2.5
    var tags: Float = 2.0
    var body: Float = 1.0
    /// BM25 term frequency saturation: higher lets a word that is in several fields count more.
    var k1: Float = 2.0
    /// BM25 length normalisation (0: none, 1: full).
    var b: Float = 0.75
    /// How much a part of a Dutch compound in a lesson counts next to a whole word.
    var compoundPartWeight: Float = 0.7
    /// A lesson in the asker's language gets this factor on its score.
    var sameLanguageBoost: Float = 1.1

    /// What a match through a concept (a synonym, a translation) is worth next to the word itself.
    var conceptFactor: Float = 0.9
    /// What a match through a general dictionary's translation is worth (``TranslationBridge``).
    var translationFactor: Float = 0.6
    /// What a match through a typo correction is worth.
    var typoFactor: Float = 0.85
    /// What a match through the other language's stem of a word is worth (unless lessons in that
    /// language use the word itself).
    var otherLanguageFactor: Float = 0.85
    /// The weight of each part of a compound split at query time, relative to a whole word.
    var compoundPartShare: Float = 0.6
    /// The ranking emphasis of a word that no lesson has in its title, tags or sample questions
    /// (general language: "monday", "affecting", "handle"), next to 1 for a word every lesson that
    /// has it has there; in between by the word's topicality.
    var generalWordEmphasis: Float = 0.5

    /// Confidence: a match whose saturated weight reaches this covers its unit fully (a word in the
    /// title, the tags or a sample question); a single mention in the body covers part of it.
    var fullCoverageWeight: Float = 0.55
    /// Confidence: the weight of a word no lesson knows, as a share of the highest possible idf.
    var unknownWordShare: Float = 0.6
    /// Confidence: the weight of a general word (topicality 0) next to 1 for a topic word
    /// ("monday" in a question says little about whether a lesson fits).
    var generalWordWeight: Float = 0.5

    /// Ranking: the BM25F score of each of the best `closenessDepth` lessons is multiplied by
    /// 1 + `closenessWeight` × its ``SampleSentences`` closeness (0–1), so a lesson whose one sample
    /// question the asker says nearly in full moves up. Chosen on half A of both labelled sets
    /// (0.5, 1, 1.5, 2, 3 tried; 1 best) and held on half B.
    var closenessWeight: Float = 1
    var closenessDepth = 20
    /// Confidence: the factor on the share of a lesson that does not have any of the question's
    /// workplace words as strongly as a title, tag or sample question would (see
    /// ``LessonIndex/coverage(of:units:)``). 0.4–0.6 give the same rejection on the labelled sets.
    var unanchoredFactor: Float = 0.5
    /// Confidence: the least ranking emphasis of a unit (see ``QueryUnit/emphasis``) that anchors
    /// a lesson: a word that is at least half a topic word in this library.
    var anchorEmphasis: Float = 0.75

    /// Ranking: the factor on the score of a lesson that declares only the side opposite to the one
    /// the question shows (``SideCues``). Chosen on half A of both labelled sets (1, 0.85, 0.8, 0.75,
    /// 0.7, 0.5, 0.3 tried: 0.8 is the mildest with the full ranking gain on both sets; 0.75 and below
    /// give confidently-wrong answers on the shipped content's half A) and held on half B: ranking
    /// top-1 on the shipped content 86.0/88.4 -> 89.5/89.5 % (A/B), on the corpus 91.7/88.3 ->
    /// 93.3/88.3 %.
    var oppositeSideFactor: Float = 0.8

    /// The values the matcher uses.
    static let standard = RankingParameters()

    /// The field weights as one vector, in field order.
    var fieldWeights: SIMD4<Float> { SIMD4(title, questions, tags, body) }
}
