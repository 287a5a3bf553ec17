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

    /// Three weeks (2026-W46 to W48): each Friday afternoon, with the reflection open, everyone
    /// asks a question with a lesson and rates it, and one without; most reply to the reflection.
    func fill(_ config: String) async throws {
        _ = try await run(config, user: "mia", at: "2026-11-09T09:00:00+01:00", "") // the teams exist from Monday of W46
        for (week, friday) in ["2026-11-13", "2026-11-20", "2026-11-27"].enumerated() {
            for (index, user) in Self.everyone.enumerated() {
                var input = "how do I give feedback to a colleague?\n\((index + week) % 3 == 0 ? "👎" : "👍")\n"
                input += "how do I repair the espresso machine on the third floor?\n"
                if (index + week) % 4 != 3 {
                    input += "this week I learned a lot about giving feedback, the reviews went well\n\((index + 2 * week) % 5 + 1)\n"
                }
                // One after the other, as time runs on: each run starts later than the one before ended.
                _ = try await run(config, user: user, at: "\(friday)T16:\(String(format: "%02d", 5 * index)):00+01:00", input)
            }
        }
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

            // Chromium reads the `themes` page (the default); the `counts` page is the same page with less in it.
            guard share == "themes" else { continue }
            let dom = try await chromium.dom(page)
            #expect(dom.status == 0 && dom.consoleLines.isEmpty, "\(share): \(dom.consoleLines) \(dom.stderr.suffix(2000))")
            let charts = Self.charts(in: dom.stdout)
            #expect(Set(charts.map(\.chart)) == ["questions", "gaps", "lessons", "participation", "pulse"], "\(share): \(charts)")
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
