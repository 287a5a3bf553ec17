extension ContentLibrary {
    /// Library-wide checks of the paths: one file per path and language, lessons that exist (and
    /// can reach a reader of the path's language), and language versions with the same steps.
    /// `broken`: paths with errors of their own, checked too but never used. Returns the usable
    /// paths and the problems found.
    static func validatedPaths(_ paths: [LearningPath], broken: [LearningPath] = [], lessons: [String: Microlearning],
                               twins: LessonTwins) -> ([LearningPath], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var kept: [LearningPath] = []
        let brokenFiles = Set(broken.map(\.location.path))
        var seen: [LearningPath] = []
        for path in paths + broken {
            if let first = seen.first(where: { $0.id == path.id && $0.language == path.language }) {
                diagnostics.append(.error(path.location, "duplicate path `\(path.id)` in `\(path.language.rawValue)`: already defined at \(first.location)"))
                continue
            }
            seen.append(path)
            var usable = true
            for step in path.steps {
                guard let id = step.lesson else { continue }
                let place = SourceLocation(path: step.location.path, line: step.lessonLine ?? step.location.line)
                guard let lesson = lessons[id] else {
                    diagnostics.append(.error(place, "`lesson: \(id)`: no lesson has that id"))
                    usable = false
                    continue
                }
                if lesson.language != path.language, twins.twin(of: id) == nil {
                    diagnostics.append(.warning(place, "`\(id)` is in `\(lesson.language.rawValue)` and has no `\(path.language.rawValue)` twin: readers of this path get it in `\(lesson.language.rawValue)`"))
                }
            }
            if usable && !brokenFiles.contains(path.location.path) { kept.append(path) }
        }
        for path in kept where path.language == .nl {
            guard let other = kept.first(where: { $0.id == path.id && $0.language == .en }) else { continue }
            let mine = path.steps.map(\.id), theirs = other.steps.map(\.id)
            if mine != theirs {
                diagnostics.append(.warning(path.location, "the `nl` and `en` versions of path `\(path.id)` have different steps (\(mine.joined(separator: ", ")) here, \(theirs.joined(separator: ", ")) in \(other.location.path)): a person's progress follows step ids, so give them the same steps or the same `id:` lines"))
            }
        }
        return (kept, diagnostics)
    }
}
