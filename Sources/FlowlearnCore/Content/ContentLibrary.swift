/// Everything admins wrote, validated and ready to answer from: the lessons, the weekly
/// reflection questions, the organisation's synonyms and the learning paths.
///
/// A library is a value: reloading builds a new one and swaps it in whole, so a question is
/// answered from the old or the new library, never from a mix.
public struct ContentLibrary: Sendable {
    public private(set) var lessons: [Microlearning]
    public private(set) var reflectionQuestions: [Language: ReflectionQuestionSet]
    public private(set) var synonyms: SynonymTable
    /// Learning paths, each id in one or both languages.
    public private(set) var paths: [LearningPath]
    /// Lessons that are one topic in two languages.
    public private(set) var twins: LessonTwins
    private var indexByID: [String: Int]

    public init(
        lessons: [Microlearning],
        reflectionQuestions: [Language: ReflectionQuestionSet] = [:],
        synonyms: SynonymTable = SynonymTable(),
        paths: [LearningPath] = []
    ) {
        self.lessons = lessons
        self.reflectionQuestions = reflectionQuestions
        self.synonyms = synonyms
        self.paths = paths
        self.twins = LessonTwins(lessons: lessons)
        var index: [String: Int] = [:]
        for (i, lesson) in lessons.enumerated() where index[lesson.id] == nil { index[lesson.id] = i }
        self.indexByID = index
    }

    /// The lesson with this id.
    public subscript(id: String) -> Microlearning? {
        indexByID[id].map { lessons[$0] }
    }

    /// The lesson `id` as someone reading `language` gets it: its twin in that language when it
    /// has one, else the lesson itself.
    public func lesson(_ id: String, in language: Language) -> Microlearning? {
        guard let lesson = self[id] else { return nil }
        if lesson.language != language, let twin = twins.twin(of: id).flatMap({ self[$0] }) { return twin }
        return lesson
    }

    /// The path `id` in `language`, else in the other language.
    public func path(_ id: String, language: Language) -> LearningPath? {
        paths.first { $0.id == id && $0.language == language } ?? paths.first { $0.id == id }
    }

    /// The ids of the paths, sorted, each once.
    public var pathIDs: [String] { Array(Set(paths.map(\.id))).sorted() }

    /// The number of lessons per language.
    public var countsByLanguage: [Language: Int] {
        var counts: [Language: Int] = [:]
        for lesson in lessons { counts[lesson.language, default: 0] += 1 }
        return counts
    }

    /// Library-wide checks: duplicate ids, unknown `related` ids, missing reflection questions.
    /// Returns the library without the lessons that cannot be used, and the problems found.
    public static func validated(
        lessons: [Microlearning],
        reflectionQuestions: [Language: ReflectionQuestionSet],
        synonyms: SynonymTable,
        phrasings: AcceptedPhrasings = AcceptedPhrasings(),
        paths: [LearningPath] = [],
        brokenPaths: [LearningPath] = [],
        contentRoot: String
    ) -> (ContentLibrary, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var firstByID: [String: Microlearning] = [:]
        var kept: [Microlearning] = []
        for lesson in lessons {
            if let first = firstByID[lesson.id] {
                diagnostics.append(.error(lesson.location, "duplicate id `\(lesson.id)`: already used by \(first.location)"))
                continue
            }
            firstByID[lesson.id] = lesson
            kept.append(lesson)
        }
        for lesson in kept {
            for related in lesson.related where firstByID[related] == nil {
                diagnostics.append(.error(lesson.location, "`related` names `\(related)`, but no lesson has that id"))
            }
            if lesson.related.contains(lesson.id) {
                diagnostics.append(.warning(lesson.location, "`related` names the lesson itself"))
            }
        }
        for language in Language.allCases where reflectionQuestions[language] == nil {
            diagnostics.append(.warning(
                SourceLocation(path: contentRoot + "/reflection", line: 0),
                "no reflection questions in `\(language.rawValue)`: add reflection/\(language.rawValue).md"
            ))
        }
        if kept.isEmpty {
            diagnostics.append(.error(SourceLocation(path: contentRoot, line: 0), "the content folder has no lessons"))
        }
        // Accepted phrasings are sample questions of their lesson.
        var position: [String: Int] = [:]
        for (i, lesson) in kept.enumerated() { position[lesson.id] = i }
        for entry in phrasings.entries {
            guard let i = position[entry.lessonID] else {
                diagnostics.append(.error(entry.location, "no lesson has the id `\(entry.lessonID)`"))
                continue
            }
            kept[i].questions.append(entry.text)
        }
        let twins = LessonTwins(lessons: kept)
        let (keptPaths, pathProblems) = validatedPaths(paths, broken: brokenPaths, lessons: firstByID, twins: twins)
        diagnostics += pathProblems
        let library = ContentLibrary(lessons: kept, reflectionQuestions: reflectionQuestions, synonyms: synonyms, paths: keptPaths)
        return (library, diagnostics)
    }

    /// Warnings for lessons whose `review_by` date has passed on `today`.
    public func reviewWarnings(today: LocalDate) -> [Diagnostic] {
        lessons.compactMap { lesson in
            guard let due = lesson.reviewBy, due < today else { return nil }
            return .warning(lesson.location, "lesson `\(lesson.id)` was due for review on \(due): check that it is still right, then move review_by")
        }
    }
}
