import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The learning journey in the real binary's shell at chosen instants (`FLOWLEARN_NOW`): a path's
/// steps on working days with `done` / `later`, its status, a follow-up a few working days after
/// a lesson, goals in the reflection prompt and the summary, colleagues named as people someone
/// learned from, and path files checked by `flowlearn check`.
@Suite struct JourneyShellTests {
    /// A shell config: `@tester:shell` in a team managed by `@boss:shell`, in Amsterdam.
    func setUp(share: String = "full", content: String = FlowlearnBinary.shippedContent, extra: String = "") throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        return (dir, try ShellConfig.write(in: dir, content: content, """
            [summary]
            share = \(share)
            [team Testers]
            manager = @boss:shell
            members = @tester:shell
            timezone = Europe/Amsterdam
            \(extra)
            """))
    }

    func env(_ instant: String) -> [String: String] { ["USER": "tester", "FLOWLEARN_NOW": instant] }

    /// `flowlearn run` at `instant` with `input`, to the end of the input.
    func chat(_ config: String, at instant: String, _ input: String = "") async throws -> String {
        let result = try await FlowlearnBinary.run(["run", "--config", config], input: input, environment: env(instant))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func command(_ config: String, at instant: String, _ arguments: [String]) async throws -> FlowlearnBinary.Result {
        try await FlowlearnBinary.run(arguments + ["--config", config], environment: env(instant))
    }

    /// Waits (on `flowlearn status`, up to a minute) until the outbox has nothing pending.
    func outboxDelivered(_ config: String, at instant: String) async throws -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if try await command(config, at: instant, ["status"]).stdout.contains(" 0 pending,") { return true }
        }
        return false
    }

    /// The messages queued for `person` so far (`flowlearn export`).
    func messagesSent(_ config: String, _ person: String) async throws -> Int {
        try json(try await command(config, at: "2026-12-22T09:36:00+01:00", ["export", "--person", person]).stdout)["messagesSent"] as? Int ?? -1
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test func aPathComesOnWorkingDaysAtItsTimeWithDoneAndLater() async throws {
        let (dir, config) = try setUp()
        let start = try await command(config, at: "2026-12-17T12:00:00+01:00",
                                      ["path", "start", "onboarding", "--person", "@tester:shell", "--on", "2026-12-18", "--buddy", "@sam:shell"])
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("Started **Your first weeks** (`onboarding`) for @tester:shell from Friday 18 December"), "\(start.stdout)")
        let twice = try await command(config, at: "2026-12-17T12:01:00+01:00", ["path", "start", "onboarding", "--person", "@tester:shell"])
        #expect(twice.status == 1 && twice.stderr.contains("already on `onboarding`"))

        // Friday: not before half past nine, then the first step with the buddy's note.
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: env("2026-12-18T09:29:57+01:00"))
        #expect(await daemon.waitFor("step 1 of 7"), "\(daemon.printed)\n\(daemon.logged)")
        #expect(daemon.printed.contains("Welcome! Over the next weeks"))
        #expect(daemon.printed.contains(FlowlearnBinaryLessons.title("first-week-en")))
        #expect(await daemon.waitFor("Buddy note"), "\(daemon.printed)")
        daemon.send("done")
        #expect(await daemon.waitFor("✅ Done: **Make the most of your first week**. 1 of 7 steps done."), "\(daemon.printed)")
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)

        // The weekend brings nothing; Monday brings day 2, and `later` puts it on Tuesday.
        let saturday = try await chat(config, at: "2026-12-19T10:00:00+01:00")
        #expect(!saturday.contains("step 2 of 7"), "\(saturday)")
        let monday = try await chat(config, at: "2026-12-21T09:31:00+01:00", "later\n")
        #expect(monday.contains("step 2 of 7") && monday.contains(FlowlearnBinaryLessons.title("recognise-phishing-en")), "\(monday)")
        #expect(monday.contains("again on Tuesday 22 December at 09:30"), "\(monday)")

        // Tuesday: step 2 again and step 3 (day 3) with its buddy note; a crash once they are
        // delivered changes nothing: a restart the same day queues and sends none of them again.
        let tuesday = try RunningFlowlearn(["run", "--config", config], environment: env("2026-12-22T09:31:00+01:00"))
        #expect(await tuesday.waitFor("step 3 of 7"), "\(tuesday.printed)")
        #expect(tuesday.printed.contains("(Again, as you asked.)") && tuesday.printed.contains("step 2 of 7"))
        #expect(await tuesday.waitFor("Take them along for an afternoon"), "\(tuesday.printed)")
        #expect(try await outboxDelivered(config, at: "2026-12-22T09:35:00+01:00"), "the outbox never emptied")
        let queuedBefore = try await messagesSent(config, "@tester:shell"), buddyBefore = try await messagesSent(config, "@sam:shell")
        tuesday.signal(SIGKILL)
        _ = await tuesday.waitForExit()
        let restarted = try await chat(config, at: "2026-12-22T09:40:00+01:00", "done\n")
        #expect(!restarted.contains("step 2 of 7") && !restarted.contains("step 3 of 7") && !restarted.contains("Buddy note"), "\(restarted)")
        #expect(try await messagesSent(config, "@tester:shell") == queuedBefore + 1, "only the answer to `done` is new")
        #expect(try await messagesSent(config, "@sam:shell") == buddyBefore)
        #expect(restarted.contains("✅ Done: **Walk along**. 2 of 7 steps done. Still open: **Recognise a phishing e-mail**"), "\(restarted)")

        let status = try await command(config, at: "2026-12-22T10:00:00+01:00", ["path", "status", "--person", "@tester:shell", "--json"])
        let progress = try json(status.stdout)
        #expect(progress["done"] as? Int == 2 && progress["waiting"] as? Int == 1 && progress["toCome"] as? Int == 4, "\(progress)")
        #expect(progress["behind"] as? Bool == false && progress["buddy"] as? String == "@sam:shell")
        let text = try await command(config, at: "2026-12-29T10:00:00+01:00", ["path", "status"])
        #expect(text.stdout.contains("@tester:shell  onboarding \"Your first weeks\"") && text.stdout.contains("; behind"), "\(text.stdout)")

        // The manager's summary of the week shows the member's progress (share = full).
        let summary = try await command(config, at: "2026-12-28T09:00:00+01:00", ["summary", "--week", "2026-W52"])
        #expect(summary.stdout.contains("**Learning paths:** 1 people on a path"), "\(summary.stdout)")
        #expect(summary.stdout.contains("**@tester:shell**: Your first weeks, 2 of 7 steps"), "\(summary.stdout)")
        _ = dir
    }

    @Test func aDutchReaderGetsDutchStepsAndALessonsDutchTwin() async throws {
        // Content with only the English path: a Dutch reader gets it, with the Dutch twin of a lesson.
        let content = try TemporaryDirectory()
        try FlowlearnBinaryLessons.copyShippedContent(to: content.path)
        try FileManager.default.removeItem(atPath: content.path + "/paths/onboarding-nl.md")
        let (dir, config) = try setUp(content: content.path)
        let hello = try await chat(config, at: "2026-12-17T12:00:00+01:00", "hoi, ik ben hier nieuw en wil graag leren\n")
        #expect(!hello.isEmpty)
        #expect(try await command(config, at: "2026-12-17T12:01:00+01:00",
                                  ["path", "start", "onboarding", "--person", "@tester:shell", "--on", "2026-12-18"]).status == 0)
        let friday = try await chat(config, at: "2026-12-18T09:31:00+01:00", "klaar\n")
        #expect(friday.contains("stap 1 van 7") && friday.contains("Antwoord `klaar`"), "\(friday)")
        #expect(friday.contains("✅ Klaar:"), "\(friday)")
        let monday = try await chat(config, at: "2026-12-21T09:31:00+01:00")
        #expect(monday.contains("stap 2 van 7") && monday.contains(FlowlearnBinaryLessons.title("phishing-herkennen-nl")), "\(monday)")
        #expect(!monday.contains(FlowlearnBinaryLessons.title("recognise-phishing-en")))
        _ = (dir, content)
    }

    @Test func aManagerStartsAPathForTheirTeamInChat() async throws {
        let (dir, config) = try setUp(extra: """
            [team Mine]
            manager = @tester:shell
            members = @ayla:shell
            """)
        let out = try await chat(config, at: "2026-12-16T11:00:00+01:00",
                                 "start onboarding for @ayla:shell with buddy @tester:shell\nstart onboarding for @boss:shell\n")
        #expect(out.contains("Started **Your first weeks** (`onboarding`) for @ayla:shell from Wednesday 16 December"), "\(out)")
        #expect(out.contains("You are @ayla:shell's buddy"))
        #expect(out.contains("I can only start a path for someone in a team you manage, and @boss:shell is not in one."), "\(out)")
        let status = try await command(config, at: "2026-12-16T11:01:00+01:00", ["path", "status", "--json"])
        #expect(status.stdout.split(separator: "\n").count == 1 && status.stdout.contains("\"person\":\"@ayla:shell\""), "\(status.stdout)")
        _ = dir
    }

    @Test func aFollowUpComesThreeWorkingDaysAfterALessonOnceADay() async throws {
        let (dir, config) = try setUp()
        let wednesday = try await chat(config, at: "2026-12-09T10:00:00+01:00",
                                       "how do I give feedback to a colleague?\nhow do I recognise a phishing email?\nhow do I delegate tasks?\n👎\n")
        #expect(wednesday.contains("Thanks for your feedback"), "\(wednesday)")
        let friday = try await chat(config, at: "2026-12-11T12:00:00+01:00")
        #expect(!friday.contains("Did you use it in practice?"), "two working days: not yet")
        let saturday = try await chat(config, at: "2026-12-14T09:29:00+01:00")
        #expect(!saturday.contains("Did you use it in practice?"), "Monday before its time")
        let monday = try await chat(config, at: "2026-12-14T09:31:00+01:00", "yes, I used it in my one-on-one with Sam\n")
        #expect(monday.components(separatedBy: "Did you use it in practice?").count == 2, "one follow-up a day: \(monday)")
        #expect(monday.contains(FlowlearnBinaryLessons.title("give-feedback-en")), "\(monday)")
        #expect(monday.contains("Great to hear, thanks!"), "\(monday)")
        let tuesday = try await chat(config, at: "2026-12-15T09:31:00+01:00", "it didn't help\n")
        #expect(tuesday.contains(FlowlearnBinaryLessons.title("recognise-phishing-en")) && tuesday.contains("did not help"), "\(tuesday)")
        let wednesdayAfter = try await chat(config, at: "2026-12-16T09:31:00+01:00", "yes\n")
        #expect(!wednesdayAfter.contains("Did you use it in practice?"), "no follow-up on a lesson rated 👎: \(wednesdayAfter)")
        #expect(!wednesdayAfter.contains("Great to hear"), "a `yes` with no open follow-up is not taken as one")

        let lessons = try await command(config, at: "2026-12-16T10:00:00+01:00", ["lessons", "--json"])
        let rows = try lessons.stdout.split(separator: "\n").map { try json(String($0)) }
        let feedback = try #require(rows.first { $0["lesson"] as? String == "give-feedback-en" })
        #expect(feedback["asked"] as? Int == 1 && feedback["followUpsAsked"] as? Int == 1 && feedback["used"] as? Int == 1, "\(feedback)")
        #expect(feedback["notes"] == nil, "one person's words are not shown")
        let phishing = try #require(rows.first { $0["lesson"] as? String == "recognise-phishing-en" })
        #expect(phishing["didNotHelp"] as? Int == 1)
        let delegate = try #require(rows.first { $0["lesson"] as? String == "delegate-tasks" })
        #expect(delegate["notHelpful"] as? Int == 1 && delegate["followUpsAsked"] as? Int == 0)
        let text = try await command(config, at: "2026-12-16T10:00:00+01:00", ["lessons"])
        #expect(text.stdout.contains("give-feedback-en — \(FlowlearnBinaryLessons.title("give-feedback-en"))"))
        _ = dir
    }

    @Test func followUpsCanBeSwitchedOff() async throws {
        let (dir, config) = try setUp(extra: "[learning]\nfollow_up_after = 0\n")
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "how do I give feedback to a colleague?\n")
        let monday = try await chat(config, at: "2026-12-14T10:00:00+01:00")
        #expect(!monday.contains("Did you use it in practice?"), "\(monday)")
        _ = dir
    }

    @Test func goalsRideAlongWithTheReflectionAndWhoPeopleLearnFromIsRecorded() async throws {
        let (dir, config) = try setUp()
        let set = try await chat(config, at: "2026-12-16T10:00:00+01:00", "my goal: give clearer feedback in code reviews\ngoals\n")
        #expect(set.contains("🎯 Goal 1 noted: “give clearer feedback in code reviews”"), "\(set)")
        #expect(set.contains("1. give clearer feedback in code reviews"))
        _ = try await chat(config, at: "2026-12-23T10:00:00+01:00", "how do I give feedback to a colleague?\n")
        // Week 52 asks who people learned from; the prompt asks about the goal by its text.
        let friday = try await chat(config, at: "2026-12-25T15:31:00+01:00",
                                    "This week @sam:shell showed me how to give feedback to a colleague without blaming.\n")
        #expect(friday.contains("Your goal “give clearer feedback in code reviews”: what did you do for it this week?"), "\(friday)")
        #expect(friday.contains("Who did you learn from this week, and about what? Name them with their chat id, like @name:shell."), "\(friday)")
        #expect(friday.contains("Thanks, noted!"))

        let experts = try await command(config, at: "2026-12-26T10:00:00+01:00", ["experts", "--json"])
        let report = try json(experts.stdout)
        let holders = try #require(report["holders"] as? [[String: Any]])
        #expect(holders.first?["person"] as? String == "@sam:shell" && holders.first?["colleagues"] as? Int == 1, "\(report)")
        let topics = (holders.first?["topics"] as? [[String: Any]])?.compactMap { $0["lesson"] as? String } ?? []
        #expect(topics.contains("give-feedback-en") || topics.contains("feedback-geven-nl"), "\(topics)")

        let summary = try await chat(config, at: "2026-12-28T08:31:00+01:00")
        #expect(summary.contains("**Learning goals:** 1 open (1 people)") && summary.contains("**@tester:shell:** give clearer feedback in code reviews"),
                "\(summary)")

        let export = try json(try await command(config, at: "2026-12-28T09:00:00+01:00", ["export", "--person", "@tester:shell"]).stdout)
        let journey = try #require(export["journey"] as? [String: Any])
        #expect((journey["goals"] as? [[String: Any]])?.first?["text"] as? String == "give clearer feedback in code reviews")
        #expect((journey["learnedFrom"] as? [[String: Any]])?.first?["named"] as? String == "@sam:shell")
        #expect(try await command(config, at: "2026-12-28T09:01:00+01:00", ["forget", "--person", "@tester:shell"]).status == 0)
        let after = try json(try await command(config, at: "2026-12-28T09:02:00+01:00", ["export", "--person", "@tester:shell"]).stdout)
        let gone = try #require(after["journey"] as? [String: Any])
        #expect((gone["goals"] as? [Any])?.isEmpty == true && (gone["learnedFrom"] as? [Any])?.isEmpty == true, "\(gone)")
        _ = dir
    }

    @Test func underThemesTheExpertsReportNamesNobody() async throws {
        let (dir, config) = try setUp(share: "themes")
        _ = try await chat(config, at: "2026-12-16T10:00:00+01:00", "help\n")
        _ = try await chat(config, at: "2026-12-25T15:31:00+01:00", "This week @sam:shell showed me how to give feedback to a colleague.\n")
        let experts = try await command(config, at: "2026-12-26T10:00:00+01:00", ["experts"])
        #expect(experts.status == 0 && experts.stdout.contains("1 mention of 1 people by 1 colleague (share = themes)"), "\(experts.stdout)")
        #expect(!experts.stdout.contains("@sam:shell") && !experts.stdout.contains("@tester:shell"), "\(experts.stdout)")
        _ = dir
    }

    @Test func checkValidatesPathFilesWithTheirPlace() async throws {
        let content = try TemporaryDirectory()
        try FlowlearnBinaryLessons.copyShippedContent(to: content.path)
        try content.write("paths/broken-en.md", """
            ---
            title: Broken
            language: en
            ---
            ## Day 1
            lesson: no-such-lesson

            ## Someday
            task: something
            """)
        let result = try await FlowlearnBinary.run(["check", "--content", content.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(content.path)/paths/broken-en.md:6: `lesson: no-such-lesson`: no lesson has that id"), "\(result.stderr)")
        #expect(result.stderr.contains("\(content.path)/paths/broken-en.md:8: `## Someday` does not say when the step comes"), "\(result.stderr)")
        let shipped = try await FlowlearnBinary.run(["check", "--content", FlowlearnBinary.shippedContent])
        #expect(shipped.status == 0 && shipped.stdout.contains("1 path, 0 errors, 0 warnings"), "\(shipped.stdout)\(shipped.stderr)")
    }
}

/// The shipped lessons as the tests read them.
enum FlowlearnBinaryLessons {
    static func title(_ id: String) -> String { MatrixDeployment.lessonTitle(id) }

    /// Copies the shipped content folder into `directory` (which exists).
    static func copyShippedContent(to directory: String) throws {
        let fm = FileManager.default
        for item in try fm.contentsOfDirectory(atPath: FlowlearnBinary.shippedContent) {
            try fm.copyItem(atPath: FlowlearnBinary.shippedContent + "/" + item, toPath: directory + "/" + item)
        }
    }
}
