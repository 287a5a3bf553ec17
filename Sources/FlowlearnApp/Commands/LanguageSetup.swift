import FlowlearnCore
import FlowlearnFreeDict
import FlowlearnSnowball
import Foundation

/// The language resources every matcher of this process uses: the Snowball stemmers and the
/// installed FreeDict dictionaries, found once at start. What is missing is a warning, never a
/// failure: without the dictionaries the bot still answers, bridging Dutch and English only
/// through its lexicon.
enum LanguageSetup {
    /// The resources, and one line per thing that is missing.
    struct Loaded: Sendable {
        var resources: LanguageResources
        var problems: [String]
    }

    /// `$FLOWLEARN_DICTIONARIES` names another folder with the dictd files (tests use it).
    static let environmentKey = "FLOWLEARN_DICTIONARIES"

    /// Found on first use.
    static let shared: Loaded = load(dictionaryDirectory: ProcessInfo.processInfo.environment[environmentKey] ?? FreeDictSource.defaultDirectory)

    static func load(dictionaryDirectory: String) -> Loaded {
        var problems: [String] = []
        let stemmers: Stemmers
        do {
            stemmers = try Stemmers.snowball()
        } catch {
            problems.append("\(error): matching runs without stemming (install libstemmer0d)")
            stemmers = .identity
        }
        var translations: (any TranslationSource)?
        do {
            translations = try FreeDictSource(directory: dictionaryDirectory)
        } catch {
            problems.append("\(error); Dutch and English questions find lessons in the other language only through the built-in lexicon")
        }
        return Loaded(resources: LanguageResources(stemmers: stemmers, translations: translations), problems: problems)
    }

    /// A matcher for `library` with the shared resources.
    static func matcher(for library: ContentLibrary) -> LessonMatcher {
        LessonMatcher(library: library, language: shared.resources)
    }
}
