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

extension LearningReportTests {
    /// Four of Support on the onboarding path (Carla behind), goals (Finn's private), follow-ups
    /// on the feedback lesson, and colleagues named in reflections.
    func journeyData() -> ReportData {
        var data = data()
        let members = ["@bob:x", "@carla:x", "@dave:x", "@erin:x", "@finn:x"]
        var journey = JourneyWeekData(stepsDone: 5)
        for person in members.prefix(4) {
            var progress = PathProgress(person: person, path: "onboarding", title: "Your first weeks", start: LocalDate("2026-11-09")!,
                                        buddy: nil, total: 7)
            progress.done = person == "@carla:x" ? 0 : 2
            progress.behind = person == "@carla:x"
            journey.paths.append(progress)
        }
        let goals = ["get better at presenting", "enjoy presenting to clients", "practise presenting with slides", "speak at the all-hands", "private: change jobs"]
        journey.goals = zip(members, goals).enumerated().map { i, pair in
            JourneyWeekData.Goal(person: pair.0, goal: LearningGoal(number: 1, text: pair.1.replacingOccurrences(of: "private: ", with: ""),
                                                                    isPrivate: pair.1.hasPrefix("private:"), setAt: noon(weeks[0])))
        }
        data.teams[0].members = members
        data.teams[0].journey = journey
        data.followUps = members.prefix(3).enumerated().map { i, person in
            FollowUpRecord(person: person, lesson: "give-feedback-en", topic: "give-feedback-en", deliveredAt: noon(weeks[0]), askedAt: noon(weeks[1]),
                           answer: i == 2 ? .didNotHelp : .used, note: "with my colleague \(person)", answeredAt: noon(weeks[1]))
        }
        data.mentions = members.prefix(4).map { person in
            LearnedFromMention(person: person, named: "@zoe:x", week: weeks[2], topics: ["give-feedback-en"], at: noon(weeks[2]))
        }
        data.names = ["@bob:x": "Bob", "@zoe:x": "Zoë"]
        return data
    }

    func journeyPage(_ share: FlowlearnConfig.ShareMode) -> (LearningReport, String) {
        let report = LearningReportBuilder(share: share, language: .en, minimumPeople: 3).build(journeyData())
        return (report, ReportHTMLRenderer(language: .en).render(report, generated: "now"))
    }

    @Test func followUpResultsStandBesideTheRatingsOfALesson() {
        let (report, html) = journeyPage(.themes)
        #expect(report.lessons.first.map { [$0.used, $0.didNotHelp] } == [2, 1])
        #expect(html.contains("<th scope=\"row\">Give feedback that lands</th><td>5</td><td>15</td><td>3</td><td>3</td><td>2</td><td>1</td>"))
        #expect(html.contains("used it in practice") && html.contains("class=\"pair stacked\""))
        #expect(!html.contains("with my colleague"), "the sentence after an answer is never shown")
    }

    @Test(arguments: [FlowlearnConfig.ShareMode.themes, .counts])
    func pathsGoalsAndWhoPeopleLearnFromAreNumbersUnderThemesAndCounts(share: FlowlearnConfig.ShareMode) {
        let (report, html) = journeyPage(share)
        for section in ["paths", "goals", "learned-from"] {
            let part = html.components(separatedBy: "<section id=\"\(section)\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
            #expect(part.contains("<svg") && part.contains("<table>"), "\(share): \(section)")
        }
        #expect(html.contains("<th scope=\"row\">Support</th><td>4</td><td>1</td><td>0</td><td>5</td>"), "on a path, behind, finished, steps done")
        #expect(html.contains("<th scope=\"row\">Support</th><td>4</td><td>4</td><td>0</td>"), "people with a goal, open, reached: the private goal not counted")
        #expect(html.contains("<th scope=\"row\">W48</th><td>4</td><td>4</td><td>1</td>"), "mentions, colleagues, people named")
        for name in ["bob", "carla", "dave", "erin", "finn", "zo"] { #expect(!html.lowercased().contains(name), "\(share): \(name)") }
        for words in ["better at presenting", "clients", "slides", "all-hands", "change jobs"] { #expect(!html.contains(words), "\(share): \(words)") }
        if share == .themes {
            #expect(html.contains("<td>Your first weeks</td><td>4</td><td>1</td>"), "a path four people are on")
            #expect(html.contains("<th scope=\"row\">Support</th><td>presenting</td><td>3</td>"), "a goal theme three people share, by its word")
            #expect(html.contains("<th scope=\"row\">Give feedback that lands</th><td>4</td><td>1</td>"), "a topic four colleagues named someone on")
        } else {
            #expect(report.journeys.first?.journey.pathGroups == nil && report.learnedFrom?.holders.topics == nil)
            #expect(!html.contains("Your first weeks") && !html.contains(">presenting<"))
        }
    }

    @Test func underFullPeopleAreNamedOnPathsGoalsAndWhoTheyLearnFromButNeverAPrivateGoal() {
        let (_, html) = journeyPage(.full)
        #expect(html.contains("<th scope=\"row\">Bob</th><td>Support</td><td>Your first weeks</td><td>2 of 7</td><td>on track</td>"))
        #expect(html.contains("<th scope=\"row\">@carla:x</th><td>Support</td><td>Your first weeks</td><td>0 of 7</td><td>behind</td>"))
        #expect(html.contains("<td>get better at presenting</td>") && !html.contains("change jobs"))
        #expect(html.contains("<th scope=\"row\">Zoë</th><td>4</td><td>4</td><td>Give feedback that lands</td>"))
        #expect(html.contains("share = full"), "the page says it names people")
    }

    @Test func withoutAJourneyThereAreNoJourneySections() {
        let html = ReportHTMLRenderer(language: .en).render(report(), generated: "now")
        for section in ["paths", "goals", "learned-from"] { #expect(!html.contains("<section id=\"\(section)\">")) }
        #expect(!html.contains("used it in practice"))
    }
}
