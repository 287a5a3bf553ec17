import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The weekly cycle end to end in the shell platform, with the real binary and its store.
@Suite struct WeeklyCycleShellTests {
    /// A config for the shell platform with one team: the tester, managed by themself.
    func setUp(share: String = "full") throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        return (dir, try ShellConfig.write(in: dir, """
            [reflection]
            pulse = yes
            [summary]
            share = \(share)
            [team Testers]
            manager = @tester:shell
            members = @tester:shell
            """))
    }

    let env = ["USER": "tester"]

    @Test func reflectNowPromptsOnceAndRepliesAreRecordedAndSummarised() async throws {
        let (dir, config) = try setUp()
        let first = try await FlowlearnBinary.run(["reflect", "--now", "--config", config], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("@tester:shell: prompt for"))
        let second = try await FlowlearnBinary.run(["reflect", "--now", "--config", config], environment: env)
        #expect(second.stdout.contains("already prompted"))

        let chat = try RunningFlowlearn(["run", "--config", config], environment: env)
        #expect(await chat.waitFor("Weekly reflection"), "\(chat.printed)\n\(chat.logged)")
        chat.send("This week I finally ran the retro with the whole team.")
        #expect(await chat.waitFor("Thanks, noted!"))
        chat.send("private: I was tired on Wednesday")
        chat.send("4")
        chat.send("help") // answered only after the lines before it were handled
        #expect(await chat.waitFor("Hi! I'm Flowlearn."))
        chat.closeInput()
        #expect(await chat.waitForExit() == 0)
        #expect(chat.printed.components(separatedBy: "Thanks, noted!").count == 2, "acknowledged once: \(chat.printed)")
        #expect(chat.printed.components(separatedBy: "Weekly reflection").count == 2, "prompted once")

        let export = try await FlowlearnBinary.run(["export", "--person", "@tester:shell", "--config", config], environment: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let reflections = try #require(object["reflections"] as? [[String: Any]])
        let replies = try #require(reflections.first?["replies"] as? [[String: Any]])
        #expect(replies.map { $0["text"] as? String } == ["This week I finally ran the retro with the whole team.", "I was tired on Wednesday"])
        #expect(replies.map { $0["isPrivate"] as? Bool } == [false, true])
        #expect(reflections.first?["pulse"] as? Int == 4)

        let week = try #require(reflections.first?["week"] as? String)
        let summary = try await FlowlearnBinary.run(["summary", "--week", week, "--config", config], environment: env)
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("1 of 1 replied (100%)"))
        #expect(summary.stdout.contains("finally ran the retro"))
        #expect(!summary.stdout.contains("tired on Wednesday"), "a private reply reached the manager")
        let json = try await FlowlearnBinary.run(["summary", "--week", week, "--format", "json", "--config", config], environment: env)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((parsed["pulse"] as? [String: Any])?["average"] as? Double == 4)
        _ = dir
    }

    @Test func killMinusNineLosesNoCommittedReply() async throws {
        let (dir, config) = try setUp()
        #expect(try await FlowlearnBinary.run(["reflect", "--now", "--config", config], environment: env).status == 0)
        let chat = try RunningFlowlearn(["run", "--config", config], environment: env)
        #expect(await chat.waitFor("Weekly reflection"))
        for i in 1...30 { chat.send("reply number \(i) of this week") }
        chat.send("help")
        #expect(await chat.waitFor("Hi! I'm Flowlearn."))
        // 30 replies are committed (the help reply proves they were handled). Now crash mid-stream.
        for i in 31...200 { chat.send("reply number \(i) of this week") }
        chat.signal(SIGKILL)
        _ = await chat.waitForExit()

        let texts = try await FlowlearnBinary.exportedReplies(person: "@tester:shell", config: config, environment: env)
            .compactMap { $0["text"] as? String }
        #expect(texts.count >= 30)
        #expect(Array(texts.prefix(30)) == (1...30).map { "reply number \($0) of this week" })
        // Whatever was committed after that is complete and in order.
        #expect(texts == (1...texts.count).map { "reply number \($0) of this week" })
        // And the daemon starts again on the same store.
        let again = try await FlowlearnBinary.run(["run", "--config", config], input: "help\n", environment: env)
        #expect(again.status == 0, "\(again.stderr)")
        _ = dir
    }

    @Test func forgetMeInTheChatErasesTheStoreAfterConfirmation() async throws {
        let (dir, config) = try setUp()
        let run = try await FlowlearnBinary.run(["run", "--config", config],
                                          input: "how do i give feedback to a colleague\nforget me\nyes, forget me\n", environment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Are you sure?"))
        #expect(run.stdout.contains("Done: I have erased everything about you."))
        let export = try await FlowlearnBinary.run(["export", "--person", "@tester:shell", "--config", config], environment: env)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((object["questions"] as? [Any])?.isEmpty == true)
        _ = dir
    }

    @Test func gapsListsUnansweredQuestionsMostAskedFirst() async throws {
        let (dir, config) = try setUp()
        let input = "where do i buy a sourdough starter for my bakery hobby\nWhere do I buy a sourdough starter for my bakery hobby?\nhow many vacation days do i have left\n"
        #expect(try await FlowlearnBinary.run(["run", "--config", config], input: input, environment: env).status == 0)
        let gaps = try await FlowlearnBinary.run(["gaps", "--config", config], environment: env)
        #expect(gaps.status == 0, "\(gaps.stderr)")
        // Each wording once, most asked first, with its count; no names.
        let entries = gaps.stdout.split(separator: "\n").filter { $0.hasPrefix("  #") }
        #expect(entries.count == 2, "\(gaps.stdout)")
        #expect(entries.first?.contains("2×   no lesson   where do i buy a sourdough starter for my bakery hobby") == true, "\(gaps.stdout)")
        #expect(!gaps.stdout.contains("@tester"))
        _ = dir
    }

    /// The issue's reproduction: in a team of two the manager reads no question, in any mode,
    /// and the chat says what the manager sees.
    @Test(arguments: ["counts", "themes", "full"])
    func aManagerNeverReadsTheTeamsQuestions(_ share: String) async throws {
        let dir = try TemporaryDirectory()
        let config = try ShellConfig.write(in: dir, """
            [summary]
            share = \(share)
            [team Sales]
            manager = @boss:shell
            members = @you:shell, @ann:shell
            """)
        let asked = try await FlowlearnBinary.run(["run", "--config", config],
                                                  input: "how do I report my manager for bullying me?\nhoe vraag ik om hulp bij een burn-out\nhelp\n",
                                                  environment: ["USER": "you"])
        #expect(asked.stdout.contains("Je leidinggevende ziet je vragen nooit"), "help in the language of the last question: \(asked.stdout)")
        let summary = try await FlowlearnBinary.run(["summary", "--team", "Sales", "--week", "2026-W50", "--config", config],
                                                    environment: ["USER": "you"])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("**Questions:** 2 asked"), "\(summary.stdout)")
        for words in ["bullying", "burn-out", "report my manager", "hulp bij"] {
            #expect(!summary.stdout.contains(words), "\(share): \(summary.stdout)")
        }
        let json = try await FlowlearnBinary.run(["summary", "--team", "Sales", "--week", "2026-W50", "--format", "json", "--config", config],
                                                 environment: ["USER": "you"])
        #expect(!json.stdout.contains("bullying") && !json.stdout.contains("burn-out"), "\(json.stdout)")
        // The admin's content-gap list keeps the words, without names.
        let gaps = try await FlowlearnBinary.run(["gaps", "--config", config], environment: ["USER": "you"])
        #expect(!gaps.stdout.contains("@you:shell"))
    }
}
