/// Which words of a question carry no topic, whatever language the question is in.
enum TextAnalyzer {
    /// True when `word` carries no topic in either language (question scaffolding, function words).
    static func isQueryStopWord(_ word: String, primary: Language) -> Bool {
        StopWords.isStopWord(word, language: primary) || StopWords.isStopWord(word, language: primary.other)
    }
}
