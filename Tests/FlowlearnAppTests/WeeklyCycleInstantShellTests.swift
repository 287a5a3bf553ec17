import Foundation
import Testing

/// The weekly cycle of the real binary at chosen instants (`FLOWLEARN_NOW`): what a person sees
/// in the shell on Friday just before and after the prompt, over the weekend, and on a first start.
@Suite struct WeeklyCycleInstantShellTests {
    /// A shell config: `@tester:shell` in a team of their own in Amsterdam, plus `extraTeams`.
    func setUp(extraTeams: String = "") throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        return (dir, try ShellConfig.write(in: dir, """
            [team Testers]
            manager = @tester:shell
            members = @tester:shell
            timezone = Europe/Amsterdam
            \(extraTeams)
            """))
    }

    func env(_ instant: String) -> [String: String] {
        ["USER": "tester", "FLOWLEARN_NOW": instant]
    }

    /// Runs the daemon at `instant` with `input`, to the end of the input.
    func chat(_ config: String, at instant: String, _ input: String) async throws -> FlowlearnBinary.Result {
        let result = try await FlowlearnBinary.run(["run", "--config", config], input: input, environment: env(instant))
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    func export(_ config: String, _ person: String = "@tester:shell") async throws -> [String: Any] {
        let result = try await FlowlearnBinary.run(["export", "--person", person, "--config", config], environment: env("2026-12-14T12:00:00+01:00"))
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The weeks `person` was prompted for.
    func promptedWeeks(_ config: String, _ person: String = "@tester:shell") async throws -> [String] {
        (try await export(config, person)["reflections"] as? [[String: Any]] ?? []).compactMap { $0["week"] as? String }
    }

    @Test(arguments: ["2026-12-12T14:00:00+01:00", "2026-12-09T10:00:00+01:00", "2026-12-14T09:00:00+01:00"])
    func aFirstStartSendsNothingNobodyAskedFor(_ instant: String) async throws {
        let (dir, config) = try setUp()
        let result = try await chat(config, at: instant, "help\n")
        // Only the answer to what the person typed: no catch-up prompt, no summary of a week
        // before the team existed, no reminder of a prompt sent a second ago.
        #expect(result.stdout.hasPrefix("Hi! I'm Flowlearn."), "\(result.stdout)")
        #expect(!result.stdout.contains("Weekly reflection"))
        #expect(!result.stdout.contains("small reminder"))
        #expect(!result.stdout.lowercased().contains("summary"))
        #expect(try await promptedWeeks(config).isEmpty)
        _ = dir
    }

    @Test func onFridayThePromptComesAtHalfPastThreeNotBefore() async throws {
        let (dir, config) = try setUp()
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "") // known since Wednesday
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: env("2026-12-11T15:29:57+01:00"))
        #expect(await daemon.waitFor("Weekly reflection"), "\(daemon.printed)\n\(daemon.logged)")
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
        let reflection = try #require((try await export(config)["reflections"] as? [[String: Any]])?.first)
        #expect(reflection["week"] as? String == "2026-W50")
        let promptedAt = try #require((reflection["promptedAt"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(promptedAt >= ISO8601DateFormatter().date(from: "2026-12-11T15:30:00+01:00")!, "prompted at \(promptedAt)")
        _ = dir
    }

    @Test func aPersonKnownSinceWednesdayGetsTheMissedPromptAtOnceOnFridayAfternoon() async throws {
        let (dir, config) = try setUp()
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "")
        let result = try await chat(config, at: "2026-12-11T15:31:00+01:00", "help\n")
        let prompt = try #require(result.stdout.range(of: "Weekly reflection"), "\(result.stdout)")
        let help = try #require(result.stdout.range(of: "Hi! I'm Flowlearn."))
        #expect(prompt.lowerBound < help.lowerBound)
        #expect(result.stdout.contains("Reply to this message"), "the prompt says how to answer")
        #expect(!result.stdout.contains("small reminder"))
        _ = dir
    }

    /// The reproduction: questions asked on Saturday while the reflection is open are
    /// answered or logged as gaps, never stored as reflection text.
    @Test func onSaturdayQuestionsAreStillQuestions() async throws {
        let (dir, config) = try setUp()
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "")
        _ = try await chat(config, at: "2026-12-11T15:31:00+01:00", "")
        let input = "how do I give feedback to a colleague?\nwhere do I park my bike at the new office\nhow do I claim travel expenses?\n"
        let saturday = try await chat(config, at: "2026-12-12T11:00:00+01:00", input)
        #expect(saturday.stdout.contains("Did this help?"), "\(saturday.stdout)")
        #expect(saturday.stdout.components(separatedBy: "I have nothing on that yet").count == 3, "\(saturday.stdout)")
        #expect(!saturday.stdout.contains("Thanks, noted!"))
        let exported = try await export(config)
        let replies = (exported["reflections"] as? [[String: Any]])?.first?["replies"] as? [Any]
        #expect(replies?.isEmpty == true, "\(exported)")
        let gaps = try await FlowlearnBinary.run(["gaps", "--config", config], environment: env("2026-12-12T11:05:00+01:00"))
        #expect(gaps.stdout.lowercased().contains("where do i park my bike at the new office"), "\(gaps.stdout)")
        #expect(gaps.stdout.lowercased().contains("how do i claim travel expenses"), "\(gaps.stdout)")
        _ = dir
    }

    @Test func onSundayAtMidnightAReflectionStillCountsAndMondayBringsTheSummary() async throws {
        let (dir, config) = try setUp()
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "")
        _ = try await chat(config, at: "2026-12-11T15:31:00+01:00", "")
        let sunday = try await chat(config, at: "2026-12-13T23:59:00+01:00", "This week I finally ran the retro with the whole team.\n")
        #expect(sunday.stdout.contains("Thanks, noted!"), "\(sunday.stdout)")
        let monday = try await chat(config, at: "2026-12-14T08:31:00+01:00", "")
        #expect(monday.stdout.contains("1 of 1 replied"), "\(monday.stdout)")
        #expect(monday.stdout.contains("2026-W50") || monday.stdout.contains("week 50"), "\(monday.stdout)")
        _ = dir
    }

    /// Two teams, two timezones: each is prompted at half past three in its own.
    @Test func eachTeamIsPromptedInItsOwnTimezone() async throws {
        let (dir, config) = try setUp(extraTeams: """
            [team Boston]
            manager = @boss:shell
            members = @ny:shell
            timezone = America/New_York
            """)
        _ = try await chat(config, at: "2026-12-09T10:00:00+01:00", "")
        _ = try await chat(config, at: "2026-12-11T15:31:00+01:00", "")
        #expect(try await promptedWeeks(config) == ["2026-W50"])
        #expect(try await promptedWeeks(config, "@ny:shell").isEmpty)
        _ = try await chat(config, at: "2026-12-11T15:31:00-05:00", "")
        #expect(try await promptedWeeks(config, "@ny:shell") == ["2026-W50"])
        _ = dir
    }
}
