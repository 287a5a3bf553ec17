import Testing
@testable import FlowlearnCore

@Suite struct FrontMatterParserTests {
    func parse(_ text: String) -> (FrontMatter?, [Diagnostic]) {
        FrontMatterParser().parse(text, path: "content/x.md")
    }

    @Test func readsScalarsFlowListsBlockListsAndQuotedStrings() throws {
        let (fm, problems) = parse("""
            ---
            id: prepare-review
            title: "Prepare: the review"
            tags: [hr, "review, yearly", conversation]
            questions:
              - How do I prepare?
              - "What about \\"quotes\\"?"
            ---
            Body text
            """)
        #expect(problems.isEmpty)
        let front = try #require(fm)
        #expect(front["id"]?.value == .scalar("prepare-review"))
        #expect(front["title"]?.value == .scalar("Prepare: the review"))
        #expect(front["tags"]?.value == .list(["hr", "review, yearly", "conversation"]))
        #expect(front["questions"]?.value == .list(["How do I prepare?", "What about \"quotes\"?"]))
        #expect(front["questions"]?.itemLines == [6, 7])
        #expect(front.body == "Body text")
        #expect(front.bodyStartLine == 9)
    }

    @Test(arguments: [
        ("title:\tTabbed", 2, "tabs are not allowed"),
        ("title: &anchor value", 2, "anchors"),
        ("title: *alias", 2, "anchors"),
        ("title: |", 2, "block scalars"),
        ("title: 'single'", 2, "single-quoted"),
        ("title: a: b", 2, "must be double-quoted"),
        ("title: value # comment", 2, "starts a comment"),
        ("title: {a: 1}", 2, "nested maps"),
        ("  nested: map", 2, "nested maps"),
        ("tags: [a, [b]]", 2, "nested lists"),
        ("tags: [a, b", 2, "not closed"),
        ("tags: [a, b,]", 2, "may not end with a comma"),
        ("title: \"unterminated", 2, "not closed"),
        ("title: \"bad \\q escape\"", 2, "unknown escape"),
        ("- orphan item", 2, "must follow a key"),
        ("Title: caps", 2, "not a valid key"),
        ("title:nospace", 2, "put a space"),
        ("just text", 2, "expected `key: value`"),
    ])
    func rejectsWhatYAMLWouldReadDifferently(line: String, expectedLine: Int, fragment: String) {
        let (_, problems) = parse("---\n\(line)\n---\nBody")
        #expect(problems.count == 1)
        #expect(problems.first?.location.line == expectedLine)
        #expect(problems.first?.message.contains(fragment) == true, "\(problems)")
    }

    @Test func reportsEveryProblemInOneRun() {
        let (_, problems) = parse("---\ntitle: 'a'\nminutes:\t3\ntags: [x,\nid: ok\n---\nBody")
        #expect(problems.map(\.location.line) == [2, 3, 4])
    }

    @Test func duplicateKeysAreErrorsNamingTheFirstLine() {
        let (_, problems) = parse("---\ntitle: a\ntitle: b\n---\nBody")
        #expect(problems.map(\.description) == ["content/x.md:3: `title` is given twice (first on line 2)"])
    }

    @Test func missingOrUnclosedFrontMatter() {
        #expect(parse("no front matter").1.first?.message.contains("must start with a front matter block") == true)
        #expect(parse("---\ntitle: a\nbody").1.first?.message.contains("never closed") == true)
    }

    @Test func toleratesCRLFAndByteOrderMark() throws {
        let (fm, problems) = parse("\u{FEFF}---\r\ntitle: Windows\r\n---\r\nBody\r\n")
        #expect(problems.isEmpty)
        #expect(try #require(fm)["title"]?.value == .scalar("Windows"))
    }
}
