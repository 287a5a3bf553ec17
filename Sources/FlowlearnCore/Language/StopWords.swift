/// Words that carry no topic, per language: function words (articles, pronouns, prepositions,
/// auxiliaries, conjunctions) plus the scaffolding of chat questions ("how do i", "any tips",
/// "hoe pak ik ... aan", "heeft iemand tips"). Matching ignores them so that lessons are found by
/// what a question is about, not by how it is asked.
///
/// The lists are deliberately conservative: a word that can tell two lessons apart is NOT a stop
/// word, even when it is common. In particular these stay searchable: verbs of direction and
/// action ("give"/"geven", "receive"/"ontvangen"/"krijgen", "get", "report"/"melden",
/// "recognise"/"herkennen", "tell"/"vertellen", "ask", "make"), "first"/"eerste"/"eerst",
/// "new"/"nieuw", "own"/"eigen", "zelf" and the reflexives ("myself", "mezelf"), "no"/"nee"
/// (saying no), "one" (one-on-one, day one), "long"/"lang" (password length), "same" and
/// "help"/"hulp" (asking for help is a lesson of its own).
///
/// Words are expected normalised as `TextNormalizer.words(_:)` produces them: lowercase, no
/// diacritics, split at apostrophes ("don't" -> "don", "t"; "m'n" -> "m", "n"), so the lists
/// contain those fragments and chat spellings ("mn", "zn", "im", "dont", "pls") too. Every single
/// letter is a stop word in both languages; single digits are not ("1-op-1").
public enum StopWords {
    /// Whether `word` (normalised, see above) carries no topic in `language`.
    public static func isStopWord(_ word: String, language: Language) -> Bool {
        if isSingleLetter(word) { return true }
        return words(for: language).contains(word)
    }

    /// The stop word list for `language` (single letters, which are stop words too, are not listed).
    public static func words(for language: Language) -> Set<String> {
        switch language {
        case .en: english
        case .nl: dutch
        }
    }

    static func isSingleLetter(_ word: String) -> Bool {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return first.properties.isAlphabetic
    }

    /// English stop words.
    public static let english: Set<String> = [
        // Articles, determiners, quantifiers.
        "the", "an", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
        "either", "neither", "another", "other", "others", "such", "much", "many", "more", "most",
        "few", "lot", "lots", "bit", "kind", "kinda", "sort", "sorta", "none",
        // Pronouns (reflexives like "myself" are kept: "introduce myself" is about one's own start).
        "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it",
        "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "someone", "somebody",
        "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
        "nothing", "nobody", "stuff", "thing", "things",
        // Question words.
        "how", "what", "which", "who", "whom", "whose", "when", "where", "why", "whether",
        "whatever", "whichever", "however",
        // Auxiliaries and modals.
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "ought", "need", "want", "wants", "going", "gonna", "wanna", "gotta",
        // Contraction fragments and chat spellings ("don't" -> "don" + "t", "im", "cant").
        "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "won",
        "wouldn", "shouldn", "couldn", "mustn", "needn", "ll", "re", "ve",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "wont", "wouldnt",
        "shouldnt", "couldnt", "im", "ive", "youre", "theyre", "thats", "whats", "hows",
        // Prepositions and particles.
        "about", "above", "across", "after", "against", "along", "among", "around", "at", "before",
        "behind", "below", "beside", "besides", "between", "beyond", "by", "despite", "down",
        "during", "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto",
        "out", "outside", "over", "per", "since", "through", "throughout", "till", "to", "toward",
        "towards", "under", "until", "up", "upon", "via", "with", "within", "without",
        // Conjunctions.
        "and", "or", "but", "nor", "so", "yet", "because", "bc", "cuz", "while", "whereas",
        "although", "though", "if", "unless", "then", "than", "as",
        // Adverbs and fillers.
        "here", "there", "now", "just", "really", "rly", "very", "quite", "rather", "actually",
        "basically", "also", "too", "even", "still", "already", "again", "ever", "never", "always",
        "often", "sometimes", "maybe", "perhaps", "probably", "not", "only", "else", "etc",
        "instead", "whenever", "wherever", "go", "goes", "well", "better", "best", "good", "properly",
        "totally", "completely", "literally", "anyway", "somehow", "whole", "entire",
        // Question scaffolding.
        "tips", "tip", "tricks", "trick", "advice", "advise", "suggestion", "suggestions", "way",
        "ways", "question", "please", "pls", "plz", "thanks", "thank", "thx", "hi", "hello", "hey",
        "ok", "okay", "yes",
    ]

