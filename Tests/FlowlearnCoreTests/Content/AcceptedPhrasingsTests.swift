import Foundation
import Testing
@testable import FlowlearnCore

/// `content/phrasings.txt`: accepted phrasings are sample questions of their lesson; every bad line names its place.
@Suite struct AcceptedPhrasingsTests {
    @Test func linesAreReadAndBadOnesNamed() {
        let text = """
            # accepted
            give-feedback-en: how do i tell a coworker their slides are bad

            no colon here
            Bad Id!: something
            give-feedback-en:
            give-feedback-en: How do I tell a coworker their slides are bad?
            """
        let (table, problems) = AcceptedPhrasings.parse(text, path: "content/phrasings.txt")
        #expect(table.entries.map(\.text) == ["how do i tell a coworker their slides are bad"])
        #expect(problems.map(\.description) == [
            "content/phrasings.txt:4: expected `lesson-id: how someone asked`",
            "content/phrasings.txt:5: `Bad Id!` is not a lesson id (lowercase letters, digits, `-`, `_`)",
            "content/phrasings.txt:6: the phrasing after `give-feedback-en:` is empty",
            "content/phrasings.txt:7: warning: the same phrasing of `give-feedback-en` is already accepted at line 2",
        ])
        #expect(AcceptedPhrasings.line(lessonID: "a", text: "two\nlines ") == "a: two lines")
    }

    @Test func theLoaderAddsThemToTheirLessonsAndNamesUnknownLessons() throws {
        let root = NSTemporaryDirectory() + "phrasings-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "---\ntitle: Give feedback\nlanguage: en\nquestions: [How do I give feedback?]\n---\nBody\n"
            .write(toFile: root + "/give-feedback.md", atomically: true, encoding: .utf8)
        try "give-feedback: my coworker's slides are bad, what do i say\nnope: something\n"
            .write(toFile: root + "/phrasings.txt", atomically: true, encoding: .utf8)
        let result = ContentLoader(root: root).load()
        #expect(result.library?["give-feedback"]?.questions == ["How do I give feedback?", "my coworker's slides are bad, what do i say"])
        #expect(result.diagnostics.errors.map(\.description) == ["\(root)/phrasings.txt:2: no lesson has the id `nope`"])
        #expect(ContentLoader(root: root).fingerprint().keys.contains(root + "/phrasings.txt"), "an edit reloads the daemon")
    }
}
