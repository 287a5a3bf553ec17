/// The questions the learning journey adds to a person's weekly reflection prompt: about one
/// of their open goals (by its text, a different one each week), a check-in when they are on a
/// path, and every few weeks who they learned from.
public struct JourneyPromptQuestions: Sendable {
    public var language: Language
    /// Open goals, by number.
    public var goals: [LearningGoal]
    public var onPath: Bool
    /// `[reflection] learned_from_every`: ask who they learned from every this many weeks (0: never).
    public var learnedFromEvery: Int
    /// The person's chat id (the example mention takes its server).
    public var person: String

    public init(language: Language, goals: [LearningGoal], onPath: Bool, learnedFromEvery: Int, person: String) {
        self.language = language
        self.goals = goals.filter(\.isOpen)
        self.onPath = onPath
        self.learnedFromEvery = learnedFromEvery
        self.person = person
    }

    /// Whether `week` is one in which the prompt asks who people learned from: everyone in the same weeks.
    public static func asksLearnedFrom(in week: ISOWeek, every: Int) -> Bool {
        guard every > 0 else { return false }
        return (ISOWeek.dayNumber(week.date(of: .monday)) / 7) % every == 0
    }

    public func questions(for week: ISOWeek) -> [String] {
        var result: [String] = []
        if !goals.isEmpty {
            let serial = ISOWeek.dayNumber(week.date(of: .monday)) / 7
            result.append(GoalPhrasebook(language).reflectionQuestion(goals[serial % goals.count]))
        }
        if onPath { result.append(PathPhrasebook(language).checkIn) }
        if Self.asksLearnedFrom(in: week, every: learnedFromEvery) {
            let server = person.firstIndex(of: ":").map { String(person[$0...]) } ?? ":example.org"
            result.append(JourneyPhrasebook(language).learnedFromQuestion(example: "@" + (language == .nl ? "naam" : "name") + server))
        }
        return result
    }
}
