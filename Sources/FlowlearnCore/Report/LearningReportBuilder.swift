import Foundation

/// Builds a ``LearningReport`` from ``ReportData`` with the manager summary's privacy rules:
/// a lesson or a gap theme is shown only when at least `minimumPeople` different people are
/// behind it, questions never in their words, and nobody by name, whatever `share` says.
public struct LearningReportBuilder: Sendable {
    public var share: FlowlearnConfig.ShareMode
    public var language: Language
    public var minimumPeople: Int
    /// The most lessons and gap themes shown.
    public var maximumRows = 10
    /// The lessons' titles, twins and experts, for who people learn from.
    public var library: ContentLibrary

    public init(share: FlowlearnConfig.ShareMode, language: Language, minimumPeople: Int, library: ContentLibrary = ContentLibrary(lessons: [])) {
        self.share = share
        self.language = language
        self.minimumPeople = minimumPeople
        self.library = library
    }

    public func build(_ data: ReportData) -> LearningReport {
        let weekSet = Set(data.weeks)
        let asked = data.questions.filter { weekSet.contains(ISOWeek(containing: $0.askedAt, in: data.timeZone)) }
        var perWeek: [ISOWeek: (asked: Int, gaps: Int)] = [:]
        for q in asked {
            let week = ISOWeek(containing: q.askedAt, in: data.timeZone)
            perWeek[week, default: (0, 0)].asked += 1
            if q.isGap { perWeek[week, default: (0, 0)].gaps += 1 }
        }
        let questions = data.weeks.map { week in
            let counts = perWeek[week] ?? (0, 0)
            return LearningReport.WeekQuestions(week: week, asked: counts.asked, answered: counts.asked - counts.gaps, gaps: counts.gaps)
        }

        let gaps = asked.filter(\.isGap)
        let groups = ThemeExtractor(minimumPeople: minimumPeople, maximumThemes: maximumRows)
            .groups(gaps.map { ThemeExtractor.Item(person: $0.person, text: $0.text) }, fallbackLanguage: language)
        let gapThemes = groups.map { LearningReport.GapTheme(theme: $0.word, people: $0.people, times: $0.items.count) }

        // A lesson is shown when at least `minimumPeople` different people asked for it or said
        // in a follow-up whether it helped them in practice.
        var byLesson: [String: [QuestionRecord]] = [:]
        for q in asked { if let lesson = q.lessonID { byLesson[lesson, default: []].append(q) } }
        var answersByLesson: [String: [FollowUpRecord]] = [:]
        for f in data.followUps where f.answer != nil {
            if let at = f.answeredAt, weekSet.contains(ISOWeek(containing: at, in: data.timeZone)) { answersByLesson[f.lesson, default: []].append(f) }
        }
        var lessons: [LearningReport.LessonUse] = []
        var lessonQuestionsShown = 0
        for lesson in Set(byLesson.keys).union(answersByLesson.keys) {
            let questions = byLesson[lesson] ?? [], answers = answersByLesson[lesson] ?? []
            let people = Set(questions.map(\.person) + answers.map(\.person)).count
            guard people >= minimumPeople else { continue }
            lessons.append(LearningReport.LessonUse(
                lesson: lesson, title: data.lessonTitles[lesson] ?? lesson, people: people, asked: questions.count,
                helpful: questions.filter { $0.feedback == 1 }.count, notHelpful: questions.filter { $0.feedback == -1 }.count,
                used: answers.filter { $0.answer == .used }.count, didNotHelp: answers.filter { $0.answer == .didNotHelp }.count))
        }
        lessons.sort { ($0.asked, $0.people, $1.lesson) > ($1.asked, $1.people, $0.lesson) }
        lessons = Array(lessons.prefix(maximumRows))
        lessonQuestionsShown = lessons.map(\.asked).reduce(0, +)
        let shownLessons = Set(lessons.map(\.lesson))
        let followUpsNotShown = answersByLesson.filter { !shownLessons.contains($0.key) }.map(\.value.count).reduce(0, +)

        let teams = data.teams.map { team in
            LearningReport.TeamReflection(
                team: team.team, weeks: team.weeks,
                participationTrend: Self.trend(team.weeks.map { $0.members == 0 ? nil : Double($0.replied) / Double($0.members) }, threshold: 0.05),
                pulseTrend: Self.trend(team.weeks.map(\.averagePulse), threshold: 0.2))
        }

        return LearningReport(
            team: data.team, weeks: data.weeks, share: share, minimumPeople: minimumPeople, questions: questions,
            gapThemes: gapThemes, gapsNotShown: gaps.count - groups.map(\.items.count).reduce(0, +), lessons: lessons,
            lessonQuestionsNotShown: asked.count - gaps.count - lessonQuestionsShown, followUpsNotShown: followUpsNotShown, teams: teams,
            journeys: journeys(data), learnedFrom: learnedFrom(data))
    }

    /// Each team's paths and goals as its manager summary would show them over these weeks;
    /// teams with neither are left out.
    func journeys(_ data: ReportData) -> [LearningReport.TeamJourney] {
        let builder = JourneySummaryBuilder(share: share, language: language, minimumPeople: minimumPeople)
        return data.teams.map { team in
            LearningReport.TeamJourney(team: team.team, journey: builder.build(team.journey, members: team.members, names: data.names,
                                                                               titles: data.lessonTitles))
        }.filter { $0.hasPaths || $0.hasGoals }
    }

    /// Colleagues named in the weeks: counts per week, and what `share` allows of who and on what.
    func learnedFrom(_ data: ReportData) -> LearningReport.LearnedFrom? {
        let weekSet = Set(data.weeks)
        let mentions = data.mentions.filter { weekSet.contains($0.week) }
        guard !mentions.isEmpty else { return nil }
        let weeks = data.weeks.map { week in
            let of = mentions.filter { $0.week == week }
            return LearningReport.LearnedFromWeek(week: week, mentions: of.count, colleagues: Set(of.map(\.person)).count,
                                                  peopleNamed: Set(of.map(\.named)).count)
        }
        var holders = KnowledgeHolderReport(mentions: mentions, library: library, share: share, minimumPeople: minimumPeople)
        // Topics in the reader's language (a topic is a lesson and its twin), people by their names.
        func title(_ lesson: String, _ fallback: String) -> String { library.lesson(lesson, in: language)?.title ?? data.lessonTitles[lesson] ?? fallback }
        holders.holders = holders.holders?.map { holder in
            var h = holder
            h.person = data.names[h.person] ?? h.person
            h.topics = h.topics.map { var t = $0; t.title = title(t.lesson, t.title); return t }
            return h
        }
        holders.topics = holders.topics?.map { var t = $0; t.title = title(t.lesson, t.title); return t }
        return LearningReport.LearnedFrom(weeks: weeks, holders: holders)
    }

    /// Rising or falling when the later half of the weeks with a value averages at least
    /// `threshold` above or below the earlier half; `nil` with fewer than two values.
    static func trend(_ values: [Double?], threshold: Double) -> LearningReport.Trend? {
        let present = values.compactMap { $0 }
        guard present.count >= 2 else { return nil }
        let half = present.count / 2
        let earlier = present.prefix(half), later = present.suffix(half)
        let difference = later.reduce(0, +) / Double(later.count) - earlier.reduce(0, +) / Double(earlier.count)
        if difference >= threshold { return .rising }
        if difference <= -threshold { return .falling }
        return .steady
    }
}
