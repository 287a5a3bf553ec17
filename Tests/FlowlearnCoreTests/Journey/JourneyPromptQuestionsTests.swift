import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct JourneyPromptQuestionsTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func thePromptAsksAboutAGoalThePathAndEveryFourthWeekWhoTheyLearnedFrom() {
        let goals = [LearningGoal(number: 1, text: "learn SQL", setAt: now), LearningGoal(number: 2, text: "done one", setAt: now, doneAt: now),
                     LearningGoal(number: 3, text: "present calmly", setAt: now)]
        let questions = JourneyPromptQuestions(language: .en, goals: goals, onPath: true, learnedFromEvery: 4, person: "@ayla:example.org")
        let weeks = (48...53).map { ISOWeek(year: 2026, week: $0) }
        let asked = weeks.map { questions.questions(for: $0) }
        #expect(asked.allSatisfy { $0.contains("🧭 What did you learn on your path this week?") })
        let goalQuestions = Set(asked.compactMap { $0.first { $0.hasPrefix("🎯") } })
        #expect(goalQuestions == ["🎯 Your goal “learn SQL”: what did you do for it this week?", "🎯 Your goal “present calmly”: what did you do for it this week?"],
                "open goals in turn, never a reached one")
        let learnedFrom = weeks.filter { JourneyPromptQuestions.asksLearnedFrom(in: $0, every: 4) }
        #expect(learnedFrom == [ISOWeek(year: 2026, week: 48), ISOWeek(year: 2026, week: 52)])
        #expect(questions.questions(for: ISOWeek(year: 2026, week: 52)).last == "👥 Who did you learn from this week, and about what? Name them with their chat id, like @name:example.org.")
        let dutch = JourneyPromptQuestions(language: .nl, goals: [], onPath: false, learnedFromEvery: 0, person: "@a:x").questions(for: ISOWeek(year: 2026, week: 52))
        #expect(dutch.isEmpty, "no goals, no path, never asked")
        #expect(!JourneyPromptQuestions.asksLearnedFrom(in: ISOWeek(year: 2026, week: 52), every: 0))
    }

    @Test func thePromptNumbersTheExtraQuestionsAfterTheSetsOwn() {
        let set = ReflectionQuestionSet(language: .en, questions: ["What went well?", "What was hard?"], pulse: nil,
                                        location: SourceLocation(path: "x", line: 1))
        let text = ReflectionPromptComposer(questions: set, includePulse: false).prompt(for: ISOWeek(year: 2026, week: 51), extra: ["🧭 Path?"])
        #expect(text.contains("3. 🧭 Path?"), "\(text)")
    }
}
