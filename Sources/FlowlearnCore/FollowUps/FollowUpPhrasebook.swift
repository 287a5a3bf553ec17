/// Everything the bot says in follow-ups ("did the lesson help in practice?"), in Dutch and English.
public struct FollowUpPhrasebook: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language.say(nl, en) }

    public func question(lesson: String, deliveredOn: LocalDate) -> String {
        say("""
            👋 Op \(deliveredOn.spoken(in: .nl)) kreeg je de les **\(lesson)**. Heb je er in de praktijk iets mee gedaan? \
            Antwoord `ja`, `nog niet` of `het hielp niet`; een zin erbij over hoe is welkom (het contentteam leest die, zonder je naam).
            """,
            """
            👋 On \(deliveredOn.spoken(in: .en)) you got the lesson **\(lesson)**. Did you use it in practice? \
            Reply `yes`, `not yet` or `it didn't help`; a sentence about how is welcome (the content team reads it, without your name).
            """)
    }

    public func thanks(_ answer: FollowUpAnswer) -> String {
        let base: String
        switch answer.kind {
        case .used: base = say("Mooi om te horen, dank je! 🙌", "Great to hear, thanks! 🙌")
        case .notYet: base = say("Oké, dank je. De les blijft er voor als het wel past.", "OK, thanks. The lesson stays there for when it fits.")
        case .didNotHelp:
            base = say("Dank dat je het zegt: het contentteam ziet dat deze les niet hielp (nooit wie dat zei).",
                       "Thanks for telling me: the content team sees that this lesson did not help (never who said so).")
        }
        return answer.note == nil ? base : base + say(" Je toelichting heb ik voor ze genoteerd.", " I noted what you wrote for them.")
    }
}
