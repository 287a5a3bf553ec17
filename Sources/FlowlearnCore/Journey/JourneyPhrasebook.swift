/// What the bot says about the learning journey as a whole, in Dutch and English: its lines in
/// `help` and in "what do you store about me?", and the question who people learned from.
public struct JourneyPhrasebook: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language.say(nl, en) }

    public var help: String {
        say("""
            - _mijn leerdoel: …_: stel een leerdoel; _doelen_ toont ze, _doel klaar 2_ sluit er een
            - op een leerpad: _klaar_, _later_ of _overslaan_ op een stap
            - leidinggevenden: _start onboarding voor @naam:server_ start een leerpad voor iemand uit je team
            """,
            """
            - _my goal: …_: set a learning goal; _goals_ lists them, _goal done 2_ closes one
            - on a learning path: _done_, _later_ or _skip_ on a step
            - managers: _start onboarding for @name:server_ starts a learning path for someone in your team
            """)
    }

    public func stored(_ data: JourneyStoredData) -> String {
        say("Verder: \(data.goals) leerdoelen, \(data.paths) leerpaden met je voortgang, \(data.followUps) antwoorden op de vraag of een les hielp, en \(data.namedPeople) keer dat je iemand noemde van wie je leerde.",
            "Also: \(data.goals) learning goals, \(data.paths) learning paths with your progress, \(data.followUps) answers on whether a lesson helped, and \(data.namedPeople) times you named someone you learned from.")
    }

    /// The reflection's question who people learned from; `example` is an id in their own form.
    public func learnedFromQuestion(example: String) -> String {
        say("👥 Van wie heb je deze week iets geleerd, en waarover? Noem ze met hun chat-id, zoals \(example).",
            "👥 Who did you learn from this week, and about what? Name them with their chat id, like \(example).")
    }
}
