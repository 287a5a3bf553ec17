import Testing
@testable import FlowlearnCore

@Suite struct MicrolearningParserTests {
    let valid = """
        ---
        id: prepare-performance-review
        title: Prepare a performance review
        language: en
        minutes: 10
        tags: [HR, review]
        questions:
          - How do I prepare a performance review?
        related: [give-feedback]
        experts: ["@hr:example.org"]
        formal_training: "https://learning.example.org/review"
        review_by: 2027-06-30
        ---
        Intro.

        ## Tips
        - one
        """

    @Test func parsesEveryKey() throws {
        let (lesson, problems) = MicrolearningParser().parse(valid, path: "content/hr/review.md", defaultID: "review")
        #expect(problems.isEmpty)
        let l = try #require(lesson)
        #expect(l.id == "prepare-performance-review")
        #expect(l.language == .en)
        #expect(l.minutes == 10)
        #expect(l.tags == ["hr", "review"])
        #expect(l.related == ["give-feedback"])
        #expect(l.experts == ["@hr:example.org"])
        #expect(l.formalTraining == "https://learning.example.org/review")
        #expect(l.reviewBy == LocalDate(year: 2027, month: 6, day: 30))
        #expect(l.body.hasPrefix("Intro."))
        #expect(l.location.description == "content/hr/review.md:2")
    }

    @Test func idDefaultsToTheFileName() throws {
        let text = "---\ntitle: T\nlanguage: nl\nquestions: [Hoe?]\n---\nLes."
        let (lesson, problems) = MicrolearningParser().parse(text, path: "content/feedback-geven.md", defaultID: "feedback-geven")
        #expect(problems.isEmpty)
        #expect(try #require(lesson).id == "feedback-geven")
    }

    @Test func reportsEachBadValueWithItsLine() {
        let text = """
            ---
            title: T
            language: de
            minutes: 45
            review_by: 2027-02-30
            questions: []
            colour: blue
            ---

            """
        let (lesson, problems) = MicrolearningParser().parse(text, path: "content/hr/review.md", defaultID: "review")
        #expect(lesson == nil)
        #expect(problems.sortedByLocation.map(\.description) == [
            "content/hr/review.md:3: language must be `nl` or `en`, not `de`",
            "content/hr/review.md:4: minutes must be a whole number from 1 to 30",
            "content/hr/review.md:5: review_by must be a date written as YYYY-MM-DD, not `2027-02-30`",
            "content/hr/review.md:6: `questions` needs at least one sample question",
            "content/hr/review.md:7: warning: unknown key `colour` is ignored",
            "content/hr/review.md:9: the lesson body is empty: write the lesson below the closing `---`",
        ])
    }

    @Test func missingRequiredKeys() {
        let (_, problems) = MicrolearningParser().parse("---\nminutes: 5\n---\nBody", path: "c/a.md", defaultID: "a")
        let messages = problems.map(\.message)
        #expect(messages.contains("missing required key `title`"))
        #expect(messages.contains("missing required key `language` (`nl` or `en`)"))
        #expect(messages.contains("missing required key `questions` (at least one sample question)"))
    }

    @Test func aScalarWhereAListBelongsIsAnError() {
        let text = "---\ntitle: T\nlanguage: en\nquestions: How?\n---\nBody"
        let (lesson, problems) = MicrolearningParser().parse(text, path: "c/a.md", defaultID: "a")
        #expect(lesson == nil)
        #expect(problems.first?.description == "c/a.md:4: `questions` must be a list: `[How?]` or `- How?` lines")
    }
}
