import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The daemon as systemd sees it: notify messages, watchdog, signals, reload.
@Suite struct DaemonBehaviourTests {
    /// A config and a private copy of the shipped content that the test may break. Without a team
    /// nothing is scheduled, so what the daemon prints does not depend on the day of the week.
    func setUp(team: Bool = false) throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: FlowlearnBinary.shippedContent, toPath: dir.path + "/content")
        try dir.write("flowlearn.conf", """
            [flowlearn]
            platform = shell
            content = content
            state = var
            """ + (team ? "\n[team T]\nmanager = @tester:shell\nmembers = @tester:shell\n" : ""))
        return (dir, dir.path + "/flowlearn.conf")
    }

    @Test func notifiesReadyStatusWatchdogReloadingAndStopping() async throws {
        let (dir, config) = try setUp()
        let notify = try NotifySocket(directory: dir.path)
        let daemon = try RunningFlowlearn(["run", "--config", config],
                                          environment: ["USER": "tester", "NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "1000000"])
        #expect(await notify.waitFor("READY=1"), "\(daemon.logged)")
        #expect(await notify.waitUntil { $0.contains { $0.hasPrefix("STATUS=shell: answering from") && $0.contains("lessons") } }, "\(notify.messages)")
        // WATCHDOG_USEC is 1 s: pings come every half second. The arrival times are taken in this
        // process, which a loaded machine may stall: the typical (median) gap is what is checked.
        #expect(await notify.waitFor("WATCHDOG=1", count: 9))
        let pings = notify.times(of: "WATCHDOG=1")
        let gaps = zip(pings.dropFirst(), pings).map { $0 - $1 }.sorted()
        let median = gaps[gaps.count / 2]
        #expect(median > .milliseconds(250) && median < .milliseconds(1000), "\(gaps)")

        daemon.signal(SIGHUP)
        #expect(await notify.waitForReload(), "\(notify.messages)")

        daemon.signal(SIGTERM)
        #expect(await notify.waitFor("STOPPING=1"))
        #expect(await daemon.waitForExit(timeout: 60) == 0, "\(daemon.logged)")
    }

    /// systemd may send `reload` the moment it reads READY=1: the signal handlers are in place
    /// before that, so the reload happens (SIGHUP's default action would kill the daemon).
    @Test func aReloadRightAfterReadyIsHandled() async throws {
        let (dir, config) = try setUp()
        let notify = try NotifySocket(directory: dir.path)
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: ["USER": "tester", "NOTIFY_SOCKET": notify.path])
        #expect(await notify.waitFor("READY=1"), "\(daemon.logged)")
        daemon.signal(SIGHUP)
        #expect(await notify.waitForReload(), "\(notify.messages) \(daemon.logged)")
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 60) == 0, "\(daemon.logged)")
    }

    @Test func aBrokenContentFileOnReloadKeepsTheOldLibraryAnswering() async throws {
        let (dir, config) = try setUp()
        let notify = try NotifySocket(directory: dir.path)
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: ["USER": "tester", "NOTIFY_SOCKET": notify.path])
        #expect(await notify.waitFor("READY=1"))
        daemon.send("how do I give feedback to a colleague")
        #expect(await daemon.waitFor("Did this help?"))
        let firstAnswer = daemon.printed

        // Break one lesson: a bad `minutes` line.
        let lesson = try #require(FileManager.default.enumerator(atPath: dir.path + "/content")?.allObjects
            .compactMap { $0 as? String }.first { $0.hasSuffix(".md") && !$0.hasPrefix("reflection") })
        let path = dir.path + "/content/" + lesson
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\ntitle:", with: "\nminutes: lots\ntitle:")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(await notify.waitFor("READY=1", count: 2))
        #expect(await daemon.waitForLog("content/\(lesson):3: minutes must be a whole number from 1 to 30"), "\(daemon.logged)")
        #expect(await daemon.waitForLog("still running on the previous config and content"), "\(daemon.logged)")

        daemon.send("how do I give feedback to a colleague")
        #expect(await daemon.waitFor("Did this help?", count: 2))
        let second = String(daemon.printed.dropFirst(firstAnswer.count))
        let title = firstAnswer.components(separatedBy: "\n")
            .first { $0.range(of: #"^\*\*.+\*\* · \d+ minutes$"#, options: .regularExpression) != nil } ?? "?"
        #expect(second.contains(title), "the old library no longer answered")
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
    }

    @Test func contentEditsArePickedUpWithoutASignal() async throws {
        let (dir, config) = try setUp()
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: ["USER": "tester"])
        daemon.send("help")
        #expect(await daemon.waitFor("Hi! I'm Flowlearn."))
        try dir.write("content/zz-new/parking.md", """
            ---
            id: bike-parking
            title: Where to park your bike
            language: en
            minutes: 5
            tags: [bike, parking, bicycle]
            questions:
              - Where do I park my bike?
            ---
            The bike shed is behind building B.

            ## Tips
            - Use the left entrance.
            """)
        // The watcher logs each reload it swaps in; wait for it, then ask.
        #expect(await daemon.waitForLog("content changed:", timeout: 60), "\(daemon.logged)")
        daemon.send("where do I park my bike")
        #expect(await daemon.waitFor("**Where to park your bike**"))
        daemon.closeInput()
        #expect(await daemon.waitForExit() == 0)
    }

    @Test func sigtermWhileRepliesAreWrittenLosesNoneAndExitsZero() async throws {
        let (dir, config) = try setUp(team: true)
        #expect(try await FlowlearnBinary.run(["reflect", "--now", "--config", config], environment: ["USER": "tester"]).status == 0)
        let daemon = try RunningFlowlearn(["run", "--config", config], environment: ["USER": "tester"])
        #expect(await daemon.waitFor("Weekly reflection"))
        for i in 1...100 { daemon.send("this week I noticed thing \(i)") }
        daemon.send("help")
        #expect(await daemon.waitFor("Hi! I'm Flowlearn."))
        for i in 101...300 { daemon.send("this week I noticed thing \(i)") }
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 60) == 0, "\(daemon.logged)")
        let texts = try await FlowlearnBinary.exportedReplies(person: "@tester:shell", config: config, environment: ["USER": "tester"])
            .compactMap { $0["text"] as? String }
        #expect(texts.count >= 100)
        #expect(texts == (1...texts.count).map { "this week I noticed thing \($0)" })
        _ = dir
    }

    @Test func statusReportsWhatTheDaemonDid() async throws {
        let (dir, config) = try setUp(team: true)
        #expect(try await FlowlearnBinary.run(["run", "--config", config], input: "where is the canteen on floor 9\n", environment: ["USER": "tester"]).status == 0)
        let status = try await FlowlearnBinary.run(["status", "--config", config], environment: ["USER": "tester"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("platform:             shell"))
        // (On a Monday the team's first summary may be waiting: the daemon stopped right after the question.)
        #expect(status.stdout.range(of: #"outbox: +\d+ pending, 0 failed"#, options: .regularExpression) != nil, "\(status.stdout)")
        #expect(status.stdout.contains("next reflection:      Fri"))
        #expect(status.stdout.contains("0 errors"))
        #expect(!status.stdout.contains("last successful sync: never"))
        _ = dir
    }

    @Test func underJournaldLinesCarryTheirPriority() async throws {
        let (dir, config) = try setUp()
        try dir.write("content/broken.md", "---\ntitle: x\n---\n")
        let result = try await FlowlearnBinary.run(["run", "--config", config], input: "", environment: ["USER": "tester", "JOURNAL_STREAM": "8:1234"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix("<3>") && $0.contains("broken.md:") }, "\(result.stderr)")
    }
}
