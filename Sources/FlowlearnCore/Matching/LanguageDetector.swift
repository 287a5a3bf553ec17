/// Tells whether a chat message is Dutch or English, from the function words it uses.
public struct LanguageDetector: Sendable {
    public init() {}

    /// The language of `text`, or `fallback` when the message gives no clue either way
    /// (a single topic word such as "phishing").
    public func detect(_ text: String, fallback: Language) -> Language {
        var dutch = 0.0
        var english = 0.0
        let words = TextNormalizer.words(text)
        for word in words {
            let nl = Self.dutchMarkers.contains(word)
            let en = Self.englishMarkers.contains(word)
            if nl && !en { dutch += 1 }
            if en && !nl { english += 1 }
            // Spelling patterns only break ties in messages of several words: a lone topic
            // word ("phishing") says nothing about the asker's language.
            if !nl && !en && words.count >= 2 {
                // Spelling patterns that only one of the languages has.
                if word.contains("ij") || word.hasSuffix("heid") || word.hasSuffix("lijk") || word.hasSuffix("ing") && word.hasPrefix("ge")
                    || word.contains("oe") && word.count > 3 || Self.looksLikeDutchVerbOrNoun(word) {
                    dutch += 0.3
                } else if word.hasSuffix("ing") {
                    // Weaker than the other spellings: Dutch has many nouns in -ing (vergadering,
                    // opleiding, afdeling) and uses English ones as they are (training, phishing),
                    // so "phishing melden" or "phising mail herkennen" is Dutch.
                    english += 0.2
                } else if word.contains("th") || word.hasSuffix("tion") || word.contains("w") && !word.contains("ew") {
                    english += 0.3
                }
            }
        }
        if dutch > english { return .nl }
        if english > dutch { return .en }
        return fallback
    }

    /// A long word ending in the Dutch infinitive "-en" ("herkennen", "vergaderen"; English words
    /// such as "written" or "between" are shorter or end otherwise), or with "cht" not after "g"
    /// ("opdracht", "gesprek" aside, "licht"): spellings English rarely has.
    static func looksLikeDutchVerbOrNoun(_ word: String) -> Bool {
        if word.count >= 7 && word.hasSuffix("en") && !word.hasSuffix("tten") && !word.hasSuffix("dden")
            && !["between", "children", "kitchen", "mistaken", "threaten", "frighten", "lighten", "tighten"].contains(word) {
            return true
        }
        if let range = word.range(of: "cht"), range.lowerBound > word.startIndex, word[word.index(before: range.lowerBound)] != "g" { return true }
        return false
    }

    /// Common words that are Dutch and not English.
    static let dutchMarkers: Set<String> = [
        "hoe", "wat", "waar", "wanneer", "waarom", "wie", "welke", "ik", "je", "jij", "u", "mijn", "mn", "m'n",
        "jouw", "ons", "onze", "het", "de", "een", "en", "of", "maar", "niet", "geen", "wel", "met", "voor",
        "van", "naar", "bij", "op", "aan", "over", "uit", "als", "dat", "die", "dit", "deze", "zijn", "ben",
        "is", "heb", "heeft", "hebben", "moet", "moeten", "kan", "kun", "kunnen", "wil", "wil", "doe", "doen",
        "ga", "gaan", "zou", "zal", "mag", "iemand", "iets", "graag", "tips", "tip", "eerste", "nieuwe",
        "collega", "collega's", "mee", "om", "te", "er", "ook", "nog", "al", "zo", "veel", "goed", "beter",
        "vraag", "hulp", "help", "helpen", "pak", "aanpakken", "zn", "z'n", "mijnheer", "wij", "we", "jullie",
        "hun", "haar", "hem", "zij", "ze", "dan", "toch", "even", "eens", "vandaag", "morgen", "week",
        "vergadering", "gesprek", "leidinggevende", "manager", "melden", "geven", "krijgen", "ontvangen",
        "vergeet", "mij", "opgeslagen", "bewaar", "bewaard", "jullie", "hallo", "hoi", "dank", "bedankt",
    ]

    /// Common words that are English and not Dutch.
    static let englishMarkers: Set<String> = [
        "how", "what", "where", "when", "why", "who", "which", "i", "you", "my", "your", "our", "the", "a",
        "an", "and", "or", "but", "not", "no", "with", "for", "from", "to", "at", "on", "in", "about", "of",
        "if", "that", "this", "these", "those", "are", "am", "was", "were", "be", "have", "has", "had",
        "should", "must", "can", "could", "would", "will", "want", "do", "does", "did", "get", "got", "any",
        "some", "tips", "tip", "first", "new", "colleague", "someone", "something", "please", "help", "me",
        "we", "they", "them", "their", "it", "its", "is", "there", "here", "just", "really", "very", "good",
        "better", "question", "meeting", "give", "giving", "receive", "receiving", "report", "reporting",
        "forget", "store", "stored", "hello", "hi", "thanks", "thank", "im", "i'm", "dont", "don't", "whats",
    ]
}
