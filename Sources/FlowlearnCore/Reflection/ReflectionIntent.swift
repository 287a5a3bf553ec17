/// While a person's weekly reflection is open, tells whether a direct message is part of the
/// reflection or a question for the bot, from how it reads — or says it cannot tell.
///
/// A question stays a question on every day of the week: a message shaped like one (a question
/// mark, an opening such as "how do I" / "hoe kan ik") is answered or logged as a content gap,
/// never stored as reflection text that a manager might read. A message that reads as a look back
/// ("this week I …", "ik heb geleerd …", several sentences without a question) is reflection.
/// What is neither is `unclear`, and the bot asks the person once.
public enum ReflectionIntent: Sendable, Equatable {
    case reflection
    case question
    case unclear

    /// How `text` reads. `repliesToPrompt`: it is a reply to (or in the thread of) the prompt,
    /// which settles it; `confidentLesson`: the matcher would answer it with a lesson.
    public static func classify(_ text: String, repliesToPrompt: Bool, confidentLesson: Bool) -> ReflectionIntent {
        if repliesToPrompt { return .reflection }
        if let forced = ExplicitLabel(text) { return forced.intent }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = TextNormalizer.words(trimmed)
        guard !words.isEmpty else { return .unclear }
        let phrase = words.joined(separator: " ")

        // Shaped like a question: a question mark at the end, or a question's opening.
        if trimmed.hasSuffix("?") || Cues.opensQuestion(words) { return .question }
        // Reads as a look back on the week.
        if Cues.looksBack(words, phrase: phrase) { return .reflection }
        // Several sentences, or a long statement, without a question: a reflection.
        if Cues.sentenceCount(trimmed) >= 2 || words.count >= 12 { return .reflection }
        // A question asked without its shape ("i need help with …", "tips feedback geven"):
        // a lesson the matcher is sure of makes it a question.
        if confidentLesson && (Cues.asksForHelp(phrase) || words.count <= 6) { return .question }
        return .unclear
    }

    /// `reflection:` / `reflectie:` or `question:` / `vraag:` at the start: the person said what it is.
    public struct ExplicitLabel: Sendable, Equatable {
        public var intent: ReflectionIntent
        /// The text after the label.
        public var rest: String

        public init?(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let lower = trimmed.lowercased()
            for (label, intent) in Self.labels {
                for separator in [":", " :"] where lower.hasPrefix(label + separator) {
                    self.intent = intent
                    self.rest = String(trimmed.dropFirst(label.count + separator.count)).trimmingCharacters(in: .whitespacesAndNewlines)
                    return
                }
            }
            return nil
        }

        static let labels: [(String, ReflectionIntent)] = [
            ("reflection", .reflection), ("reflectie", .reflection),
            ("question", .question), ("vraag", .question),
        ]
    }

    /// The one-word answer to "reflection or question?", in either language; `nil` for anything else.
    public static func answer(_ text: String) -> ReflectionIntent? {
        switch TextNormalizer.words(text).joined(separator: " ") {
        case "reflection", "reflectie", "my reflection", "mijn reflectie", "weekreflectie", "reflect", "r":
            return .reflection
        case "question", "vraag", "a question", "een vraag", "q", "v":
            return .question
        default:
            return nil
        }
    }

    /// The wording cues, in English and Dutch.
    enum Cues {
        /// First words that open a question (one word, or two).
        static let questionOpeners: Set<String> = [
            // English
            "how", "what", "where", "when", "why", "who", "whom", "which", "can", "could", "should", "would", "shall",
            "is", "are", "do", "does", "did", "may", "might", "will", "any tips", "any advice", "anyone know", "is there",
            // Dutch
            "hoe", "wat", "waar", "wanneer", "waarom", "wie", "welke", "welk", "kan", "kun", "kunnen", "kunt", "mag", "mogen",
            "moet", "moeten", "heeft", "hebben", "heb", "is", "zijn", "weet", "weten", "zal", "zou", "zouden", "tips",
            "wie weet", "iemand tips",
        ]

        /// Openings that look like a question's but are exclamations ("what a week!", "wat een dag").
        static let exclamations: Set<String> = ["what a", "what an", "wat een", "wat was", "what was", "how nice", "hoe leuk", "wat fijn"]

        static func opensQuestion(_ words: [String]) -> Bool {
            let first = words[0]
            let two = words.count >= 2 ? words[0] + " " + words[1] : first
            if exclamations.contains(two) { return false }
            // "heb ik …", "is het …": a verb first is a question only when a person or thing follows it.
            return questionOpeners.contains(two) || questionOpeners.contains(first)
        }

        /// Words that place a message in the week that is looked back on.
        static let lookBackPhrases: [String] = [
            "this week", "last week", "today", "yesterday", "i learned", "i learnt", "i realised", "i realized", "i noticed",
            "went well", "didn t go", "did not go", "i managed", "i struggled", "i felt", "i found", "i was", "we had", "we did",
            "deze week", "vorige week", "vandaag", "gisteren", "ik heb geleerd", "ik leerde", "geleerd", "ik merkte", "ik merkte dat",
            "ging goed", "ging niet", "lukte", "ik vond", "ik was", "we hadden", "wij hadden", "ik voelde",
            // and forward from it: what the person will do next
            "next week", "next time", "i will", "i ll", "i am going to", "i m going to", "volgende week", "volgende keer", "ik ga",
            "ik zal", "ik wil voortaan", "voortaan",
        ]

        /// Openings of a statement about oneself.
        static let firstPerson: Set<String> = ["i", "im", "ive", "my", "we", "our", "ik", "mijn", "we", "wij", "ons", "onze", "me"]

        /// Wanting or needing something: a question without a question's shape.
        static let helpPhrases: [String] = [
            "i need", "i want to know", "i would like to know", "i d like to know", "i wonder", "help me", "help with", "tips for",
            "tips on", "advice on", "ik wil weten", "ik zoek", "ik vraag me af", "help me", "hulp bij", "tips voor", "advies over",
            "ik moet", "ik wil graag weten",
        ]

        static func looksBack(_ words: [String], phrase: String) -> Bool {
            // "What a week", "wat een dag": an exclamation about how it went.
            if words.count >= 2, exclamations.contains(words[0] + " " + words[1]) { return true }
            let padded = " " + phrase + " "
            if lookBackPhrases.contains(where: { padded.contains(" " + $0 + " ") }) { return !asksForHelp(phrase) }
            // "I …" that does not ask for anything: a statement about one's week.
            return firstPerson.contains(words[0]) && words.count >= 4 && !asksForHelp(phrase)
        }

        static func asksForHelp(_ phrase: String) -> Bool {
            let padded = " " + phrase + " "
            return helpPhrases.contains { padded.contains(" " + $0 + " ") }
        }

        /// Sentences in `text`: runs ended by `.`, `!` or `?` (a trailing fragment counts too).
        static func sentenceCount(_ text: String) -> Int {
            var count = 0
            var inSentence = false
            for character in text {
                if ".!?".contains(character) {
                    if inSentence { count += 1 }
                    inSentence = false
                } else if character.isLetter {
                    inSentence = true
                }
            }
            return count + (inSentence ? 1 : 0)
        }
    }
}
