/// A planned sequence of lessons and small tasks for one person, such as onboarding: written by
/// an admin as a Markdown file under `paths/` in the content folder, one file per language.
/// Versions of one path in Dutch and English share the path's `id`, and their steps share ids
/// (by default their position), so a person's progress does not depend on the language.
public struct LearningPath: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var language: Language
    /// Markdown before the first step: a welcome that comes with the first step.
    public var intro: String
    public var steps: [PathStep]
    /// Where the path was read from (its `id` line, or the first line).
    public var location: SourceLocation

    public init(id: String, title: String, language: Language, intro: String = "", steps: [PathStep],
                location: SourceLocation = SourceLocation(path: "<memory>", line: 1)) {
        self.id = id
        self.title = title
        self.language = language
        self.intro = intro
        self.steps = steps
        self.location = location
    }

    /// The step with this id.
    public func step(_ id: String) -> PathStep? { steps.first { $0.id == id } }

    /// The position of the step with this id.
    public func index(of step: String) -> Int? { steps.firstIndex { $0.id == step } }
}

/// One step of a ``LearningPath``: a lesson, a short task, or both, at a moment relative to the
/// path's start, optionally with a task for the person's buddy.
public struct PathStep: Sendable, Hashable, Identifiable {
    public var id: String
    public var timing: PathTiming
    /// A title for the step, from its heading (`## Day 3: Walk along`).
    public var title: String?
    /// The lesson sent (its twin in the person's language when it has one).
    public var lesson: String?
    /// A short task in the author's words ("walk along with your buddy for an afternoon").
    public var task: String?
    /// What the buddy is asked to do for this step; they get a note the day it comes.
    public var buddyTask: String?
    /// Where the step starts (its heading).
    public var location: SourceLocation
    /// The line of its `lesson:`, for problems with the lesson id.
    public var lessonLine: Int?

    public init(id: String, timing: PathTiming, title: String? = nil, lesson: String? = nil, task: String? = nil,
                buddyTask: String? = nil, lessonLine: Int? = nil, location: SourceLocation = SourceLocation(path: "<memory>", line: 1)) {
        self.id = id
        self.timing = timing
        self.title = title
        self.lesson = lesson
        self.task = task
        self.buddyTask = buddyTask
        self.lessonLine = lessonLine
        self.location = location
    }
}

/// When a step comes, relative to the path's start: on its n-th working day, on the first
/// working day of its n-th week, or on the first working-day moment after the step before it
/// was done.
public enum PathTiming: Sendable, Hashable, CustomStringConvertible {
    /// The n-th working day of the path (day 1 is the start, or the first working day after it).
    case day(Int)
    /// The first working day of the path's n-th week: working day 1 + (working days a week) × (n − 1).
    case week(Int)
    /// The first step moment after the previous step was marked done (or skipped).
    case afterPrevious

    /// Reads a step heading's timing: `day 3` / `dag 3`, `week 2`, `after the previous step` /
    /// `na de vorige stap` (any case); `nil` for anything else.
    public init?(_ text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        if words.count == 2, let n = Int(words[1]) {
            switch words[0] {
            case "day", "dag": self = .day(n); return
            case "week": self = .week(n); return
            default: return nil
            }
        }
        let phrase = words.joined(separator: " ")
        if Self.afterPreviousPhrases.contains(phrase) { self = .afterPrevious; return }
        return nil
    }

    static let afterPreviousPhrases: Set<String> = [
        "after the previous step", "after previous step", "after the previous step is done", "when the previous step is done",
        "na de vorige stap", "na vorige stap", "als de vorige stap klaar is", "als de vorige stap af is",
    ]

    /// The working day this timing names, counting a week as `workingDaysPerWeek` working days;
    /// `nil` for ``afterPrevious``.
    public func workingDay(workingDaysPerWeek: Int = 5) -> Int? {
        switch self {
        case .day(let n): return n
        case .week(let n): return 1 + workingDaysPerWeek * (n - 1)
        case .afterPrevious: return nil
        }
    }

    public var description: String {
        switch self {
        case .day(let n): return "day \(n)"
        case .week(let n): return "week \(n)"
        case .afterPrevious: return "after the previous step"
        }
    }
}
