import Testing
@testable import FlowlearnCore

@Suite struct LearningPathParserTests {
    let valid = """
        ---
        title: Your first weeks
        language: en
        ---
        Welcome aboard.

        ## Day 1: Your first week
        lesson: give-feedback-en
        buddy: Have lunch together.

        ## Day 3
        task: Walk along with your buddy for an afternoon,
          and write down three surprises.

        ## Week 2
        id: review
        lesson: receive-feedback

        ## After the previous step
        task: Tell me your goal.
        """

    func parse(_ text: String, file: String = "paths/onboarding-en.md") -> (LearningPath?, [Diagnostic]) {
        LearningPathParser().parse(text, path: file, defaultID: "onboarding-en")
    }

    @Test func aPathFileIsReadWithItsStepsTimingsAndBuddyTasks() throws {
        let (path, problems) = parse(valid)
        #expect(problems.isEmpty, "\(problems)")
        let p = try #require(path)
        #expect(p.id == "onboarding", "the -en suffix of the file name is the language, not the id")
        #expect(p.title == "Your first weeks" && p.language == .en && p.intro == "Welcome aboard.")
        #expect(p.steps.map(\.id) == ["1", "2", "review", "4"])
        #expect(p.steps.map(\.timing) == [.day(1), .day(3), .week(2), .afterPrevious])
        #expect(p.steps[0].title == "Your first week" && p.steps[0].lesson == "give-feedback-en" && p.steps[0].buddyTask == "Have lunch together.")
        #expect(p.steps[1].task == "Walk along with your buddy for an afternoon, and write down three surprises.")
        #expect(p.steps[0].lessonLine == 8 && p.steps[2].location.line == 15)
    }

    @Test func dutchTimingsAreUnderstood() {
        #expect(PathTiming("Dag 4") == .day(4))
        #expect(PathTiming("week 3") == .week(3))
        #expect(PathTiming("Na de vorige stap") == .afterPrevious)
        #expect(PathTiming("After the previous step is done") == .afterPrevious)
        #expect(PathTiming("tomorrow") == nil)
        #expect(PathTiming("day three") == nil)
    }

    @Test func everyProblemIsReportedWithItsLine() {
        let (path, problems) = parse("""
            ---
            title: Broken
            language: en
            ---
            ## After the previous step
            task: First

            ## Day 0
            lesson: a

            ## Day 5
            lesson: b

            ## Day 3
            lesson: c
            notes: something

            ## Tomorrow
            lesson: d

            ## Day 6
            id: Bad Id

            ## Day 7
            id: same
            lesson: e

            ## Day 8
            id: same
            lesson: f
            """)
        #expect(path?.steps.count == 8, "read as far as it goes, so its lessons can be checked too")
        let byLine = Dictionary(grouping: problems.errors, by: \.location.line).mapValues { $0.map(\.message).joined(separator: " | ") }
        #expect(byLine[5]?.contains("the first step cannot come after a previous step") == true, "\(problems)")
        #expect(byLine[8]?.contains("counts from 1") == true)
        #expect(byLine[14]?.contains("comes before the step above it") == true)
        #expect(byLine[16]?.contains("expected `lesson:`, `task:`, `buddy:` or `id:`") == true)
        #expect(byLine[18]?.contains("does not say when the step comes") == true)
        #expect(byLine[21]?.contains("neither `lesson:` nor `task:`") == true)
        #expect(byLine[22]?.contains("may contain only lowercase letters") == true)
        #expect(byLine[28]?.contains("duplicate step id `same`: already used at line 24") == true)
        #expect(problems.errors.allSatisfy { $0.location.path == "paths/onboarding-en.md" })
    }

    @Test func aPathNeedsATitleALanguageAndSteps() {
        let (path, problems) = parse("---\nid: x\n---\nJust text.\n")
        #expect(path == nil)
        let messages = problems.map(\.message).joined(separator: "\n")
        #expect(messages.contains("missing required key `title`"))
        #expect(messages.contains("missing required key `language`"))
        #expect(messages.contains("the path has no steps"))
    }

    @Test func theLibraryChecksLessonsDuplicatesAndLanguageVersions() {
        let (en, _) = parse(valid)
        let (nl, _) = LearningPathParser().parse("""
            ---
            title: Je eerste weken
            language: nl
            ---
            ## Dag 1
            lesson: feedback-geven-nl

            ## Dag 2
            lesson: no-such-lesson
            """, path: "paths/onboarding-nl.md", defaultID: "onboarding-nl")
        let (again, _) = parse(valid, file: "paths/copy.md")
        let nlPath = LearningPath(id: "onboarding", title: "Je eerste weken", language: .nl,
                                  steps: [PathStep(id: "1", timing: .day(1), lesson: "receive-feedback", lessonLine: 6,
                                                   location: SourceLocation(path: "paths/other-nl.md", line: 5))],
                                  location: SourceLocation(path: "paths/other-nl.md", line: 1))
        #expect(nl != nil)
        let (library, problems) = ContentLibrary.validated(lessons: SampleLibrary.lessons, reflectionQuestions: [:], synonyms: SynonymTable(),
                                                          paths: [en!, nl!, again!], contentRoot: "content")
        let text = problems.map(\.description)
        #expect(text.contains("paths/onboarding-nl.md:9: `lesson: no-such-lesson`: no lesson has that id"), "\(text)")
        #expect(text.contains { $0.hasPrefix("paths/copy.md:1: duplicate path `onboarding` in `en`: already defined at paths/onboarding-en.md") }, "\(text)")
        #expect(library.paths.map(\.language) == [.en], "a path with an unknown lesson is not used")
        let (_, warnings) = ContentLibrary.validated(lessons: SampleLibrary.lessons, reflectionQuestions: [:], synonyms: SynonymTable(),
                                                     paths: [en!, nlPath], contentRoot: "content")
        #expect(warnings.contains { $0.severity == .warning && $0.description.contains("paths/other-nl.md:6: warning: `receive-feedback` is in `en` and has no `nl` twin") },
                "\(warnings)")
        #expect(warnings.contains { $0.description.contains("have different steps") })
    }

    @Test func aLessonReachesEachReaderThroughItsTwin() {
        let lessons = [
            SampleLibrary.lesson("recognise-phishing-en", .en, "Recognise phishing", tags: [], questions: ["q"], body: "b"),
            SampleLibrary.lesson("recognise-phishing-nl", .nl, "Phishing herkennen", tags: [], questions: ["q"], body: "b"),
            SampleLibrary.lesson("buddy", .en, "Be a buddy", tags: [], questions: ["q"], body: "b", related: ["maatje"]),
            SampleLibrary.lesson("maatje", .nl, "Een goed maatje", tags: [], questions: ["q"], body: "b", related: ["buddy"]),
            SampleLibrary.lesson("alone", .en, "Alone", tags: [], questions: ["q"], body: "b", related: ["maatje"]),
        ]
        let library = ContentLibrary(lessons: lessons)
        #expect(library.lesson("recognise-phishing-en", in: .nl)?.id == "recognise-phishing-nl")
        #expect(library.lesson("maatje", in: .en)?.id == "buddy")
        #expect(library.lesson("buddy", in: .en)?.id == "buddy")
        #expect(library.lesson("alone", in: .nl)?.id == "alone", "no twin: the lesson itself")
    }
}
