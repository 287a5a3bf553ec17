/// Turns text into the terms the index works with: words lowercased, diacritics folded,
/// stop words dropped, stemmed for a language.
enum TextAnalyzer {
    /// The stems of the words in `text`, in order.
    static func stems(of text: String, language: Language, dropStopWords: Bool) -> [String] {
        var result: [String] = []
        for word in TextNormalizer.words(text) {
            if dropStopWords && StopWords.isStopWord(word, language: language) { continue }
            result.append(TextNormalizer.stem(word, language: language))
        }
        return result
    }

    /// True when `word` carries no topic in either language (question scaffolding, function words).
    static func isQueryStopWord(_ word: String, primary: Language) -> Bool {
        StopWords.isStopWord(word, language: primary) || StopWords.isStopWord(word, language: primary.other)
    }
}
