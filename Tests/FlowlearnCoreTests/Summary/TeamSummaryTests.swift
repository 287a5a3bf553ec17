import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct TeamSummaryTests {
    let week = ISOWeek(year: 2026, week: 47)

    static let sensitive = "how do I report my manager for bullying me?"

    /// A week of a team of `size` (2 to 5): everyone asked about feedback and about parking, one
    /// person asked something sensitive; three wrote about the workshop, one privately.
    func data(size: Int) -> TeamWeekData {
        let people = ["@bob:x", "@carla:x", "@dave:x", "@erin:x", "@finn:x"].prefix(size)
        var questions: [QuestionRecord] = []
        for (i, person) in people.enumerated() {
            questions.append(QuestionRecord(messageID: "f\(i)", person: person, room: "r", text: "how do I give feedback \(i)", language: .en,
                                            lessonID: "give-feedback-en", confidence: 0.8, askedAt: Date(), feedback: i == 0 ? 1 : nil))
            questions.append(QuestionRecord(messageID: "p\(i)", person: person, room: "r", text: "where is the parking for visitors \(i)?",
                                            language: .en, lessonID: nil, confidence: 0.1, askedAt: Date()))
        }
        questions.append(QuestionRecord(messageID: "s", person: "@bob:x", room: "r", text: Self.sensitive, language: .en,
                                        lessonID: "prepare-performance-review", confidence: 0.4, askedAt: Date()))
        questions.append(QuestionRecord(messageID: "o", person: "@outsider:x", room: "r", text: "not in this team", language: .en,
                                        lessonID: nil, confidence: 0.1, askedAt: Date()))
        let writers = Array(people.prefix(3))
        var reflections = writers.map { TeamWeekData.Reflection(person: $0, text: "The customer workshop was intense for \($0)", isPrivate: false) }
        reflections.append(.init(person: people[people.startIndex], text: "I am worried about my contract", isPrivate: true))
        return TeamWeekData(
            team: "Support", week: week, members: Array(people), names: ["@bob:x": "Bob", "@carla:x": "Carla"],
            reflections: reflections, pulses: ["@bob:x": 4, "@carla:x": 2], skipped: [], questions: questions,
            lessonTitles: ["give-feedback-en": "Give feedback to a colleague", "prepare-performance-review": "Prepare a performance review"],
            history: [.init(week: week.previous, replied: 1, members: size, averagePulse: 3)])
    }

    func summary(_ share: FlowlearnConfig.ShareMode, size: Int, language: Language = .en) -> (TeamSummary, String) {
        let summary = TeamSummaryBuilder(share: share, language: language, minimumPeople: 3).build(data(size: size))
        return (summary, SummaryRenderer(language: language).render(summary))
    }

    /// What a person asks is theirs: no mode, no team size shows a question's words.
    @Test(arguments: [FlowlearnConfig.ShareMode.full, .themes, .counts], [2, 5])
    func noQuestionIsEverShownInItsWords(_ share: FlowlearnConfig.ShareMode, _ size: Int) throws {
        let (summary, text) = summary(share, size: size)
        for q in data(size: size).questions {
            #expect(!text.contains(q.text), "\(share) \(size): \(q.text)")
        }
        #expect(!text.contains("bullying") && !text.contains("Prepare a performance review"), "\(text)")
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        #expect(!json.contains("bullying") && !json.contains("where is the parking"), "\(json)")
        #expect(!text.contains("not in this team") && summary.questions.asked == 2 * size + 1)
        #expect(!text.contains("contract"), "a private reply reached the manager")
    }

    @Test(arguments: [FlowlearnConfig.ShareMode.full, .themes, .counts])
    func aTeamOfFiveSeesTopicsThreeOrMoreShare(_ share: FlowlearnConfig.ShareMode) {
        let (summary, text) = summary(share, size: 5)
        #expect(summary.questions.lessons.map(\.title) == ["Give feedback to a colleague"])
        #expect(summary.questions.lessons.first?.people == 5 && summary.questions.lessons.first?.helpful == 1)
        #expect(summary.questions.gapThemes.map(\.theme).contains("parking"), "\(summary.questions.gapThemes)")
        #expect(summary.questions.notShown == 1, "the sensitive question of one person is only counted")
        #expect(text.contains("Give feedback to a colleague: 5 people, 5×"), "\(text)")
        #expect(text.contains("no lesson yet on _parking_: 5 people, 5×"), "\(text)")
        #expect(text.contains("**Questions:** 11 asked, 6 answered with a lesson, 5 without a lesson yet"), "\(text)")
    }

    @Test(arguments: [FlowlearnConfig.ShareMode.full, .themes, .counts])
    func aTeamOfTwoRevealsNobody(_ share: FlowlearnConfig.ShareMode) {
        let (summary, text) = summary(share, size: 2)
        #expect(summary.questions.lessons.isEmpty && summary.questions.gapThemes.isEmpty)
        #expect(summary.questions.notShown == summary.questions.asked)
        #expect(text.contains("5 on topics fewer than 3 people asked about: not shown"), "\(text)")
        #expect(!text.contains("feedback") && !text.contains("parking"), "\(text)")
    }

    @Test func fullShowsReflectionsWithNamesButNeverPrivateOnes() {
        let (summary, text) = summary(.full, size: 5)
        #expect(summary.participation.replied == 3)
        #expect(summary.participation.repliedNames == ["Bob", "Carla", "@dave:x"])
        #expect(summary.reflections?.map(\.person) == ["Bob", "Carla", "@dave:x"])
        #expect(text.contains("**Bob:** The customer workshop was intense for @bob:x"))
        #expect(text.contains("3 of 5 replied (60%)"))
    }

    @Test func themesGroupWhatThreePeopleShareWithoutNames() {
        let (five, text) = summary(.themes, size: 5)
        #expect(five.participation.repliedNames == nil && five.reflections == nil)
        #expect(five.themes?.first?.count == 3)
        #expect(text.contains("(3): “The customer workshop"), "\(text)")
        #expect(!text.contains("Bob") && !text.contains("Carla"))
        let (two, twoText) = summary(.themes, size: 2)
        #expect(two.themes == [] && two.reflectionsNotShown == 2)
        #expect(!twoText.contains("workshop") && twoText.contains("2 not shown"), "\(twoText)")
    }

    @Test func countsShowNumbersOnly() {
        let (summary, text) = summary(.counts, size: 5, language: .nl)
        #expect(summary.reflections == nil && summary.themes == nil)
        #expect(text.contains("**Reflecties:** 3 (+1 privé, niet gedeeld)"), "\(text)")
        #expect(!text.contains("workshop"))
        #expect(text.contains("Weekoverzicht Support"))
    }

    @Test func pulseAndTrend() {
        let (summary, text) = summary(.counts, size: 3)
        #expect(summary.pulse.average == 3)
        #expect(summary.participation.trend.map(\.replied) == [1, 3])
        #expect(text.contains("W46 ▃ 1/3 · W47 █ 3/3"), "\(text)")
        #expect(text.contains("**Pulse:** average 3.0 of 5"), "\(text)")
        #expect(SummaryRenderer(language: .nl).render(summary).contains("**Pulse:** gemiddeld 3,0 van 5"), "a Dutch decimal comma")
    }

    @Test func longSummariesAreSplitAtParagraphsToFitTheLimit() {
        let text = (1...40).map { "Paragraph \($0) " + String(repeating: "x", count: 80) }.joined(separator: "\n\n")
        let parts = MessageSplitter.split(text, limit: 1000)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.count <= 1000 })
        #expect(parts.joined(separator: "\n\n") == text)
        let hard = MessageSplitter.split(String(repeating: "y", count: 2500), limit: 1000)
        #expect(hard.map(\.count) == [1000, 1000, 500])
    }
}
