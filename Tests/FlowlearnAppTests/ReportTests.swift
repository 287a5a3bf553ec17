import Foundation
import Testing

/// The learning report of a store filled by real shell sessions at fixed instants, three weeks
/// of two teams: written by `flowlearn report` and by the daemon after the weekly summary, read
/// by headless Chromium.
@Suite(.serialized) struct ReportTests {
    static let support = ["ann", "bob", "carla"]
    static let sales = ["dirk", "eva", "finn"]
    static var everyone: [String] { support + sales }

    /// The config (`flowlearn.conf`, written again for another `share`): two teams, a report folder.
    func config(_ dir: TemporaryDirectory, share: String) throws -> String {
        func ids(_ users: [String]) -> String { users.map { "@\($0):shell" }.joined(separator: ", ") }
        return try ShellConfig.write(in: dir, """
            [summary]
            share = \(share)
            min_people = 3
            [report]
            folder = reports
            url = https://intranet.example.org/flowlearn/
            [team Support]
            manager = @mia:shell
            members = \(ids(Self.support))
            [team Sales]
            manager = @mia:shell
            members = \(ids(Self.sales))
            """)
    }

    func run(_ config: String, user: String, at instant: String, _ input: String) async throws -> FlowlearnBinary.Result {
        let result = try await FlowlearnBinary.run(["run", "--config", config], input: input, environment: ["USER": user, "FLOWLEARN_NOW": instant])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    /// Everyone but Sales's Eva and Finn is on the onboarding path from Monday of W46.
    static let onPath = ["ann", "bob", "carla", "dirk"]
    /// Goals set in the first week: Support's share a theme; Finn's is private.
    static let goals = ["ann": "run calmer customer meetings", "bob": "prepare my customer meetings better",
                        "carla": "lead customer meetings with an agenda", "dirk": "learn negotiation from @eva:shell",
                        "eva": "close larger deals", "finn": "private: find another job"]

    /// Three weeks (2026-W46 to W48): each Friday afternoon, with the reflection open, everyone
    /// asks a question with a lesson and rates it, and one without; most reply to the reflection,
    /// some naming a colleague they learned from. People on the path do the step that came
    /// (except Bob), and everyone answers the follow-up that came: used it, or it didn't help.
    func fill(_ config: String) async throws {
        _ = try await run(config, user: "mia", at: "2026-11-09T09:00:00+01:00", "") // the teams exist from Monday of W46
        for user in Self.onPath {
            let start = try await FlowlearnBinary.run(["path", "start", "onboarding", "--person", "@\(user):shell", "--on", "2026-11-09", "--config", config],
                                                      environment: ["FLOWLEARN_NOW": "2026-11-09T09:01:00+01:00"])
            #expect(start.status == 0, "\(start.stderr)")
        }
        for (week, friday) in ["2026-11-13", "2026-11-20", "2026-11-27"].enumerated() {
            // What the day brings everyone (steps, follow-ups, the prompt) first; then each person's messages.
            _ = try await run(config, user: "mia", at: "\(friday)T16:00:00+01:00", "")
            for (index, user) in Self.everyone.enumerated() {
                let minute = 5 * index + 2
                let (followUp, step) = try await waiting(config, user: user, on: friday, at: "\(friday)T16:\(String(format: "%02d", minute)):00+01:00")
                var input = ""
                if followUp { input += index % 2 == 0 ? "yes, it worked\n" : "it didn't help\n" }
                if step && user != "bob" { input += "done\n" }
                if week == 0, let goal = Self.goals[user] { input += "my goal: \(goal)\n" }
                input += "how do I give feedback to a colleague?\n\((index + week) % 3 == 0 ? "👎" : "👍")\n"
                input += "how do I repair the espresso machine on the third floor?\n"
                if (index + week) % 4 != 3 {
                    // Carla is the one most learn from.
                    let from = [" from @carla:shell", " from @\(Self.everyone[(index + 1) % Self.everyone.count]):shell", ""][index % 3]
                    input += "this week I learned a lot about giving feedback\(from), the reviews went well\n\((index + 2 * week) % 5 + 1)\n"
                }
                // One after the other, as time runs on: each run starts later than the one before ended.
                _ = try await run(config, user: user, at: "\(friday)T16:\(String(format: "%02d", minute + 1)):00+01:00", input)
            }
        }
    }

    /// Whether `user` has a follow-up asked on `day` and a path step waiting for an answer (from `flowlearn export`).
    func waiting(_ config: String, user: String, on day: String, at instant: String) async throws -> (followUp: Bool, step: Bool) {
        let export = try await FlowlearnBinary.run(["export", "--person", "@\(user):shell", "--config", config], environment: ["FLOWLEARN_NOW": instant])
        let journey = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any], "\(export.stderr)")["journey"] as? [String: Any]
        let followUp = (journey?["followUps"] as? [[String: Any]] ?? []).contains {
            $0["answer"] == nil && ($0["askedAt"] as? String)?.hasPrefix(day) == true
        }
        let step = (journey?["paths"] as? [[String: Any]] ?? []).contains { path in
            (path["steps"] as? [String: [String: Any]] ?? [:]).values.contains { $0["doneAt"] == nil && $0["skippedAt"] == nil }
        }
        return (followUp, step)
    }

    /// The `<svg>` elements of a DOM and whether each has drawn marks.
    static func charts(in dom: String) -> [(chart: String, marks: Int)] {
        dom.components(separatedBy: "<svg").dropFirst().map { part in
            let svg = part.components(separatedBy: "</svg>").first ?? ""
            let name = svg.components(separatedBy: "data-chart=\"").dropFirst().first?.components(separatedBy: "\"").first ?? "?"
            return (name, svg.components(separatedBy: "class=\"mark\"").count - 1)
        }
    }

    @Test func aReportOfThreeWeeksRendersInChromiumWithEveryChartDrawnAndNobodyNamed() async throws {
        let dir = try TemporaryDirectory()
        try await fill(try config(dir, share: "themes"))
        let monday = ["FLOWLEARN_NOW": "2026-11-30T10:00:00+01:00"]
        let chromium = try HeadlessChromium()

        for share in ["counts", "themes"] {
            let config = try config(dir, share: share)
            let page = dir.path + "/report-\(share).html"
            let made = try await FlowlearnBinary.run(["report", "--html", page, "--config", config], environment: monday)
            #expect(made.status == 0, "\(made.stderr)")
            let html = try String(contentsOfFile: page, encoding: .utf8)

            // Self-contained: nothing to fetch.
            for external in ["http://", "https://", "src=", "<script", "<link", "@import", "url(http"] where external != "http://" {
                #expect(!html.contains(external), "\(share): the page refers to \(external)")
            }
            #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
            // Nobody is named, and no question appears in its words.
            for user in Self.everyone + ["mia"] {
                #expect(!html.contains("@\(user)"), "\(share): \(user)'s id is in the report")
                #expect(!html.lowercased().contains(">\(user)<"))
            }
            #expect(!html.contains("espresso machine on the third floor") && !html.contains("feedback to a colleague"))
            #expect(!html.contains("the reviews went well"), "reflection text is never in the report")
            #expect(!html.contains("another job") && !html.contains("customer meetings") && !html.contains("negotiation"),
                    "\(share): no goal in its words")
            // The journey sections are there, as numbers.
            for section in ["paths", "goals", "learned-from"] { #expect(html.contains("<section id=\"\(section)\">"), "\(share): no \(section)") }
            #expect(html.contains("used it in practice"), "\(share): follow-up results beside 👍/👎")

            // Chromium reads the `themes` page (the default); the `counts` page is the same page with less in it.
            guard share == "themes" else { continue }
            let dom = try await chromium.dom(page)
            #expect(dom.status == 0 && dom.consoleLines.isEmpty, "\(share): \(dom.consoleLines) \(dom.stderr.suffix(2000))")
            let charts = Self.charts(in: dom.stdout)
            #expect(Set(charts.map(\.chart)) == ["questions", "gaps", "lessons", "participation", "pulse", "paths", "goals", "learned-from"],
                    "\(share): \(charts)")
            // Under `themes` a path, a goal theme and a topic appear once at least three people share them.
            #expect(dom.stdout.contains("Your first weeks") && dom.stdout.contains("<th scope=\"row\">Support</th><td>customer</td><td>3</td>"),
                    "\(dom.stdout.components(separatedBy: "<section id=\"paths\">").last?.prefix(3000) ?? "")")
            for chart in charts { #expect(chart.marks >= 2, "\(share): chart \(chart.chart) has \(chart.marks) marks") }

            let png = dir.path + "/report-\(share).png", pdf = dir.path + "/report-\(share).pdf"
            let shot = try await chromium.screenshot(page, to: png)
            #expect(shot.status == 0 && shot.consoleLines.isEmpty, "\(shot.consoleLines) \(shot.stderr.suffix(2000))")
            let printed = try await chromium.pdf(page, to: pdf)
            #expect(printed.status == 0 && printed.consoleLines.isEmpty, "\(printed.consoleLines) \(printed.stderr.suffix(2000))")
            let pngSize = (try? FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
            let pdfData = FileManager.default.contents(atPath: pdf) ?? Data()
            #expect(pngSize > 30_000, "\(share): a screenshot of \(pngSize) bytes is (nearly) blank")
            #expect(pdfData.starts(with: Array("%PDF".utf8)) && pdfData.count > 10_000, "\(share): PDF of \(pdfData.count) bytes")
            // A4 pages: 595 × 842 points.
            #expect(String(decoding: pdfData, as: UTF8.self).contains("595"), "\(share): not printed on A4")
            if let keep = ProcessInfo.processInfo.environment["FLOWLEARN_KEEP_REPORT"] {
                try? FileManager.default.removeItem(atPath: keep + "-\(share).png")
                try FileManager.default.copyItem(atPath: png, toPath: keep + "-\(share).png")
                try? FileManager.default.removeItem(atPath: keep + "-\(share).html")
                try FileManager.default.copyItem(atPath: page, toPath: keep + "-\(share).html")
            }
        }

        // In Dutch, for one team.
        let dutch = dir.path + "/support-nl.html"
        let made = try await FlowlearnBinary.run(["report", "--html", dutch, "--team", "support", "--language", "nl", "--weeks", "4", "--config", try config(dir, share: "themes")],
                                                 environment: monday)
        #expect(made.status == 0, "\(made.stderr)")
        let nl = try String(contentsOfFile: dutch, encoding: .utf8)
        #expect(nl.contains("<html lang=\"nl\">") && nl.contains("Vragen per week") && nl.contains("4 weken, 2026-W45 t/m 2026-W48"))
        #expect(!nl.contains("Sales"), "a team's report shows that team only")
    }

    @Test func theDaemonWritesEachTeamsReportAfterTheWeeklySummaryAndTheSummarySaysWhere() async throws {
        let dir = try TemporaryDirectory()
        let config = try config(dir, share: "themes")
        _ = try await run(config, user: "mia", at: "2026-11-09T09:00:00+01:00", "")
        _ = try await run(config, user: "ann", at: "2026-11-13T16:00:00+01:00", "how do I give feedback to a colleague?\n")
        let monday = try await run(config, user: "mia", at: "2026-11-16T09:00:00+01:00", "")
        for team in ["support", "sales"] {
            let path = dir.path + "/reports/\(team)-2026-W46.html"
            #expect(FileManager.default.fileExists(atPath: path), "no \(path)")
            #expect(monday.stdout.contains("Report with charts: https://intranet.example.org/flowlearn/\(team)-2026-W46.html"), "\(monday.stdout)")
        }
        let page = try String(contentsOfFile: dir.path + "/reports/support-2026-W46.html", encoding: .utf8)
        #expect(page.contains("Learning made visible: Support") && !page.contains("@ann"))
    }
}
