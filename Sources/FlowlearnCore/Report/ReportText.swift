/// Everything the report says, in Dutch and English.
struct ReportText: Sendable {
    var language: Language

    func say(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    var decimalSeparator: String { language == .nl ? "," : "." }

    func heading(team: String?) -> String {
        team.map { say("Leren zichtbaar: \($0)", "Learning made visible: \($0)") } ?? say("Leren zichtbaar", "Learning made visible")
    }

    func period(_ weeks: [ISOWeek]) -> String {
        guard let first = weeks.first, let last = weeks.last else { return "" }
        return say("\(weeks.count) weken, \(first) t/m \(last)", "\(weeks.count) weeks, \(first) to \(last)")
    }

    func privacy(minimumPeople: Int) -> String {
        say("Vragen staan hier alleen als aantallen en als onderwerpen waar minstens \(minimumPeople) verschillende mensen naar vroegen, nooit in hun eigen woorden en nooit met namen. Van reflecties alleen deelname en pulse; privé-antwoorden nooit.",
            "Questions appear only as counts and as topics at least \(minimumPeople) different people asked about, never in their own words and never with names. Of reflections only participation and pulse; private replies never.")
    }

    func week(_ week: ISOWeek) -> String { "W\(NumberText.padded(week.week, width: 2))" }

    // Questions
    var questionsTitle: String { say("Vragen per week", "Questions per week") }
    var answered: String { say("beantwoord met een les", "answered with a lesson") }
    var gaps: String { say("nog zonder les", "without a lesson yet") }
    var weekColumn: String { say("Week", "Week") }
    var askedColumn: String { say("Gesteld", "Asked") }
    var answeredColumn: String { say("Met les", "Answered") }
    var gapsColumn: String { say("Zonder les", "No lesson") }
    var questionsAxis: String { say("vragen", "questions") }
    func questionsSummary(asked: Int, answered: Int, gaps: Int) -> String {
        say("\(asked) vragen in deze weken: \(answered) beantwoord met een les, \(gaps) nog zonder les.",
            "\(asked) questions in these weeks: \(answered) answered with a lesson, \(gaps) without a lesson yet.")
    }
    var noQuestions: String { say("Geen vragen in deze weken.", "No questions in these weeks.") }

    // Gap themes
    var gapsTitle: String { say("Grootste ontbrekende onderwerpen", "Largest content gaps") }
    var themeColumn: String { say("Onderwerp", "Topic") }
    var peopleColumn: String { say("Mensen", "People") }
    var timesColumn: String { say("Keer gevraagd", "Times asked") }
    var people: String { say("mensen", "people") }
    var times: String { say("keer gevraagd", "times asked") }
    var gapsAxis: String { say("aantal", "count") }
    func gapsSummary(_ count: Int) -> String {
        say("\(count) onderwerpen zonder les waar meerdere mensen naar vroegen.", "\(count) topics without a lesson that several people asked about.")
    }
    func gapsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) vragen zonder les over onderwerpen van minder dan \(minimumPeople) mensen: geteld, niet getoond.",
            "\(count) questions without a lesson on topics fewer than \(minimumPeople) people asked about: counted, not shown.")
    }
    var noGapThemes: String { say("Nog geen onderwerp zonder les dat genoeg mensen delen.", "No topic without a lesson that enough people share yet.") }

    // Lessons
    var lessonsTitle: String { say("Lessen: gebruik en nut", "Lessons: use and usefulness") }
    var lessonColumn: String { say("Les", "Lesson") }
    var asked: String { say("gevraagd", "asked") }
    var helpful: String { say("hielp", "helped") }
    var notHelpful: String { say("hielp niet", "did not help") }
    func lessonsSummary(_ count: Int) -> String {
        say("De \(count) meest gevraagde lessen, met hoe vaak iemand aangaf dat ze hielpen of niet hielpen.",
            "The \(count) most asked lessons, with how often someone said they helped or did not.")
    }
    func lessonsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) beantwoorde vragen over lessen die minder dan \(minimumPeople) mensen kregen: geteld, niet getoond.",
            "\(count) answered questions on lessons fewer than \(minimumPeople) people got: counted, not shown.")
    }
    var noLessons: String { say("Nog geen les die genoeg mensen kregen.", "No lesson enough people got yet.") }

    // Reflection
    var participationTitle: String { say("Reflectie: deelname per team", "Reflection: participation per team") }
    var pulseTitle: String { say("Reflectie: pulse per team", "Reflection: pulse per team") }
    var participationAxis: String { say("% gereageerd", "% replied") }
    var pulseAxis: String { say("pulse (1–5)", "pulse (1–5)") }
    var teamColumn: String { say("Team", "Team") }
    var repliedColumn: String { say("Gereageerd", "Replied") }
    var pulseColumn: String { say("Pulse", "Pulse") }
    func participationSummary(teams: Int) -> String {
        say("Welk deel van elk team per week op de reflectie reageerde (\(teams) teams).",
            "The share of each team that replied to the reflection each week (\(teams) teams).")
    }
    func pulseSummary(teams: Int) -> String {
        say("De gemiddelde pulse (1–5) per team per week (\(teams) teams).", "The average pulse (1–5) per team per week (\(teams) teams).")
    }
    var noReflections: String { say("Nog geen reflectieweken.", "No reflection weeks yet.") }
    func trend(_ trend: LearningReport.Trend?) -> String {
        switch trend {
        case .rising: return say("stijgend ↗", "rising ↗")
        case .falling: return say("dalend ↘", "falling ↘")
        case .steady: return say("gelijk →", "steady →")
        case nil: return say("nog te kort", "too early")
        }
    }
    var participationTrend: String { say("Trend deelname", "Participation trend") }
    var pulseTrend: String { say("Trend pulse", "Pulse trend") }

    func link(_ where_: String) -> String { say("📈 Rapport met grafieken: \(where_)", "📈 Report with charts: \(where_)") }
}