    /// Dutch stop words.
    public static let dutch: Set<String> = [
        // Articles, determiners, quantifiers.
        "de", "het", "een", "die", "dat", "deze", "dit", "elk", "elke", "ieder", "iedere", "alle",
        "allebei", "beide", "sommige", "enkele", "veel", "meer", "meeste", "weinig", "ander",
        "andere", "anderen", "zulke",
        // Pronouns (zelf, mezelf, eigen are kept: "ik doe alles zelf" is about delegating).
        "ik", "me", "mij", "mijn", "mn", "je", "jij", "jou", "jouw", "jullie", "uw", "we", "wij",
        "ons", "onze", "hij", "hem", "zn", "zij", "ze", "haar", "hun", "hen", "men", "zich",
        "iemand", "niemand", "iedereen", "iets", "niets", "niks", "alles", "dingen", "ding",
        // Question words.
        "hoe", "wat", "welk", "welke", "wie", "waar", "wanneer", "waarom", "hoeveel", "hoezo",
        // Auxiliaries, modals and scaffolding verbs.
        "ben", "bent", "is", "zijn", "was", "waren", "geweest", "word", "wordt", "worden", "werd",
        "werden", "geworden", "heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad", "kan",
        "kun", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "wil", "wilt",
        "willen", "wilde", "wilden", "zal", "zult", "zullen", "zou", "zouden", "mag", "mogen",
        "mocht", "mochten", "doe", "doet", "doen", "deed", "deden", "gedaan", "ga", "gaat", "gaan",
        "ging", "gingen", "gegaan", "pak", "aanpak", "aanpakken", "nodig",
        // Prepositions and separable-verb particles.
        "aan", "af", "bij", "boven", "door", "in", "met", "mee", "na", "naar", "naast", "om", "onder",
        "op", "over", "per", "sinds", "te", "ten", "ter", "tegen", "tijdens", "toe", "tot", "tussen",
        "uit", "van", "vanaf", "vanuit", "via", "voor", "zonder",
        // Conjunctions.
        "en", "of", "ofwel", "maar", "want", "dus", "omdat", "als", "dan", "toen", "terwijl",
        "zodat", "hoewel", "tenzij", "zoals", "noch", "nadat", "voordat", "zodra", "totdat", "doordat",
        "aangezien", "indien", "mits", "opdat", "ofschoon", "zolang",
        // Pronominal adverbs.
        "er", "daar", "hier", "daarop", "daarover", "daarmee", "daarvan", "daarbij", "daarin",
        "daarvoor", "daaraan", "erover", "ervan", "eraan", "erbij", "ermee", "erin", "erop",
        "ervoor", "erachter", "hierover", "hiermee", "hiervoor", "waarover", "waarmee", "waarvoor",
        "waarop", "waarbij", "waarvan", "waardoor", "daardoor", "hierdoor",
        // Adverbs and fillers.
        "nu", "nog", "al", "ook", "wel", "niet", "geen", "zo", "heel", "erg", "echt", "zeer", "toch",
        "even", "ff", "nou", "net", "gewoon", "eigenlijk", "misschien", "beetje", "steeds",
        "altijd", "nooit", "vaak", "soms", "weer", "vooral", "ongeveer", "alsof", "hele", "paar",
        "best", "beter", "goed", "goede", "ergens", "zelfs", "echter", "namelijk", "juist", "ja",
        "he", "oh", "bijv", "bv", "enz", "etc", "ipv", "iplv", "ivm", "mbt", "tov", "helemaal", "allemaal",
        "inderdaad", "eventueel", "waarschijnlijk", "zomaar", "telkens", "ineens", "opeens", "nogal",
        // Question scaffolding.
        "tips", "tip", "advies", "trucs", "suggesties", "vraag", "vraagje", "graag", "manier",
        "manieren", "hoi", "hallo", "hey", "hi", "bedankt", "dank", "alvast", "aub", "svp", "pls",
        "ok", "oke",
    ]
}
