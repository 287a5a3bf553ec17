/// A general Dutch ↔ English dictionary: the word pairs it knows, read on demand. The core
/// defines what it needs; the FreeDict adapter (`FlowlearnFreeDict`) reads the installed
/// dictionaries. A matcher keeps only the pairs that touch its library (see ``TranslationBridge``).
public protocol TranslationSource: Sendable {
    /// Calls `body` with every pair of a Dutch and an English word that translate each other,
    /// both normalised (``TextNormalizer/normalize(_:)``), single words only.
    func forEachPair(_ body: (_ dutch: String, _ english: String) -> Void) throws
}

/// What the matcher knows of language beyond the library: stemmers and a bilingual dictionary.
/// Built once at start by the edges and handed to every matcher.
public struct LanguageResources: Sendable {
    public var stemmers: Stemmers
    /// The dictionary, or `nil` when none is installed (matching then bridges the languages only
    /// through the lexicon and words both languages share). It is read each time a matcher is
    /// built and only what touches the library is kept, so it costs no memory in between.
    public var translations: (any TranslationSource)?

    public init(stemmers: Stemmers, translations: (any TranslationSource)?) {
        self.stemmers = stemmers
        self.translations = translations
    }

    /// No stemming, no dictionary (tests that do not depend on language).
    public static let plain = LanguageResources(stemmers: .identity, translations: nil)
}
