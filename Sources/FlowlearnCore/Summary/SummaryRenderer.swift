import Foundation

/// Writes a ``TeamSummary`` as the chat message a manager reads, in their language.
public struct SummaryRenderer: Sendable {
    public var language: Language

    public init(language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    /// A compact bar for a share from 0 to 1.
    static func bar(_ share: Double) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let index = min(blocks.count - 1, max(0, Int((share * Double(blocks.count - 1)).rounded())))
        return String(blocks[index])
    }

    public func render(_ s: TeamSummary) -> String {
        var parts: [String] = []
        parts.append(say("📊 **Weekoverzicht \(s.team)**: week \(s.week.week) (\(s.week))",
                         "📊 **Weekly summary \(s.team)**: week \(s.week.week) (\(s.week))"))

        let p = s.participation
        let percent = p.members == 0 ? 0 : Int((Double(p.replied) / Double(p.members) * 100).rounded())
        var participation = say("**Deelname:** \(p.replied) van \(p.members) reageerden (\(percent)%)",
                                "**Participation:** \(p.replied) of \(p.members) replied (\(percent)%)")
        if p.skipped > 0 { participation += say(" · \(p.skipped) sloeg over", " · \(p.skipped) skipped") }
        if let names = p.repliedNames, !names.isEmpty { participation += "\n" + say("Gereageerd: ", "Replied: ") + names.joined(separator: ", ") }
        let trend = p.trend.map { w -> String in
            "W\(w.week.week) \(Self.bar(w.members == 0 ? 0 : Double(w.replied) / Double(w.members))) \(w.replied)/\(w.members)"
        }.joined(separator: " · ")
        participation += "\n" + say("Trend: ", "Trend: ") + trend
        parts.append(participation)

        if let average = s.pulse.average {
            let pulseTrend = p.trend.map { w in w.averagePulse.map { Self.bar(($0 - 1) / 4) } ?? "·" }.joined()
            parts.append(say("**Pulse:** gemiddeld \(NumberText.fixed(average, decimals: 1, separator: ",")) van 5 (\(s.pulse.answers) antwoorden) \(pulseTrend)",
                             "**Pulse:** average \(NumberText.fixed(average, decimals: 1)) of 5 (\(s.pulse.answers) answers) \(pulseTrend)"))
        }

        var reflections = say("**Reflecties:** \(s.reflectionCount)", "**Reflections:** \(s.reflectionCount)")
        if s.privateCount > 0 { reflections += say(" (+\(s.privateCount) privé, niet gedeeld)", " (+\(s.privateCount) private, not shared)") }
        switch s.share {
        case .full:
            for r in s.reflections ?? [] { reflections += "\n• **\(r.person):** \(r.text)" }
        case .themes:
            for theme in s.themes ?? [] {
                let name = theme.theme.isEmpty ? say("overig", "other") : theme.theme
                reflections += "\n• _\(name)_ (\(theme.count)): " + theme.excerpts.map { "“\($0)”" }.joined(separator: " ")
            }
            if s.reflectionsNotShown > 0 {
                reflections += "\n" + say("_\(s.reflectionsNotShown) niet getoond: een thema verschijnt pas als minstens \(s.minimumPeople) mensen het delen._",
                                          "_\(s.reflectionsNotShown) not shown: a theme appears only when at least \(s.minimumPeople) people share it._")
            }
        case .counts:
            break
        }
        parts.append(reflections)

        let q = s.questions
        if q.asked == 0 {
            parts.append(say("**Vragen:** geen", "**Questions:** none"))
        } else {
            var lines = say("**Vragen:** \(q.asked) gesteld, \(q.answered) met een les, \(q.gaps) nog zonder les",
                            "**Questions:** \(q.asked) asked, \(q.answered) answered with a lesson, \(q.gaps) without a lesson yet")
            let undecided = q.asked - q.answered - q.gaps
            if undecided > 0 { lines += say(", \(undecided) met een keuze uit lessen", ", \(undecided) offered a choice of lessons") }
            for lesson in q.lessons {
                let marks = (lesson.helpful + lesson.notHelpful) > 0 ? " · 👍 \(lesson.helpful) 👎 \(lesson.notHelpful)" : ""
                lines += "\n• " + say("\(lesson.title): \(lesson.people) mensen, \(lesson.times)×", "\(lesson.title): \(lesson.people) people, \(lesson.times)×") + marks
            }
            for theme in q.gapThemes {
                lines += "\n• " + say("nog geen les over _\(theme.theme)_: \(theme.people) mensen, \(theme.times)×",
                                      "no lesson yet on _\(theme.theme)_: \(theme.people) people, \(theme.times)×")
            }
            if q.notShown > 0 {
                lines += "\n" + say("_\(q.notShown) over onderwerpen van minder dan \(s.minimumPeople) mensen: niet getoond. Vragen zelf zie je nooit._",
                                    "_\(q.notShown) on topics fewer than \(s.minimumPeople) people asked about: not shown. You never see the questions themselves._")
            }
            parts.append(lines)
        }
        if let journey = s.journey { parts += JourneySummaryRenderer(language: language).render(journey, minimumPeople: s.minimumPeople) }
        return parts.joined(separator: "\n\n")
    }
}
