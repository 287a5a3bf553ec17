import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct LearningReportTests {
    let zone = TimeZone(identifier: "Europe/Amsterdam")!
    let weeks = ReportData.weeks(endingWith: ISOWeek(year: 2026, week: 48), count: 3)

    /// Wednesday noon of `week`.
    func noon(_ week: ISOWeek) -> Date {
        WeeklySchedule.weekStart(of: week, timeZone: zone).addingTimeInterval(2.5 * 86400)
    }

    /// Five people over three weeks: everyone asks about feedback (two rate it) and about the
    /// parking garage (no lesson); Bob alone asks something sensitive.
    func data() -> ReportData {
        let people = ["@bob:x", "@carla:x", "@dave:x", "@erin:x", "@finn:x"]
        var questions: [QuestionRecord] = []
        for (w, week) in weeks.enumerated() {
            for (i, person) in people.enumerated() {
                questions.append(QuestionRecord(messageID: "f\(w)\(i)", person: person, room: "r", text: "how do I give feedback", language: .en,
                                                lessonID: "give-feedback-en", confidence: 0.8, askedAt: noon(week), feedback: i == 0 ? 1 : i == 1 ? -1 : nil))
                questions.append(QuestionRecord(messageID: "p\(w)\(i)", person: person, room: "r", text: "where is the parking garage for visitors?",
                                                language: .en, lessonID: nil, confidence: 0.1, askedAt: noon(week)))
            }
        }
        questions.append(QuestionRecord(messageID: "s", person: "@bob:x", room: "r", text: "how do I report my manager for bullying me?",
                                        language: .en, lessonID: "speak-up", confidence: 0.5, askedAt: noon(weeks[2])))
        questions.append(QuestionRecord(messageID: "g", person: "@bob:x", room: "r", text: "can I bring my dog to the office sauna?",
                                        language: .en, lessonID: nil, confidence: 0.1, askedAt: noon(weeks[2])))
        let participation = weeks.enumerated().map { w, week in
            TeamWeekData.WeekParticipation(week: week, replied: 2 + w, members: 5, averagePulse: 2.5 + Double(w) * 0.5)
        }
        return ReportData(team: "Support", weeks: weeks, timeZone: zone, questions: questions,
                          lessonTitles: ["give-feedback-en": "Give feedback that lands", "speak-up": "Speak up about misconduct"],
                          teams: [.init(team: "Support", weeks: participation)])
    }

    func report(_ share: FlowlearnConfig.ShareMode = .themes, minimumPeople: Int = 3) -> LearningReport {
        LearningReportBuilder(share: share, language: .en, minimumPeople: minimumPeople).build(data())
    }

    @Test func questionsAreCountedPerWeekOfTheTeamsTimezone() {
        let r = report()
        #expect(r.questions.map(\.asked) == [10, 10, 12])
        #expect(r.questions.map(\.gaps) == [5, 5, 6])
    }

    @Test func lessonsAndGapThemesAppearOnlyWhenEnoughPeopleAreBehindThem() {
        let r = report()
        #expect(r.lessons.map(\.title) == ["Give feedback that lands"])
        #expect(r.lessons.first.map { [$0.people, $0.asked, $0.helpful, $0.notHelpful] } == [5, 15, 3, 3])
        #expect(r.lessonQuestionsNotShown == 1) // Bob's sensitive question: counted, never shown
        #expect(r.gapThemes.count == 1 && r.gapThemes[0].people == 5 && r.gapThemes[0].times == 15)
        #expect(r.gapsNotShown == 1)
        // With a higher bar nothing is shown at all.
        let strict = report(minimumPeople: 6)
        #expect(strict.lessons.isEmpty && strict.gapThemes.isEmpty && strict.gapsNotShown == 16)
    }

    @Test(arguments: [FlowlearnConfig.ShareMode.themes, .counts, .full], [Language.en, .nl])
    func thePageNamesNobodyAndQuotesNoQuestion(share: FlowlearnConfig.ShareMode, language: Language) {
        let html = ReportHTMLRenderer(language: language).render(
            LearningReportBuilder(share: share, language: language, minimumPeople: 3).build(data()), generated: "Mon 30 Nov 10:00")
        for person in ["bob", "carla", "dave", "erin", "finn"] { #expect(!html.lowercased().contains(person), "\(person)") }
        for words in ["bullying", "Speak up", "sauna", "parking garage for visitors", "how do I give feedback"] {
            #expect(!html.contains(words), "\(words)")
        }
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("https://"))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func eachChartHasItsNumbersInATableBesideIt() {
        let html = ReportHTMLRenderer(language: .en).render(report(), generated: "now")
        for section in ["questions", "gaps", "lessons", "participation", "pulse"] {
            let part = html.components(separatedBy: "<section id=\"\(section)\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
            #expect(part.contains("<svg") && part.contains("<table>"), "\(section)")
        }
        #expect(html.contains("<th scope=\"row\">W48</th><td>12</td><td>6</td><td>6</td>"))
        #expect(html.contains("Participation trend rising ↗") && html.contains("Pulse trend rising ↗"))
    }

    @Test func aSectionWithoutDataSaysSoInsteadOfDrawingAnEmptyChart() {
        let empty = LearningReportBuilder(share: .themes, language: .nl, minimumPeople: 3)
            .build(ReportData(team: nil, weeks: weeks, timeZone: zone))
        let html = ReportHTMLRenderer(language: .nl).render(empty, generated: "nu")
        #expect(!html.contains("<svg"))
        #expect(html.contains("Geen vragen in deze weken.") && html.contains("Nog geen reflectieweken."))
    }

    @Test(arguments: [([0.5, 0.5, 0.6, 0.7], LearningReport.Trend.rising), ([0.8, nil, 0.5], .falling), ([0.5, 0.52], .steady), ([0.5], nil)])
    func trends(values: [Double?], trend: LearningReport.Trend?) {
        #expect(LearningReportBuilder.trend(values, threshold: 0.05) == trend)
    }
}
