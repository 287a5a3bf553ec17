/// What the confidence decision looks at for one question and its best lesson (shown by
/// `flowlearn ask --explain`; see ``MatchPolicy`` for how they are combined and calibrated).
public struct ConfidenceFeatures: Sendable, Equatable {
    /// The best lesson's coverage: the share of the question's information it covers (0–1).
    public var coverage: Double = 0
    /// The runner-up's coverage (0 when there is none).
    public var runnerUpCoverage: Double = 0
    /// The runner-up's ranking score over the best's (0 when there is none).
    public var scoreRatio: Double = 0
    /// The share of the question's information in words no lesson knows at all.
    public var unknownShare: Double = 0
    /// The share of the question's topic words (see ``QueryUnit/emphasis``) that the best lesson
    /// has in its title, tags or sample questions.
    public var anchoredShare: Double = 0
    /// How closely the question matches the best lesson's closest title or sample question (0–1).
    public var closeness: Double = 0
    /// The number of units (content words) the question was read as.
    public var unitCount = 0

    public init() {}
}

extension LessonIndex {
    /// The features of `units` against the hits (best first).
    func confidenceFeatures(units: [QueryUnit], hits: [Hit]) -> ConfidenceFeatures {
        var f = ConfidenceFeatures()
        f.unitCount = units.count
        var information: Float = 0, unknown: Float = 0
        for unit in units {
            information += unit.weight
            if unit.alternatives.isEmpty { unknown += unit.weight }
        }
        f.unknownShare = information > 0 ? Double(unknown / information) : 0
        guard let top = hits.first else { return f }
        f.coverage = top.coverage
        if hits.count > 1 {
            f.runnerUpCoverage = hits[1].coverage
            f.scoreRatio = top.score > 0 ? hits[1].score / top.score : 0
        }
        let lesson = Int32(top.lessonIndex)
        var workplace = 0, anchored = 0
        var queryTerms: [(term: Int32, factor: Float)] = []
        for unit in units {
            for alternative in unit.alternatives { queryTerms.append((alternative.term, alternative.factor)) }
            guard unit.emphasis >= parameters.anchorEmphasis, !unit.alternatives.isEmpty else { continue }
            workplace += 1
            let strongest = unit.alternatives.map { postingWeight(term: $0.term, lesson: lesson) ?? 0 }.max() ?? 0
            if strongest >= parameters.fullCoverageWeight { anchored += 1 }
        }
        f.anchoredShare = workplace > 0 ? Double(anchored) / Double(workplace) : 0
        queryTerms.sort { $0.term != $1.term ? $0.term < $1.term : $0.factor > $1.factor }
        f.closeness = Double(sentences.closeness(lesson: top.lessonIndex, queryTerms: queryTerms))
        return f
    }
}

extension LessonMatcher {
    /// The confidence features of `question` (for calibration and explanations).
    public func confidenceFeatures(of question: String, fallbackLanguage: Language) -> ConfidenceFeatures {
        let language = LanguageDetector().detect(question, fallback: fallbackLanguage)
        let (units, hits) = index.analysedSearch(question, language: language, limit: 3)
        return index.confidenceFeatures(units: units, hits: hits)
    }
}
