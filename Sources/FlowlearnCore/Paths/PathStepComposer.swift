/// Writes the direct message that brings one path step: the path and the step's number, the
/// path's welcome with the first step, the task, the lesson (the twin in the reader's language
/// when it has one) and how to answer.
public struct PathStepComposer: Sendable {
    public var library: ContentLibrary

    public init(library: ContentLibrary) { self.library = library }

    /// The message for step `stepID` of `path` to a reader of `language`, and the lesson it sends.
    public func message(path: LearningPath, stepID: String, language: Language, isRepeat: Bool) -> (text: String, lesson: Microlearning?)? {
        guard let index = path.index(of: stepID) else { return nil }
        let step = path.steps[index]
        let words = PathPhrasebook(language)
        var parts = [words.stepHeader(path: path.title, number: index + 1, total: path.steps.count)]
        if isRepeat { parts.append(words.again) }
        if index == 0, !path.intro.isEmpty, !isRepeat { parts.append(path.intro) }
        let lesson = step.lesson.flatMap { library.lesson($0, in: language) }
        if let task = step.task {
            let title = step.title.map { "**\($0)**\n" } ?? ""
            parts.append(title + words.aTask + " " + task)
        }
        if let lesson { parts += AnswerFormatter(library: library).lessonParts(lesson, language: language) }
        parts.append(words.controls)
        return (parts.joined(separator: "\n\n"), lesson)
    }

    /// What a step is called in replies: its lesson's title in `language`, else its heading's title.
    public func title(of step: PathStep, language: Language) -> String {
        step.lesson.flatMap { library.lesson($0, in: language)?.title } ?? step.title ?? PathPhrasebook(language).aStep
    }
}
