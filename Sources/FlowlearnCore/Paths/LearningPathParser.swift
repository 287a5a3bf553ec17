import Foundation

/// Turns one path file (`paths/onboarding-en.md`) into a ``LearningPath``, reporting every
/// problem with its line.
///
/// ```markdown
/// ---
/// id: onboarding
/// title: Your first weeks
/// language: en
/// ---
/// Welcome! (optional: comes with the first step)
///
/// ## Day 1: Your first week
/// lesson: first-week-en
/// buddy: Have lunch together and show them around.
///
/// ## After the previous step
/// task: Walk along with your buddy for an afternoon.
/// ```
///
/// Each `## ` heading starts a step and says when it comes (`Day 3`, `Week 2`, `After the previous
/// step`; Dutch `Dag 3`, `Na de vorige stap`), optionally followed by `: title`. Below it,
/// `lesson:`, `task:`, `buddy:` and `id:` lines; a line indented under `task:` or `buddy:`
/// continues it. Lesson ids are checked against the library by ``ContentLibrary/validated``.
public struct LearningPathParser: Sendable {
    /// The front matter keys a path may have; anything else is a warning.
    public static let knownKeys: Set<String> = ["id", "title", "language"]
    /// The keys of a step's lines.
    static let stepKeys: Set<String> = ["lesson", "task", "buddy", "id"]
    /// The longest a path may run, in working days or weeks.
    static let maximumDay = 500

    public init() {}

    /// Parses the file at `path` with contents `text`; `defaultID` is the file name without `.md`
    /// (a `-nl` / `-en` suffix is dropped: `onboarding-en.md` is the path `onboarding`). The path
    /// is returned whenever its title and language could be read, also with errors in its steps,
    /// so the library can still check its lessons; only a path without errors may be used.
    public func parse(_ text: String, path: String, defaultID: String) -> (LearningPath?, [Diagnostic]) {
        let (frontMatterOrNil, parseDiagnostics) = FrontMatterParser().parse(text, path: path)
        guard let frontMatter = frontMatterOrNil else { return (nil, parseDiagnostics) }
        var reader = FrontMatterReader(frontMatter, path: path, diagnostics: parseDiagnostics, known: Self.knownKeys)

        var id = LessonTwins.base(of: defaultID) ?? defaultID
        var idLine = 1
        if let (value, line) = reader.scalar("id") {
            (id, idLine) = (value, line)
        }
        if !MicrolearningParser.isValidID(id) {
            reader.error(idLine, "path id `\(id)` may contain only lowercase letters, digits, `-` and `_`")
        }
        let title = reader.title()
        let language = reader.language()
        var diagnostics = reader.diagnostics
        let steps = parseSteps(frontMatter.body, firstLine: frontMatter.bodyStartLine, path: path, diagnostics: &diagnostics)
        guard let title, let language else { return (nil, diagnostics) }
        return (LearningPath(id: id, title: title, language: language, intro: steps.intro, steps: steps.steps,
                             location: SourceLocation(path: path, line: idLine)), diagnostics)
    }

    /// The intro and the steps of a path's body, which starts at line `firstLine` of the file.
    func parseSteps(_ body: String, firstLine: Int, path: String, diagnostics: inout [Diagnostic]) -> (intro: String, steps: [PathStep]) {
        func at(_ line: Int) -> SourceLocation { SourceLocation(path: path, line: line) }
        func error(_ line: Int, _ message: String) { diagnostics.append(.error(at(line), message)) }
        var intro: [String] = []
        var steps: [PathStep] = []
        var current: PathStep?
        /// The key the last line set, for indented continuation lines.
        var lastKey: String?
        var seenIDs: [String: Int] = [:]
        var lastDay = 0

        func finish() {
            guard let step = current else { return }
            if step.lesson == nil && step.task == nil {
                error(step.location.line, "this step has neither `lesson:` nor `task:`: say what the person gets")
            }
            if let first = seenIDs[step.id] {
                error(step.location.line, "duplicate step id `\(step.id)`: already used at line \(first)")
            } else {
                seenIDs[step.id] = step.location.line
            }
            steps.append(step)
            current = nil
        }

        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (offset, line) in lines.enumerated() {
            let number = firstLine + offset
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                finish()
                lastKey = nil
                let heading = String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                let (timingText, title) = Self.splitHeading(heading)
                guard let timing = PathTiming(timingText) else {
                    error(number, "`## \(heading)` does not say when the step comes: write `## Day 3`, `## Week 2` or `## After the previous step` (Dutch: `## Dag 3`, `## Na de vorige stap`), optionally followed by `: title`")
                    current = PathStep(id: String(steps.count + 1), timing: .afterPrevious, location: at(number))
                    continue
                }
                if let day = timing.workingDay() {
                    if day < 1 || day > Self.maximumDay {
                        error(number, "`\(timingText)`: a step's day or week counts from 1 (up to \(Self.maximumDay))")
                    } else if day < lastDay {
                        error(number, "`\(timingText)` comes before the step above it: list steps in the order they come (a week counts as five working days)")
                    } else {
                        lastDay = day
                    }
                } else if steps.isEmpty {
                    error(number, "the first step cannot come after a previous step: give it a day (`## Day 1`)")
                }
                current = PathStep(id: String(steps.count + 1), timing: timing, title: title, location: at(number))
                continue
            }
            guard current != nil else {
                intro.append(line)
                continue
            }
            if trimmed.isEmpty { lastKey = nil; continue }
            if line.first == " ", let key = lastKey, key == "task" || key == "buddy" {
                if key == "task" { current?.task? += " " + trimmed } else { current?.buddyTask? += " " + trimmed }
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":"),
                  case let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased(), Self.stepKeys.contains(key) else {
                error(number, "expected `lesson:`, `task:`, `buddy:` or `id:` in a step, not `\(trimmed)`")
                continue
            }
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            lastKey = key
            guard !value.isEmpty else {
                error(number, "`\(key):` has no value")
                continue
            }
            switch key {
            case "lesson":
                if current?.lesson != nil { error(number, "a step names one lesson; start a new step (`## …`) for the next") }
                current?.lesson = value
                current?.lessonLine = number
            case "task":
                if current?.task != nil { error(number, "a step has one `task:`; continue it on indented lines") }
                current?.task = value
            case "buddy":
                if current?.buddyTask != nil { error(number, "a step has one `buddy:`; continue it on indented lines") }
                current?.buddyTask = value
            default:
                if !MicrolearningParser.isValidID(value) {
                    error(number, "step id `\(value)` may contain only lowercase letters, digits, `-` and `_`")
                }
                current?.id = value
            }
        }
        finish()
        if steps.isEmpty {
            error(firstLine, "the path has no steps: add `## Day 1` with a `lesson:` or `task:` line below it")
        }
        return (intro.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), steps)
    }

    /// A heading's timing and optional title: `Day 3: Walk along` → (`Day 3`, `Walk along`).
    static func splitHeading(_ heading: String) -> (String, String?) {
        for separator in [":", " — ", " – ", " - "] {
            if let range = heading.range(of: separator) {
                let title = heading[range.upperBound...].trimmingCharacters(in: .whitespaces)
                return (heading[..<range.lowerBound].trimmingCharacters(in: .whitespaces), title.isEmpty ? nil : title)
            }
        }
        return (heading, nil)
    }
}
