/// Why a question matched the lessons it did, for content authors (`flowlearn ask --explain`):
/// the units the question was read as, and per ranked lesson what each unit added to its score
/// and its confidence.
public struct MatchExplanation: Sendable {
    /// The explanation as readable lines.
    public let lines: [String]

    init(index: LessonIndex, question: String, language: Language, limit: Int) {
        var lines: [String] = []
        let units = index.queryUnits(question, language: language)
        lines.append("language \(language.rawValue), \(units.count) units:")
        for unit in units {
            let alternatives = unit.alternatives.map { alternative in
                "\(index.debugTermName(alternative.term))×\(Self.format(alternative.factor))"
            }
            var flags = ""
            if unit.emphasis < 1 { flags += " emphasis \(Self.format(unit.emphasis))" }
            lines.append("  \(unit.word) weight \(Self.format(unit.weight))\(flags): \(alternatives.joined(separator: " "))")
        }
        let sides = index.sideCues.shown(in: question)
        if sides != 0 {
            lines.append("sides shown: \(index.sideCues.names(of: sides).joined(separator: ", ")) (lessons declaring only the opposite side rank lower)")
        }
        let hits = index.search(units: units, language: language, limit: limit, sides: sides)
        let f = index.confidenceFeatures(units: units, hits: hits)
        lines.append("confidence features: coverage \(Self.format(Float(f.coverage))), runner-up coverage \(Self.format(Float(f.runnerUpCoverage)))"
                     + ", runner-up score ratio \(Self.format(Float(f.scoreRatio))), unknown words \(Self.format(Float(f.unknownShare)))"
                     + ", topic words anchored \(Self.format(Float(f.anchoredShare))), closeness \(Self.format(Float(f.closeness)))"
                     + ", units \(f.unitCount)")
        for hit in hits {
            let lesson = index.lessons[hit.lessonIndex]
            lines.append("\(lesson.id) score \(Self.format(Float(hit.score))) confidence \(Self.format(Float(hit.coverage)))")
            let parts = units.compactMap { unit -> String? in
                let contribution = index.contribution(of: unit, lesson: Int32(hit.lessonIndex))
                return contribution > 0 ? "\(unit.word) +\(Self.format(contribution))" : nil
            }
            lines.append("  " + parts.joined(separator: ", "))
        }
        self.lines = lines
    }

    static func format(_ x: Float) -> String {
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension LessonMatcher {
    /// Why `question` ranks the lessons it does (see ``MatchExplanation``).
    public func explanation(of question: String, fallbackLanguage: Language, limit: Int = 5) -> MatchExplanation {
        let language = LanguageDetector().detect(question, fallback: fallbackLanguage)
        return MatchExplanation(index: index, question: question, language: language, limit: limit)
    }
}
