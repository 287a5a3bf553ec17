import Foundation
import Testing
@testable import FlowlearnCore

/// The learning journey in the manager summary and in `flowlearn experts`: each `share` mode
/// shows exactly what it promises — names only with `full`, topics only when enough people
/// share them, private goals never.
@Suite struct JourneySummaryTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let members = ["@a:x", "@b:x", "@c:x", "@d:x"]

    func progress(_ person: String, behind: Bool) -> PathProgress {
        var p = PathProgress(person: person, path: "onboarding", title: "Your first weeks", start: LocalDate("2026-12-14")!, buddy: nil, total: 5)
        p.done = 2
        p.toCome = 3
        p.behind = behind
        return p
    }

    func followUp(_ person: String, _ lesson: String, _ answer: FollowUpAnswer.Kind, note: String? = nil) -> FollowUpRecord {
        FollowUpRecord(person: person, lesson: lesson, topic: lesson, deliveredAt: now, askedAt: now, answer: answer, note: note, answeredAt: now)
    }

    var data: JourneyWeekData {
        JourneyWeekData(
            paths: [progress("@a:x", behind: true), progress("@b:x", behind: false)], stepsDone: 3,
            followUps: [followUp("@a:x", "give-feedback-en", .used, note: "used it with @b:x"), followUp("@b:x", "give-feedback-en", .used),
                        followUp("@c:x", "give-feedback-en", .didNotHelp), followUp("@d:x", "report-phishing", .notYet)],
            followUpsThisWeek: 2,
            goals: [.init(person: "@a:x", goal: LearningGoal(number: 1, text: "give clearer feedback", setAt: now)),
                    .init(person: "@b:x", goal: LearningGoal(number: 1, text: "feedback in reviews", setAt: now)),
                    .init(person: "@c:x", goal: LearningGoal(number: 1, text: "ask for feedback more", setAt: now)),
                    .init(person: "@d:x", goal: LearningGoal(number: 1, text: "secret plan to leave", isPrivate: true, setAt: now))])
    }

    func summary(_ share: FlowlearnConfig.ShareMode) -> (JourneySummary, String) {
        let s = JourneySummaryBuilder(share: share, language: .en, minimumPeople: 3)
            .build(data, members: members, names: ["@a:x": "Ayla"], titles: ["give-feedback-en": "Give feedback"])
        let json = String(decoding: try! JSONEncoder().encode(s), as: UTF8.self)
        return (s, json + JourneySummaryRenderer(language: .en).render(s, minimumPeople: 3).joined(separator: "\n"))
    }

    @Test func fullShowsEachMembersPathAndGoalsByName() {
        let (s, text) = summary(.full)
        #expect(s.memberPaths?.map(\.person) == ["Ayla", "@b:x"])
        #expect(text.contains("**Ayla**: Your first weeks, 2 of 5 steps, behind"))
        #expect(text.contains("**@b:x**: Your first weeks, 2 of 5 steps, on track"))
        #expect(text.contains("**Ayla:** give clearer feedback"))
        #expect(!text.contains("secret plan"), "a private goal never appears")
        #expect(!text.contains("used it with"), "what people wrote with a follow-up is never shown")
    }

    @Test func themesAndCountsNameNobody() {
        for share in [FlowlearnConfig.ShareMode.themes, .counts] {
            let (s, text) = summary(share)
            for id in members + ["Ayla"] { #expect(!text.contains(id), "\(share): \(id) in \(text)") }
            #expect(!text.contains("secret plan"))
            #expect(s.peopleOnPaths == 2 && s.behind == 1 && s.stepsDoneThisWeek == 3)
            #expect(s.memberPaths == nil && s.goals == nil)
        }
        let (themes, text) = summary(.themes)
        #expect(themes.pathGroups?.isEmpty == true && themes.pathsNotShown == 2, "two people on a path: fewer than three")
        #expect(themes.goalThemes?.first?.theme == "feedback" && themes.goalThemes?.first?.count == 3, "\(String(describing: themes.goalThemes))")
        #expect(text.contains("_feedback_ (3)"))
        let (counts, _) = summary(.counts)
        #expect(counts.goalThemes == nil && counts.openGoals == 3 && counts.peopleWithGoals == 3)
    }

    @Test func lessonsInPracticeNeedEnoughPeopleInEveryMode() {
        for share in FlowlearnConfig.ShareMode.allCases {
            let (s, text) = summary(share)
            #expect(s.lessonsInPractice == [.init(lesson: "give-feedback-en", title: "Give feedback", people: 3, used: 2, notYet: 0, didNotHelp: 1)])
            #expect(s.followUpsNotShown == 1, "one answer on a lesson only one person answered about")
            #expect(text.contains("Give feedback: 3 people · used 2, not yet 0, didn't help 1"))
        }
    }

    @Test func expertsFollowTheShareMode() {
        let lessons = SampleLibrary.lessons.map { lesson -> Microlearning in
            var l = lesson
            if l.id == "report-phishing" { l.experts = ["@security:x"] }
            if l.id == "give-feedback-en" { l.experts = ["@coach:x"]; l.related = ["feedback-geven-nl"] }
            if l.id == "feedback-geven-nl" { l.related = ["give-feedback-en"] }
            return l
        }
        let library = ContentLibrary(lessons: lessons)
        let week = ISOWeek(year: 2026, week: 51)
        let mentions = ["@a:x", "@b:x", "@c:x"].map { LearnedFromMention(person: $0, named: "@sam:x", week: week, topics: ["feedback-geven-nl"], at: now) }
            + [LearnedFromMention(person: "@a:x", named: "@coach:x", week: week, topics: ["give-feedback-en"], at: now),
               LearnedFromMention(person: "@d:x", named: "@zoe:x", week: week, topics: ["first-aid"], at: now)]
        let full = KnowledgeHolderReport(mentions: mentions, library: library, share: .full, minimumPeople: 3)
        #expect(full.holders?.first?.person == "@sam:x" && full.holders?.first?.colleagues == 3)
        #expect(full.holders?.first?.topics.map(\.lesson) == ["feedback-geven-nl"])
        #expect(full.holders?.first(where: { $0.person == "@coach:x" })?.topics.map(\.lesson) == ["feedback-geven-nl"], "twins are one topic")
        #expect(full.listedNeverNamed.map(\.lesson) == ["report-phishing"])
        #expect(full.namedNotListed.contains { $0.lesson == "feedback-geven-nl" && $0.namedNotListed == ["@sam:x"] })
        #expect(full.rendered().contains("@sam:x: named by 3 colleagues (3×) on Feedback geven aan een collega (3); not listed as an expert"))

        for share in [FlowlearnConfig.ShareMode.themes, .counts] {
            let report = KnowledgeHolderReport(mentions: mentions, library: library, share: share, minimumPeople: 3)
            let text = report.rendered() + String(decoding: try! JSONEncoder().encode(report), as: UTF8.self)
            for id in ["@a:x", "@b:x", "@c:x", "@d:x", "@sam:x", "@zoe:x", "@coach:x", "@security:x"] {
                #expect(!text.contains(id), "\(share): \(id)")
            }
            #expect(report.holders == nil)
            #expect(!text.contains("First aid"), "a topic one colleague named someone on is not shown")
        }
        let themes = KnowledgeHolderReport(mentions: mentions, library: library, share: .themes, minimumPeople: 3)
        #expect(themes.topics?.map(\.lesson) == ["feedback-geven-nl"] && themes.topics?.first?.peopleNamed == 2)
        #expect(themes.topicsNotShown == 1)
        #expect(themes.rendered().contains("Feedback geven aan een collega: 3 colleagues named 2 people, 1 not listed as experts"))
    }
}
