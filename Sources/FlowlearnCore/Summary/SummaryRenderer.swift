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
        case .counts:
            break
        }
        parts.append(reflections)

        if s.questions.isEmpty {
            parts.append(say("**Vragen:** geen", "**Questions:** none"))
        } else {
            var lines = say("**Vragen van het team** (\(s.questions.count)):", "**Questions the team asked** (\(s.questions.count)):")
            for q in s.questions.prefix(15) {
                let mark = q.feedback.map { $0 > 0 ? " 👍" : " 👎" } ?? ""
                lines += "\n• “\(q.text)” → \(q.lesson ?? "-")\(mark)"
            }
            if s.questions.count > 15 { lines += "\n• " + say("en nog \(s.questions.count - 15)", "and \(s.questions.count - 15) more") }
            parts.append(lines)
        }
        if !s.gaps.isEmpty {
            var lines = say("**Nog geen les voor** (contentgaten):", "**No lesson yet** (content gaps):")
            for gap in s.gaps { lines += "\n• “\(gap.text)”" + (gap.count > 1 ? " (\(gap.count)×)" : "") }
            parts.append(lines)
        }
        if !s.lessonFeedback.isEmpty {
            let list = s.lessonFeedback.map { "\($0.title) 👍 \($0.helpful) 👎 \($0.notHelpful)" }.joined(separator: " · ")
            parts.append(say("**Wat hielp:** ", "**What helped:** ") + list)
        }
        return parts.joined(separator: "\n\n")
    }
}
