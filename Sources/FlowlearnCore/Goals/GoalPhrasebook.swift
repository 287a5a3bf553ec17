/// Everything the bot says about learning goals, in Dutch and English.
public struct GoalPhrasebook: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language.say(nl, en) }

    public func set(_ goal: LearningGoal, view: Phrasebook.ManagerView) -> String {
        say("🎯 Leerdoel \(goal.number) genoteerd: “\(goal.text)”. Ik vraag ernaar in je weekreflectie. `doelen` toont je leerdoelen; `doel klaar \(goal.number)` als je het gehaald hebt.",
            "🎯 Goal \(goal.number) noted: “\(goal.text)”. I'll ask about it in your weekly reflection. `goals` lists your goals; `goal done \(goal.number)` when you have reached it.")
            + " " + visibility(view, isPrivate: goal.isPrivate)
    }

    /// What the manager's summary shows of goals, as the person is told.
    public func visibility(_ view: Phrasebook.ManagerView, isPrivate: Bool) -> String {
        if isPrivate { return say("Dit doel is privé: je leidinggevende ziet het nooit.", "This goal is private: your manager never sees it.") }
        switch view.share {
        case .full:
            return say("Je leidinggevende ziet je leerdoelen met je naam in het weekoverzicht (niet wat met `privé:` begint).",
                       "Your manager sees your goals with your name in the weekly summary (not ones that start with `private:`).")
        case .themes:
            return say("Je leidinggevende ziet leerdoelen alleen als thema's die minstens \(view.minimumPeople) mensen delen, zonder namen.",
                       "Your manager sees goals only as themes at least \(view.minimumPeople) people share, without names.")
        case .counts:
            return say("Je leidinggevende ziet alleen hoeveel leerdoelen het team heeft.", "Your manager only sees how many goals the team has.")
        }
    }

    public func list(_ goals: [LearningGoal]) -> String {
        let open = goals.filter(\.isOpen), reached = goals.filter { !$0.isOpen }
        guard !goals.isEmpty else {
            return say("Je hebt nog geen leerdoelen. Stel er een met `mijn leerdoel: …`.", "You have no learning goals yet. Set one with `my goal: …`.")
        }
        var lines: [String] = []
        if open.isEmpty {
            lines.append(say("Je hebt geen open leerdoelen.", "You have no open goals."))
        } else {
            lines.append(say("🎯 Je leerdoelen:", "🎯 Your learning goals:"))
            lines += open.map { "\($0.number). \($0.text)" + ($0.isPrivate ? say(" _(privé)_", " _(private)_") : "") }
        }
        if !reached.isEmpty {
            lines.append(say("Gehaald: ", "Reached: ") + reached.map { "\($0.number). \($0.text)" }.joined(separator: "; "))
        }
        lines.append(say("_`doel klaar 2` sluit doel 2; `mijn leerdoel: …` voegt er een toe._", "_`goal done 2` closes goal 2; `my goal: …` adds one._"))
        return lines.joined(separator: "\n")
    }

    public func reached(_ goal: LearningGoal) -> String {
        say("🎉 Leerdoel \(goal.number) gehaald: “\(goal.text)”. Goed gedaan!", "🎉 Goal \(goal.number) reached: “\(goal.text)”. Well done!")
    }

    public func noSuchGoal(_ number: Int, open: [Int]) -> String {
        let list = open.map(String.init).joined(separator: ", ")
        return open.isEmpty
            ? say("Je hebt geen open leerdoel \(number); je hebt geen open leerdoelen.", "You have no open goal \(number); you have no open goals.")
            : say("Je hebt geen open leerdoel \(number). Je open leerdoelen: \(list).", "You have no open goal \(number). Your open goals: \(list).")
    }

    public func whichGoal(open: [Int]) -> String {
        open.isEmpty
            ? say("Je hebt geen open leerdoelen.", "You have no open goals.")
            : say("Welk doel? Schrijf bijvoorbeeld `doel klaar \(open[0])` (open: \(open.map(String.init).joined(separator: ", "))).",
                  "Which one? Write for example `goal done \(open[0])` (open: \(open.map(String.init).joined(separator: ", "))).")
    }

    /// The reflection prompt's question about one open goal.
    public func reflectionQuestion(_ goal: LearningGoal) -> String {
        say("🎯 Je leerdoel “\(goal.text)”: wat heb je er deze week voor gedaan?", "🎯 Your goal “\(goal.text)”: what did you do for it this week?")
    }
}
