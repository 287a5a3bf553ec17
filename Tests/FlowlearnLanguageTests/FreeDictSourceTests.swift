import FlowlearnCore
import FlowlearnFreeDict
import FlowlearnSnowball
import Foundation
import Testing

/// The FreeDict adapter reads the dictionaries where Debian installs them (`make test` installs
/// the packages), and the matcher uses them as a bridge between the languages.
@Suite struct FreeDictSourceTests {
    @Test func readsWordPairsFromTheInstalledDictionaries() throws {
        let source = try FreeDictSource()
        var pairs = 0
        var found: Set<String> = []
        try source.forEachPair { dutch, english in
            pairs += 1
            if (dutch, english) == ("wassen", "wash") || (dutch, english) == ("hand", "hand") { found.insert(dutch) }
        }
        #expect(pairs > 20_000)
        #expect(found == ["wassen", "hand"])
    }

    @Test func aMissingDictionaryIsATypedProblemNamingTheFile() {
        #expect(throws: FreeDictSource.Problem.self) { try FreeDictSource(directory: "/nonexistent") }
        do {
            _ = try FreeDictSource(directory: "/nonexistent")
        } catch {
            #expect("\(error)".contains("/nonexistent/freedict-nld-eng.index"))
            #expect("\(error)".contains("dict-freedict-nld-eng"))
        }
    }

    @Test func aCorruptDictionaryIsAProblemNotACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("freedict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["nld-eng", "eng-nld"] {
            try Data("hand\tA\tB\n".utf8).write(to: folder.appendingPathComponent("freedict-\(name).index"))
            try Data("not gzip".utf8).write(to: folder.appendingPathComponent("freedict-\(name).dict.dz"))
        }
        let source = try FreeDictSource(directory: folder.path)
        #expect(throws: FreeDictSource.Problem.self) { try source.forEachPair { _, _ in } }
    }

    @Test func theDictionaryBridgesADutchQuestionToAnEnglishLesson() throws {
        let lessons = [
            Microlearning(id: "hand-hygiene", title: "Hand hygiene at work", language: .en, minutes: 5, tags: ["hygiene"],
                          questions: ["When should I clean my hands?"], body: "Wash your hands for twenty seconds with soap."),
            Microlearning(id: "lifting", title: "Lift boxes safely", language: .en, minutes: 5, tags: ["lifting"],
                          questions: ["How do I lift a heavy box?"], body: "Bend your knees and keep the load close."),
        ]
        let stemmers = try Stemmers.snowball()
        let library = ContentLibrary(lessons: lessons)
        let with = LessonMatcher(library: library, language: LanguageResources(stemmers: stemmers, translations: try FreeDictSource()))
        let without = LessonMatcher(library: library, language: LanguageResources(stemmers: stemmers, translations: nil))
        let question = "hoe lang moet je je handen wassen"
        #expect(with.match(question, fallbackLanguage: .nl).candidates.first?.lesson.id == "hand-hygiene")
        let bridged = with.match(question, fallbackLanguage: .nl).candidates.first?.confidence ?? 0
        let unbridged = without.match(question, fallbackLanguage: .nl).candidates.first { $0.lesson.id == "hand-hygiene" }?.confidence ?? 0
        #expect(bridged > unbridged)
    }
}
