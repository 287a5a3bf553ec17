import Foundation
import Testing
@testable import FlowlearnCore

/// A content folder in a temporary directory, removed when the test ends.
final class TemporaryContent {
    let root: String

    init(_ files: [String: String]) throws {
        root = NSTemporaryDirectory() + "flowlearn-content-" + UUID().uuidString
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static func lesson(_ id: String, language: String = "en", title: String? = nil, questions: [String] = ["How?"],
                       extra: String = "", body: String = "Intro.\n\n## Tips\n- tip") -> String {
        "---\nid: \(id)\ntitle: \(title ?? id)\nlanguage: \(language)\nquestions:\n"
            + questions.map { "  - \($0)\n" }.joined() + extra + "---\n" + body + "\n"
    }

    static let reflectionEN = "---\nlanguage: en\npulse: \"How was your week, 1-5?\"\n---\n- What went well?\n- What will you do differently?\n- What did you learn?\n"
    static let reflectionNL = "---\nlanguage: nl\n---\n- Wat ging er goed?\n- Wat doe je volgende week anders?\n"
}

@Suite struct ContentLoaderTests {
    @Test func loadsLessonsRecursivelyWithReflectionAndSynonyms() throws {
        let content = try TemporaryContent([
            "hr/review.md": TemporaryContent.lesson("review"),
            "security/phishing.md": TemporaryContent.lesson("phishing-herkennen", language: "nl"),
            "README.md": "# not a lesson",
            "reflection/en.md": TemporaryContent.reflectionEN,
            "reflection/nl.md": TemporaryContent.reflectionNL,
            "synonyms.txt": "# comment\nbila = one-on-one\n",
        ])
        let result = ContentLoader(root: content.root).load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let library = try #require(result.library)
        #expect(library.lessons.map(\.id).sorted() == ["phishing-herkennen", "review"])
        #expect(library.reflectionQuestions[.en]?.questions.count == 3)
        #expect(library.reflectionQuestions[.en]?.pulse == "How was your week, 1-5?")
        #expect(library.reflectionQuestions[.nl]?.questions.first == "Wat ging er goed?")
        #expect(library.synonyms.groups == [["bila", "one-on-one"]])
        #expect(library.countsByLanguage == [.en: 1, .nl: 1])
    }

    @Test func reportsDuplicateIdsUnknownRelatedAndAllFileProblemsInOneRun() throws {
        let content = try TemporaryContent([
            "a/one.md": TemporaryContent.lesson("same"),
            "b/two.md": TemporaryContent.lesson("same"),
            "c/three.md": TemporaryContent.lesson("three", extra: "related: [nowhere]\n"),
            "d/four.md": "---\ntitle: x\nlanguage: fr\nquestions: [a]\n---\nbody",
            "reflection/en.md": TemporaryContent.reflectionEN,
            "reflection/nl.md": TemporaryContent.reflectionNL,
        ])
        let result = ContentLoader(root: content.root).load()
        let lines = result.diagnostics.errors.map { $0.description.replacingOccurrences(of: content.root, with: "content") }
        #expect(lines == [
            "content/b/two.md:2: duplicate id `same`: already used by content/a/one.md:2",
            "content/c/three.md:2: `related` names `nowhere`, but no lesson has that id",
            "content/d/four.md:3: language must be `nl` or `en`, not `fr`",
        ])
        #expect(!result.isClean)
        // The valid lessons are still there, for a reader who wants to see them.
        #expect(result.library?.lessons.map(\.id) == ["same", "three"])
    }

    @Test func missingFolderAndInvalidUTF8AreReported() throws {
        let missing = ContentLoader(root: "/nonexistent/flowlearn").load()
        #expect(missing.library == nil)
        #expect(missing.diagnostics.first?.description == "/nonexistent/flowlearn: content folder not found")

        let content = try TemporaryContent(["reflection/en.md": TemporaryContent.reflectionEN])
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: content.root + "/bad.md"))
        let result = ContentLoader(root: content.root).load()
        #expect(result.diagnostics.errors.map(\.message).contains("the file is not valid UTF-8 text"))
    }

    @Test func reflectionFilesAreCheckedToo() throws {
        let content = try TemporaryContent([
            "x.md": TemporaryContent.lesson("x"),
            "reflection/en.md": "---\nlanguage: en\n---\n- Only one question\nnot a list item\n",
        ])
        let result = ContentLoader(root: content.root).load()
        let messages = result.diagnostics.map { $0.description.replacingOccurrences(of: content.root, with: "content") }
        #expect(messages.contains("content/reflection/en.md:5: each reflection question is a line starting with `- `"))
        #expect(messages.contains("content/reflection/en.md:4: a reflection file needs at least two questions (a prompt asks two or three)"))
        #expect(messages.contains("content/reflection: warning: no reflection questions in `nl`: add reflection/nl.md"))
    }

    @Test func reviewByInThePastWarns() throws {
        let content = try TemporaryContent(["x.md": TemporaryContent.lesson("x", extra: "review_by: 2026-01-31\n")])
        let library = try #require(ContentLoader(root: content.root).load().library)
        #expect(library.reviewWarnings(today: LocalDate(year: 2026, month: 1, day: 31)).isEmpty)
        let warnings = library.reviewWarnings(today: LocalDate(year: 2026, month: 2, day: 1))
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("due for review on 2026-01-31") == true)
    }

    @Test func synonymLinesAreValidated() {
        let (table, problems) = SynonymTable.parse("bila = one-on-one\njust words\na = \n", path: "content/synonyms.txt")
        #expect(table.groups == [["bila", "one-on-one"]])
        #expect(problems.map(\.description) == [
            "content/synonyms.txt:2: expected terms separated by `=`, like `bila = one-on-one`",
            "content/synonyms.txt:3: empty term: every `=` needs a word or phrase on both sides",
        ])
    }
}
