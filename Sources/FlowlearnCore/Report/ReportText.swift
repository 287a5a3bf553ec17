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

    var usedInPractice: String { say("gebruikt in de praktijk", "used it in practice") }
    var didNotHelpInPractice: String { say("hielp niet in de praktijk", "did not help in practice") }
    func lessonsWithFollowUpsSummary(_ count: Int) -> String {
        say("De \(count) meest gevraagde lessen, met hoe vaak iemand aangaf dat ze hielpen of niet, en of ze een paar werkdagen later in de praktijk gebruikt werden of niet hielpen.",
            "The \(count) most asked lessons, with how often someone said they helped or did not, and whether, asked a few working days later, they were used in practice or did not help.")
    }
    func followUpsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) antwoorden op \"hielp het?\" over lessen van minder dan \(minimumPeople) mensen: geteld, niet getoond.",
            "\(count) answers to \"did it help?\" on lessons fewer than \(minimumPeople) people are behind: counted, not shown.")
    }

    // Learning paths
    var pathsTitle: String { say("Leerpaden: voortgang per team", "Learning paths: progress per team") }
    var onPath: String { say("mensen op een pad", "people on a path") }
    var behind: String { say("lopen achter", "behind") }
    var finished: String { say("afgerond", "finished") }
    var stepsDone: String { say("stappen gedaan", "steps done") }
    var onPathColumn: String { say("Op een pad", "On a path") }
    var behindColumn: String { say("Achter", "Behind") }
    var finishedColumn: String { say("Afgerond", "Finished") }
    var stepsDoneColumn: String { say("Stappen gedaan", "Steps done") }
    func pathsSummary(teams: Int) -> String {
        say("Per team (\(teams)): hoeveel mensen een leerpad volgen, hoeveel daarvan achterlopen (een stap twee werkdagen na zijn dag nog niet gedaan), hoeveel het afrondden, en de stappen die in deze weken gedaan zijn.",
            "Per team (\(teams)): how many people are on a learning path, how many of them are behind (a step not done two working days after its day), how many finished, and the steps done in these weeks.")
    }
    var perPerson: String { say("Per persoon", "Per person") }
    var perPath: String { say("Per pad", "Per path") }
    var personColumn: String { say("Persoon", "Person") }
    var pathColumn: String { say("Pad", "Path") }
    var stepsColumn: String { say("Stappen", "Steps") }
    var statusColumn: String { say("Stand", "Status") }
    func steps(_ done: Int, of total: Int) -> String { say("\(done) van \(total)", "\(done) of \(total)") }
    func onTrack(_ behind: Bool) -> String { behind ? say("loopt achter", "behind") : say("op schema", "on track") }
    func pathsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) mensen op paden die minder dan \(minimumPeople) mensen volgen: niet per pad getoond.",
            "\(count) people on paths fewer than \(minimumPeople) people are on: not shown per path.")
    }

    // Learning goals
    var goalsTitle: String { say("Leerdoelen per team", "Learning goals per team") }
    var peopleWithGoal: String { say("mensen met een doel", "people with a goal") }
    var openGoals: String { say("open doelen", "open goals") }
    var reached: String { say("gehaald", "reached") }
    var openColumn: String { say("Open", "Open") }
    var reachedColumn: String { say("Gehaald", "Reached") }
    func goalsSummary(teams: Int) -> String {
        say("Per team (\(teams)): mensen met een open leerdoel, open doelen, en doelen gehaald in deze weken. Privé-doelen tellen niet mee.",
            "Per team (\(teams)): people with an open learning goal, open goals, and goals reached in these weeks. Private goals are not included.")
    }
    var goalColumn: String { say("Doel", "Goal") }
    var goalsPerPerson: String { say("Doelen", "Goals") }
    var goalThemes: String { say("Thema's van open doelen", "Themes of open goals") }
    var goalThemeColumn: String { say("Thema", "Theme") }
    func goalState(reached: Bool) -> String { reached ? say("gehaald", "reached") : say("open", "open") }
    func goalsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) doelen niet getoond: een thema verschijnt pas als minstens \(minimumPeople) mensen het delen.",
            "\(count) goals not shown: a theme appears only when at least \(minimumPeople) people share it.")
    }

    // Who people learn from
    var learnedFromTitle: String { say("Van wie mensen leren", "Who people learn from") }
    var mentions: String { say("keer genoemd", "mentions") }
    var namingColleagues: String { say("collega's die iemand noemden", "colleagues who named someone") }
    var peopleNamed: String { say("mensen genoemd", "people named") }
    var mentionsColumn: String { say("Genoemd", "Mentions") }
    var namingColumn: String { say("Door collega's", "By colleagues") }
    var peopleNamedColumn: String { say("Mensen genoemd", "People named") }
    var colleaguesColumn: String { say("Collega's", "Colleagues") }
    var topicsColumn: String { say("Onderwerpen", "Topics") }
    func learnedFromSummary() -> String {
        say("Hoe vaak mensen in hun reflectie een collega noemden van wie ze leerden, per week.",
            "How often people named a colleague they learned from in their reflection, per week.")
    }
    var namedMost: String { say("Meest genoemd", "Named most") }
    var perTopic: String { say("Per onderwerp", "Per topic") }
    func topicsNotShown(_ count: Int, minimumPeople: Int) -> String {
        say("\(count) onderwerpen waarop minder dan \(minimumPeople) collega's iemand noemden: niet getoond.",
            "\(count) topics fewer than \(minimumPeople) colleagues named someone on: not shown.")
    }
    var namesWithFull: String {
        say("Bij leerpaden, leerdoelen en van wie mensen leren staan namen, zoals in de samenvatting voor leidinggevenden (share = full); privé-doelen nooit.",
            "Learning paths, goals and who people learn from show names, as the manager summary does (share = full); private goals never.")
    }

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
