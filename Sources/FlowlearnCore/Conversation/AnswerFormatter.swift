/// Turns a match into the chat message the asker reads: the lesson (title, minutes, the
/// formal-training warning first where it applies, the lesson, experts, related lessons), the
/// numbered lessons to choose from when the match is a close call, or the honest "nothing yet".
public struct AnswerFormatter: Sendable {
    public var library: ContentLibrary

    public init(library: ContentLibrary) { self.library = library }

    public func format(_ result: MatchResult) -> String {
        let words = Phrasebook(result.language)
        if case .choose(let offered) = result.decision {
            let list = offered.enumerated().map { "\($0.offset + 1). \($0.element.lesson.title)" }.joined(separator: "\n")
            return words.whichOfThese + "\n" + list + "\n\n" + words.orAskDifferently
        }
        guard let best = result.best else { return words.noAnswerYet }
        return format(best.lesson, language: result.language)
    }

    /// `lesson` as the answer to someone who asked in `language`.
    public func format(_ lesson: Microlearning, language: Language) -> String {
        (lessonParts(lesson, language: language) + ["_" + Phrasebook(language).feedbackHint + "_"]).joined(separator: "\n\n")
    }

    /// A lesson as a reader of `language` gets it, in paragraphs: title and minutes, a note when it
    /// is in the other language, the formal-training warning first where it applies, the lesson,
    /// its experts and related lessons. Answers and path steps both send lessons this way.
    public func lessonParts(_ lesson: Microlearning, language: Language) -> [String] {
        let words = Phrasebook(language)
        var parts: [String] = []
        var header = "**\(lesson.title)**"
        if let minutes = lesson.minutes { header += " · " + words.minutes(minutes) }
        parts.append(header)
        if lesson.language != language { parts.append(words.otherLanguageNote) }
        if let training = lesson.formalTraining {
            parts.append(words.formalTrainingFirst + "\n" + words.formalTrainingWhere + " " + training)
        }
        parts.append(lesson.body)
        if !lesson.experts.isEmpty {
            parts.append(words.experts + " " + lesson.experts.joined(separator: ", "))
        }
        // The lesson's twin says the same in the other language: not worth reading next.
        let related = lesson.related.filter { $0 != library.twins.twin(of: lesson.id) }.compactMap { library[$0] }.map { "- \($0.title)" }
        if !related.isEmpty { parts.append(words.related + "\n" + related.joined(separator: "\n")) }
        return parts
    }
}
