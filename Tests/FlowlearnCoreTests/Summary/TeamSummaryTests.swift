import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct TeamSummaryTests {
    let week = ISOWeek(year: 2026, week: 47)
    var data: TeamWeekData {
        TeamWeekData(
            team: "Support", week: week, members: ["@bob:x", "@carla:x", "@dave:x"],
            names: ["@bob:x": "Bob", "@carla:x": "Carla"],
            reflections: [
                .init(person: "@bob:x", text: "The customer workshop was intense", isPrivate: false),
                .init(person: "@bob:x", text: "next time I plan the workshop earlier", isPrivate: false),
                .init(person: "@carla:x", text: "Our workshop went much better than before", isPrivate: false),
                .init(person: "@dave:x", text: "I am worried about my contract", isPrivate: true),
            ],
            pulses: ["@bob:x": 4, "@carla:x": 2], skipped: [],
            questions: [
                QuestionRecord(messageID: "1", person: "@bob:x", room: "r", text: "how do I give feedback", language: .en,
                               lessonID: "give-feedback-en", confidence: 0.8, askedAt: Date(), feedback: 1),
                QuestionRecord(messageID: "2", person: "@carla:x", room: "r", text: "where is the parking", language: .en,
                               lessonID: nil, confidence: 0.1, askedAt: Date()),
                QuestionRecord(messageID: "3", person: "@dave:x", room: "r", text: "Where is the parking?", language: .en,
                               lessonID: nil, confidence: 0.1, askedAt: Date()),
                QuestionRecord(messageID: "4", person: "@outsider:x", room: "r", text: "not in this team", language: .en,
                               lessonID: nil, confidence: 0.1, askedAt: Date()),
            ],
            lessonTitles: ["give-feedback-en": "Give feedback to a colleague"],
            history: [.init(week: week.previous, replied: 1, members: 3, averagePulse: 3)]
        )
    }

    @Test func fullShowsTextWithNamesButNeverPrivateReplies() {
        let summary = TeamSummaryBuilder(share: .full, language: .en).build(data)
        #expect(summary.participation.replied == 3)
        #expect(summary.participation.repliedNames == ["Bob", "Carla", "@dave:x"])
        #expect(summary.reflections?.map(\.person) == ["Bob", "Carla"])
        #expect(summary.reflections?.first?.text == "The customer workshop was intense next time I plan the workshop earlier")
        #expect(summary.privateCount == 1)
        let text = SummaryRenderer(language: .en).render(summary)
        #expect(text.contains("**Bob:**"))
        #expect(!text.contains("contract"))
        #expect(text.contains("3 of 3 replied (100%)"))
    }

    @Test func themesGroupRecurringWordsWithoutNames() {
        let summary = TeamSummaryBuilder(share: .themes, language: .en).build(data)
        #expect(summary.participation.repliedNames == nil)
        #expect(summary.reflections == nil)
        #expect(summary.themes?.first?.theme == "workshop")
        #expect(summary.themes?.first?.count == 2)
        let text = SummaryRenderer(language: .en).render(summary)
        #expect(text.contains("_workshop_ (2)"))
        #expect(!text.contains("Bob") && !text.contains("Carla") && !text.contains("contract"))
    }

    @Test func countsShowNumbersOnly() {
        let summary = TeamSummaryBuilder(share: .counts, language: .nl).build(data)
        #expect(summary.reflections == nil && summary.themes == nil)
        let text = SummaryRenderer(language: .nl).render(summary)
        #expect(text.contains("**Reflecties:** 2 (+1 privé, niet gedeeld)"))
        #expect(!text.contains("workshop"))
        #expect(text.contains("Weekoverzicht Support"))
    }

    @Test func questionsGapsFeedbackPulseAndTrend() {
        let summary = TeamSummaryBuilder(share: .counts, language: .en).build(data)
        #expect(summary.questions.map(\.lesson) == ["Give feedback to a colleague"])
        #expect(summary.gaps == [TeamSummary.Gap(text: "where is the parking", count: 2)])
        #expect(summary.lessonFeedback == [.init(lesson: "give-feedback-en", title: "Give feedback to a colleague", helpful: 1, notHelpful: 0)])
        #expect(summary.pulse.average == 3)
        #expect(summary.participation.trend.map(\.replied) == [1, 3])
        let text = SummaryRenderer(language: .en).render(summary)
        #expect(text.contains("W46 ▃ 1/3 · W47 █ 3/3"))
        #expect(text.contains("“where is the parking” (2×)"))
        #expect(!text.contains("not in this team"))
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
