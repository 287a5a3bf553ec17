/// Writes the weekly reflection prompt: two or three open questions from `content/reflection/`
/// in the person's language, rotating week to week, plus the optional 1–5 pulse.
public struct ReflectionPromptComposer: Sendable {
    public var questions: ReflectionQuestionSet
    public var includePulse: Bool

    public init(questions: ReflectionQuestionSet, includePulse: Bool) {
        self.questions = questions
        self.includePulse = includePulse
    }

    /// The questions asked in `week`: consecutive weeks start at different questions, so
    /// everyone sees the whole set over time.
    public func questions(for week: ISOWeek) -> [String] {
        let all = questions.questions
        guard !all.isEmpty else { return [] }
        let count = min(all.count, week.week % 2 == 0 ? 3 : 2)
        let serial = week.year * 53 + week.week
        let start = (serial * 2) % all.count
        return (0..<count).map { all[(start + $0) % all.count] }
    }

    /// The prompt for `week`; `extra`: questions of the person's own (their goal, their path) after the set's.
    public func prompt(for week: ISOWeek, extra: [String] = []) -> String {
        let nl = questions.language == .nl
        var lines: [String] = []
        lines.append(nl ? "🌱 **Weekreflectie** (week \(week.week))" : "🌱 **Weekly reflection** (week \(week.week))")
        lines.append("")
        lines.append(nl ? "Neem vijf minuten om terug te kijken op je week:" : "Take five minutes to look back on your week:")
        for (i, q) in (questions(for: week) + extra).enumerated() { lines.append("\(i + 1). \(q)") }
        if includePulse, let pulse = questions.pulse {
            lines.append("")
            lines.append(pulse + (nl ? " Antwoord met een cijfer." : " Reply with a number."))
        }
        lines.append("")
        lines.append(nl
            ? "_Antwoord op dit bericht (of begin met `reflectie:`), gerust in meerdere berichten. Vragen aan mij beantwoord ik gewoon; twijfel ik, dan vraag ik het je. Begin met `privé:` om iets niet met je leidinggevende te delen. `overslaan` slaat deze week over, `pauze` stopt de vragen, `hervat` zet ze weer aan._"
            : "_Reply to this message (or start with `reflection:`), in as many messages as you like. Questions for me still get answers; when I can't tell, I'll ask. Start with `private:` to keep something from your manager. `skip` skips this week, `pause` stops the prompts, `resume` starts them again._")
        return lines.joined(separator: "\n")
    }

    public static func reminder(language: Language, week: ISOWeek) -> String {
        language == .nl
            ? "Een kleine herinnering: je weekreflectie (week \(week.week)) staat nog open. Een paar zinnen is genoeg. (`overslaan` als het deze week niet past.)"
            : "A small reminder: your weekly reflection (week \(week.week)) is still open. A few sentences are enough. (`skip` if it doesn't fit this week.)"
    }
}
