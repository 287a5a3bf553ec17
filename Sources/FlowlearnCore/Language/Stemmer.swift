/// Reduces a normalised word to its stem in one language ("wassen" → "wass", "reviews" →
/// "review"), so inflections of a word find each other. The core defines what it needs; the
/// Snowball adapter (`FlowlearnSnowball`) implements it.
public protocol Stemmer: Sendable {
    /// The stem of `word`, a word as ``TextNormalizer/words(_:includeHyphenJoined:)`` gives it.
    func stem(_ word: String) -> String
}

/// A stemmer that leaves every word as it is: for tests of code that does not care about
/// stemming, and the honest fallback when no stemmer is available.
public struct IdentityStemmer: Stemmer {
    public init() {}
    public func stem(_ word: String) -> String { word }
}

/// One stemmer per language.
public struct Stemmers: Sendable {
    public var english: any Stemmer
    public var dutch: any Stemmer

    public init(english: any Stemmer, dutch: any Stemmer) {
        self.english = english
        self.dutch = dutch
    }

    /// The stem of a normalised `word` in `language`.
    public func stem(_ word: String, language: Language) -> String {
        switch language {
        case .en: english.stem(word)
        case .nl: dutch.stem(word)
        }
    }

    /// No stemming in either language.
    public static let identity = Stemmers(english: IdentityStemmer(), dutch: IdentityStemmer())
}
