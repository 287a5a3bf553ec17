import Foundation

/// Everything the bot says in its own words, in Dutch and English.
public struct Phrasebook: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    public var noAnswerYet: String {
        say("Daar heb ik nog niets over. Ik heb je vraag genoteerd voor het contentteam, zodat er een les over kan komen.",
            "I have nothing on that yet. I noted your question for the content team, so a lesson can be written about it.")
    }

    /// For a message the bot could not decrypt (its app did not share the key with the bot).
    public var couldNotRead: String {
        say("Ik kon je bericht niet lezen: het is versleuteld en de sleutel ervan heb ik niet gekregen. "
            + "Wil je het nog een keer sturen? Gebeurt dit vaker, herstart dan je app: dan haalt hij mijn sleutels opnieuw op.",
            "I couldn't read your message: it is encrypted and I did not get its key. "
            + "Could you send it again? If this keeps happening, restart your app so it fetches my keys again.")
    }

    /// Opens the numbered list of lessons offered when the question is a close call.
    public var whichOfThese: String { say("Welke van deze bedoel je?", "Which of these do you mean?") }

    /// A number that is not on the offered list.
    public func pickFromList(_ count: Int) -> String {
        say("Kies een nummer van 1 tot en met \(count), of stel je vraag anders.", "Pick a number from 1 to \(count), or ask it differently.")
    }

    /// Closes that list.
    public var orAskDifferently: String {
        say("Antwoord met het nummer of de titel, of stel je vraag anders.", "Reply with the number or the title, or ask it differently.")
    }

    public func minutes(_ n: Int) -> String { say("\(n) minuten", "\(n) minutes") }

    public var formalTrainingFirst: String {
        say("⚠️ Eerst de formele training: dit onderwerp vraagt om een erkende opleiding. Deze tips vervangen die niet.",
            "⚠️ Formal training first: this topic needs proper training. These tips do not replace it.")
    }

    public var formalTrainingWhere: String { say("Training:", "Training:") }

    public var experts: String { say("Wie weet hier meer van:", "Who knows more about this:") }

    public var related: String { say("Ook handig:", "Also useful:") }

    public var feedbackHint: String {
        say("Hielp dit? Reageer met 👍 of 👎.", "Did this help? React with 👍 or 👎.")
    }

    public var otherLanguageNote: String {
        say("(Deze les is alleen in het Engels beschikbaar.)", "(This lesson is only available in Dutch.)")
    }

    public var thanksForFeedback: String { say("Dank voor je feedback!", "Thanks for your feedback!") }

    public var nothingToRate: String {
        say("Ik heb je nog geen les gestuurd om te beoordelen.", "I have not sent you a lesson to rate yet.")
    }

    /// What a manager's weekly summary shows of their team: the `[summary]` settings.
    public struct ManagerView: Sendable, Equatable {
        public var share: FlowlearnConfig.ShareMode
        public var minimumPeople: Int
        public init(share: FlowlearnConfig.ShareMode, minimumPeople: Int) {
            self.share = share
            self.minimumPeople = minimumPeople
        }
    }

    public func help(_ view: ManagerView) -> String {
        say("""
            Hoi! Ik ben Flowlearn. Stel me een vraag over je werk, bijvoorbeeld _hoe bereid ik een beoordelingsgesprek voor?_, \
            en ik stuur je een korte les van 5–10 minuten. Verder:
            - 👍 / 👎 op een antwoord: laat weten of het hielp
            - _wat bewaar je over mij?_: wat ik over je heb opgeslagen
            - _vergeet mij_: wis alles wat ik over je weet
            """,
            """
            Hi! I'm Flowlearn. Ask me a question about your work, for example _how do I prepare a performance review?_, \
            and I'll send you a short lesson of 5–10 minutes. Also:
            - 👍 / 👎 on an answer: tell me whether it helped
            - _what do you store about me?_: what I have stored about you
            - _forget me_: erase everything I know about you
            """) + "\n" + whatYourManagerSees(view)
    }

    /// Exactly what the manager's weekly summary shows of what this person asks and writes.
    public func whatYourManagerSees(_ view: ManagerView) -> String {
        let n = view.minimumPeople
        let reflections: String
        switch view.share {
        case .full:
            reflections = say("je weekreflectie met je naam erbij", "your weekly reflection, with your name")
        case .themes:
            reflections = say("terugkerende thema's uit weekreflecties, zonder namen, alleen als minstens \(n) mensen een thema delen",
                              "recurring themes of weekly reflections, without names, only when at least \(n) people share a theme")
        case .counts:
            reflections = say("alleen aantallen: hoeveel mensen reageerden, hoeveel reflecties", "only numbers: how many replied, how many reflections")
        }
        return say("""
            Je leidinggevende ziet je vragen nooit, alleen per les of onderwerp hoeveel mensen erom vroegen, en pas als dat minstens \(n) mensen waren. \
            Van je reflectie ziet je leidinggevende: \(reflections). Wat met _privé:_ begint, nooit.
            """,
            """
            Your manager never sees your questions, only how many people asked about a lesson or topic, and only once at least \(n) people did. \
            Of your reflection your manager sees: \(reflections). Anything starting with _private:_, never.
            """)
    }

    /// What is stored about the person; `learningRecords`: whether learning records go to the
    /// organisation's learning record store (`[xapi]`).
    public func storedData(_ summary: StoredDataSummary, retentionDays: Int, managerView: ManagerView, learningRecords: Bool = false) -> String {
        let oldest = summary.oldest.map { LocalDate($0, in: TimeZone(identifier: "UTC")!).description }
        return say(
            """
            Dit bewaar ik over jou: \(summary.questions) vragen die je stelde (met de les die ik gaf en je 👍/👎), \
            \(summary.reflections) weekreflecties en \(summary.prompts) reflectievragen die ik je stuurde\
            \(oldest.map { ", sinds \($0)" } ?? ""). \
            Alles ouder dan \(retentionDays) dagen wis ik automatisch. Typ _vergeet mij_ om alles nu te wissen.
            """,
            """
            This is what I store about you: \(summary.questions) questions you asked (with the lesson I gave and your 👍/👎), \
            \(summary.reflections) weekly reflections and \(summary.prompts) reflection prompts I sent you\
            \(oldest.map { ", since \($0)" } ?? ""). \
            I erase anything older than \(retentionDays) days automatically. Type _forget me_ to erase it all now.
            """) + (learningRecords ? "\n" + learningRecordsSent : "") + "\n" + whatYourManagerSees(managerView)
    }

    /// Said when `[xapi]` is configured: what goes to the organisation's learning record store.
    public var learningRecordsSent: String {
        say("""
            Wat je hier leert gaat ook als leerregistraties (xAPI) naar het learning record store (LRS) van je organisatie: \
            dat je iets vroeg (nooit je woorden), welke les je kreeg, je 👍/👎, je antwoord op "hielp het?", stappen van je leerpad \
            en dat je op een reflectie reageerde (nooit wat je schreef). _Vergeet mij_ trekt ze daar in; \
            een LRS bewaart ingetrokken registraties wel, wissen kan de beheerder ervan.
            """,
            """
            What you learn here also goes as learning records (xAPI) to your organisation's learning record store (LRS): \
            that you asked something (never your words), which lesson you got, your 👍/👎, your answer to "did it help?", \
            steps of your learning path and that you replied to a reflection (never what you wrote). _Forget me_ withdraws them there; \
            an LRS does keep withdrawn records, which its administrator can erase.
            """)
    }

    public var confirmForget: String {
        say("Weet je het zeker? Ik wis dan al je vragen, reflecties en instellingen. Antwoord _ja, vergeet mij_ om te bevestigen.",
            "Are you sure? I will erase all your questions, reflections and settings. Reply _yes, forget me_ to confirm.")
    }

    public var forgotten: String {
        say("Gedaan: ik heb alles over je gewist.", "Done: I have erased everything about you.")
    }

    public var forgetCancelled: String {
        say("Oké, ik wis niets.", "OK, I will not erase anything.")
    }

    public var reflectionNoted: String {
        say("Dank je, genoteerd! Je kunt nog aanvullen tot de week sluit.", "Thanks, noted! You can add more until the week closes.")
    }

    public var reflectionAdded: String {
        say("✅ Toegevoegd aan je weekreflectie.", "✅ Added to your weekly reflection.")
    }

    public var reflectionOrQuestion: String {
        say("Hoort dit bij je weekreflectie, of is het een vraag aan mij? Antwoord met één woord: `reflectie` of `vraag`.",
            "Is this part of your weekly reflection, or a question for me? Answer with one word: `reflection` or `question`.")
    }

    public var reflectionSkipped: String {
        say("Oké, deze week sla ik over. Tot volgende week!", "OK, skipping this week. See you next week!")
    }

    public var nothingToSkip: String {
        say("Er staat deze week geen reflectie open om over te slaan.", "There is no open reflection to skip this week.")
    }

    public var paused: String {
        say("Oké, ik stuur je geen weekreflecties meer. Typ `hervat` om ze weer aan te zetten.",
            "OK, I will not send you weekly reflections any more. Type `resume` to start them again.")
    }

    public var resumed: String {
        say("Fijn, je krijgt weer elke week een reflectievraag.", "Great, you will get a reflection prompt every week again.")
    }
}
