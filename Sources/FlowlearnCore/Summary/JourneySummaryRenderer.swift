/// Writes the learning journey part of a manager's summary, in their language.
public struct JourneySummaryRenderer: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language.say(nl, en) }

    /// The paragraphs about paths, lessons in practice and goals; none when there is nothing to say.
    public func render(_ j: JourneySummary, minimumPeople: Int) -> [String] {
        var parts: [String] = []
        if j.peopleOnPaths > 0 || j.finished > 0 {
            var text = say("**Leerpaden:** \(j.peopleOnPaths) mensen onderweg, \(j.behind) achter · \(j.stepsDoneThisWeek) stappen gedaan deze week",
                           "**Learning paths:** \(j.peopleOnPaths) people on a path, \(j.behind) behind · \(j.stepsDoneThisWeek) steps done this week")
            if j.finished > 0 { text += say(" · \(j.finished) afgerond", " · \(j.finished) finished") }
            for m in j.memberPaths ?? [] {
                text += "\n• " + say("**\(m.person)**: \(m.path), \(m.done) van \(m.total) stappen, \(m.behind ? "loopt achter" : "op schema")",
                                     "**\(m.person)**: \(m.path), \(m.done) of \(m.total) steps, \(m.behind ? "behind" : "on track")")
            }
            for g in j.pathGroups ?? [] {
                text += "\n• " + say("\(g.path): \(g.people) mensen, \(g.behind) achter", "\(g.path): \(g.people) people, \(g.behind) behind")
            }
            if j.pathsNotShown > 0 {
                text += "\n" + say("_\(j.pathsNotShown) op leerpaden van minder dan \(minimumPeople) mensen: niet per pad getoond._",
                                   "_\(j.pathsNotShown) on paths fewer than \(minimumPeople) people are on: not shown per path._")
            }
            parts.append(text)
        }
        if j.followUpsAnswered > 0 {
            var text = say("**Lessen in de praktijk:** \(j.followUpsAnswered) antwoorden op \"hielp het?\" (\(j.followUpsThisWeek) deze week)",
                           "**Lessons in practice:** \(j.followUpsAnswered) answers to \"did it help?\" (\(j.followUpsThisWeek) this week)")
            for l in j.lessonsInPractice {
                text += "\n• " + say("\(l.title): \(l.people) mensen · gebruikt \(l.used), nog niet \(l.notYet), hielp niet \(l.didNotHelp)",
                                     "\(l.title): \(l.people) people · used \(l.used), not yet \(l.notYet), didn't help \(l.didNotHelp)")
            }
            if j.followUpsNotShown > 0 {
                text += "\n" + say("_\(j.followUpsNotShown) over lessen waar minder dan \(minimumPeople) mensen over antwoordden: niet getoond._",
                                   "_\(j.followUpsNotShown) on lessons fewer than \(minimumPeople) people answered about: not shown._")
            }
            parts.append(text)
        }
        if j.openGoals > 0 || j.goalsReachedThisWeek > 0 {
            var text = say("**Leerdoelen:** \(j.openGoals) open (\(j.peopleWithGoals) mensen), \(j.goalsReachedThisWeek) gehaald deze week",
                           "**Learning goals:** \(j.openGoals) open (\(j.peopleWithGoals) people), \(j.goalsReachedThisWeek) reached this week")
            for g in j.goals ?? [] {
                text += "\n• **\(g.person):** \(g.text)" + (g.reached ? say(" ✅ gehaald", " ✅ reached") : "")
            }
            for theme in j.goalThemes ?? [] {
                text += "\n• _\(theme.theme)_ (\(theme.count)): " + theme.excerpts.map { "“\($0)”" }.joined(separator: " ")
            }
            if j.goalsNotShown > 0 {
                text += "\n" + say("_\(j.goalsNotShown) niet getoond: een thema verschijnt pas als minstens \(minimumPeople) mensen het delen._",
                                   "_\(j.goalsNotShown) not shown: a theme appears only when at least \(minimumPeople) people share it._")
            }
            parts.append(text)
        }
        return parts
    }
}
