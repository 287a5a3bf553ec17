/// Everything the bot says about learning paths, in Dutch and English.
public struct PathPhrasebook: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language.say(nl, en) }

    public func stepHeader(path: String, number: Int, total: Int) -> String {
        say("🧭 **\(path)** · stap \(number) van \(total)", "🧭 **\(path)** · step \(number) of \(total)")
    }

    public var again: String { say("_(Nog een keer, zoals je vroeg.)_", "_(Again, as you asked.)_") }

    public var aTask: String { say("Opdracht:", "Your task:") }

    public var controls: String {
        say("_Antwoord `klaar` als je deze stap gedaan hebt, `later` om hem de volgende werkdag opnieuw te krijgen, of `overslaan`._",
            "_Reply `done` when you have done this step, `later` to get it again the next working day, or `skip`._")
    }

    public func buddyNote(person: String, path: String, number: Int, total: Int, task: String) -> String {
        say("🤝 **Buddynotitie**: vandaag krijgt \(person) stap \(number) van \(total) van **\(path)**. Jouw deel: \(task)",
            "🤝 **Buddy note**: today \(person) gets step \(number) of \(total) of **\(path)**. Your part: \(task)")
    }

    public func buddyWelcome(person: String, path: String, start: LocalDate) -> String {
        say("🤝 Je bent de buddy van \(person) op **\(path)**, vanaf \(start.spoken(in: .nl)). Op de dagen dat een stap jou nodig heeft, stuur ik je een korte notitie.",
            "🤝 You are \(person)'s buddy on **\(path)**, from \(start.spoken(in: .en)). On the days a step involves you, I'll send you a short note.")
    }

    public func done(_ step: String, done: Int, total: Int) -> String {
        say("✅ Klaar: **\(step)**. \(done) van \(total) stappen gedaan.", "✅ Done: **\(step)**. \(done) of \(total) steps done.")
    }

    public func skipped(_ step: String) -> String {
        say("Oké, **\(step)** sla ik over.", "OK, skipped **\(step)**.")
    }

    public func nextComes(on date: LocalDate, at time: TimeOfDay) -> String {
        say("De volgende stap komt \(date.spoken(in: .nl)) om \(time).", "The next step comes on \(date.spoken(in: .en)) at \(time).")
    }

    public var nothingOpen: String {
        say("Er wacht nu geen stap van je leerpad op je; de volgende stuur ik op een werkdag.",
            "No step of your path is waiting for you right now; I'll send the next one on a working day.")
    }

    public func stillOpen(_ steps: [String]) -> String {
        let list = steps.map { "**\($0)**" }.joined(separator: ", ")
        return say("Nog open: \(list).", "Still open: \(list).")
    }

    public func finished(_ path: String) -> String {
        say("🎉 Dat was de laatste stap van **\(path)**. Goed gedaan!", "🎉 That was the last step of **\(path)**. Well done!")
    }

    public func postponed(_ step: String, to date: LocalDate, at time: TimeOfDay) -> String {
        say("Oké, ik stuur **\(step)** \(date.spoken(in: .nl)) om \(time) opnieuw.",
            "OK, I'll send **\(step)** again on \(date.spoken(in: .en)) at \(time).")
    }

    public func started(path: String, id: String, person: String, start: LocalDate, steps: Int, first: LocalDate, time: TimeOfDay,
                        buddy: String?) -> String {
        let withBuddy = buddy.map { say(" Buddy: \($0).", " Buddy: \($0).") } ?? ""
        return say("🧭 **\(path)** (`\(id)`) is gestart voor \(person) vanaf \(start.spoken(in: .nl)): \(steps) stappen, de eerste \(first.spoken(in: .nl)) om \(time) (hun tijd).\(withBuddy)",
                   "🧭 Started **\(path)** (`\(id)`) for \(person) from \(start.spoken(in: .en)): \(steps) steps, the first on \(first.spoken(in: .en)) at \(time) (their time).\(withBuddy)")
    }

    public func alreadyOn(person: String, path: String, since: LocalDate) -> String {
        say("\(person) zit al op **\(path)** (sinds \(since.spoken(in: .nl))).", "\(person) is already on **\(path)** (since \(since.spoken(in: .en))).")
    }

    public func notYourTeam(_ person: String) -> String {
        say("Ik kan alleen een leerpad starten voor iemand uit een team waarvan jij leidinggevende bent, en \(person) zit niet in zo'n team.",
            "I can only start a path for someone in a team you manage, and \(person) is not in one.")
    }

    public func unknownPath(_ id: String, known: [String]) -> String {
        let list = known.isEmpty ? say("er zijn nog geen leerpaden", "there are no paths yet") : known.map { "`\($0)`" }.joined(separator: ", ")
        return say("Er is geen leerpad `\(id)`. Leerpaden: \(list).", "There is no path `\(id)`. Paths: \(list).")
    }

    public func whoFor(_ id: String) -> String {
        say("Voor wie? Schrijf `start \(id) voor @naam:server`.", "Who is it for? Write `start \(id) for @name:server`.")
    }

    public func badDate(_ text: String) -> String {
        say("`\(text)` is geen datum; schrijf hem als 2026-12-14.", "`\(text)` is not a date; write it as 2026-12-14.")
    }

    /// The weekly check-in for people on a path, riding along with the reflection prompt.
    public var checkIn: String {
        say("🧭 Wat heb je deze week geleerd op je leerpad?", "🧭 What did you learn on your path this week?")
    }

    public var aStep: String { say("Een kleine opdracht", "A small task") }
}
