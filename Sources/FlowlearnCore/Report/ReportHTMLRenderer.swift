/// Writes a ``LearningReport`` as one self-contained HTML page: inline CSS and inline SVG charts,
/// no scripts, fonts, images or links to fetch (a Content-Security-Policy says so to the browser),
/// readable on screen, from disk and printed on A4. Each chart has the same numbers in a table
/// beside it. A section without data says so in a sentence instead of drawing an empty chart.
public struct ReportHTMLRenderer: Sendable {
    public var language: Language
    let text: ReportText
    let charts: SVGChartRenderer

    public init(language: Language) {
        self.language = language
        text = ReportText(language: language)
        charts = SVGChartRenderer(decimalSeparator: text.decimalSeparator)
    }

    /// The page; `generated` says when it was made (as the reader's clock shows it).
    public func render(_ report: LearningReport, generated: String) -> String {
        var sections = [questions(report), gapThemes(report), lessons(report)]
        sections += reflection(report)
        sections += [paths(report), goals(report), learnedFrom(report)].compactMap { $0 }
        let names = report.share == .full && (!report.journeys.isEmpty || report.learnedFrom != nil)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(text.heading(team: report.team)))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(text.heading(team: report.team)))</h1>
            <p class="meta">\(HTMLText.escape(text.period(report.weeks))) · \(HTMLText.escape(generated))</p>
            <p class="privacy">\(HTMLText.escape(text.privacy(minimumPeople: report.minimumPeople) + (names ? " " + text.namesWithFull : "")))</p>
            </header>
            \(sections.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// The line the weekly summary ends with when the report was written: where it is.
    public static func linkLine(_ location: String, language: Language) -> String {
        ReportText(language: language).link(location)
    }

    // MARK: Sections

    func questions(_ report: LearningReport) -> String {
        let asked = report.questions.map(\.asked).reduce(0, +), gaps = report.questions.map(\.gaps).reduce(0, +)
        guard report.hasQuestions else { return section("questions", text.questionsTitle, empty: text.noQuestions) }
        let chart = Chart(
            id: "questions", title: text.questionsTitle, summary: text.questionsSummary(asked: asked, answered: asked - gaps, gaps: gaps),
            kind: .stackedColumns, categories: report.questions.map { text.week($0.week) },
            series: [.init(name: text.answered, values: report.questions.map { Double($0.answered) }),
                     .init(name: text.gaps, values: report.questions.map { Double($0.gaps) })],
            valueLabel: text.questionsAxis)
        let rows = report.questions.map { [text.week($0.week), "\($0.asked)", "\($0.answered)", "\($0.gaps)"] }
        return section("questions", text.questionsTitle, chart: chart,
                       table: table([text.weekColumn, text.askedColumn, text.answeredColumn, text.gapsColumn], rows))
    }

    func gapThemes(_ report: LearningReport) -> String {
        let note = report.gapsNotShown > 0 ? text.gapsNotShown(report.gapsNotShown, minimumPeople: report.minimumPeople) : nil
        guard !report.gapThemes.isEmpty else { return section("gaps", text.gapsTitle, empty: text.noGapThemes, note: note) }
        let chart = Chart(
            id: "gaps", title: text.gapsTitle, summary: text.gapsSummary(report.gapThemes.count), kind: .horizontalBars,
            categories: report.gapThemes.map(\.theme),
            series: [.init(name: text.people, values: report.gapThemes.map { Double($0.people) }),
                     .init(name: text.times, values: report.gapThemes.map { Double($0.times) })],
            valueLabel: text.gapsAxis)
        let rows = report.gapThemes.map { [$0.theme, "\($0.people)", "\($0.times)"] }
        return section("gaps", text.gapsTitle, chart: chart, table: table([text.themeColumn, text.peopleColumn, text.timesColumn], rows), note: note)
    }

    func lessons(_ report: LearningReport) -> String {
        let note = report.lessonQuestionsNotShown > 0 ? text.lessonsNotShown(report.lessonQuestionsNotShown, minimumPeople: report.minimumPeople) : nil
        let followUpNote = report.followUpsNotShown > 0 ? text.followUpsNotShown(report.followUpsNotShown, minimumPeople: report.minimumPeople) : nil
        let notes = [note, followUpNote].compactMap { $0 }.joined(separator: " ")
        guard !report.lessons.isEmpty else {
            return section("lessons", text.lessonsTitle, empty: text.noLessons, note: notes.isEmpty ? nil : notes)
        }
        // Once follow-ups were answered: whether the lessons were used in practice, beside 👍 / 👎.
        let followUps = report.hasFollowUps
        var series: [Chart.Series] = [.init(name: text.asked, values: report.lessons.map { Double($0.asked) }),
                                      .init(name: text.helpful, values: report.lessons.map { Double($0.helpful) }),
                                      .init(name: text.notHelpful, values: report.lessons.map { Double($0.notHelpful) })]
        if followUps {
            series += [.init(name: text.usedInPractice, values: report.lessons.map { Double($0.used) }),
                       .init(name: text.didNotHelpInPractice, values: report.lessons.map { Double($0.didNotHelp) })]
        }
        let chart = Chart(
            id: "lessons", title: text.lessonsTitle,
            summary: followUps ? text.lessonsWithFollowUpsSummary(report.lessons.count) : text.lessonsSummary(report.lessons.count),
            kind: .horizontalBars, categories: report.lessons.map(\.title), series: series, valueLabel: text.gapsAxis)
        let rows = report.lessons.map { lesson in
            [lesson.title, "\(lesson.people)", "\(lesson.asked)", "\(lesson.helpful)", "\(lesson.notHelpful)"]
                + (followUps ? ["\(lesson.used)", "\(lesson.didNotHelp)"] : [])
        }
        return section("lessons", text.lessonsTitle, chart: chart,
                       table: table([text.lessonColumn, text.peopleColumn, text.askedColumn, text.helpful, text.notHelpful]
                                    + (followUps ? [text.usedInPractice, text.didNotHelpInPractice] : []), rows),
                       stacked: followUps, note: notes.isEmpty ? nil : notes)
    }

    func reflection(_ report: LearningReport) -> [String] {
        let teams = report.teams.filter { !$0.weeks.isEmpty }
        guard !teams.isEmpty else { return [section("participation", text.participationTitle, empty: text.noReflections)] }
        let categories = report.weeks.map { text.week($0) }
        func values(_ team: LearningReport.TeamReflection, _ value: (TeamWeekData.WeekParticipation) -> Double?) -> [Double?] {
            report.weeks.map { week in team.weeks.first { $0.week == week }.flatMap(value) }
        }
        let participation = Chart(
            id: "participation", title: text.participationTitle, summary: text.participationSummary(teams: teams.count), kind: .lines,
            categories: categories,
            series: teams.map { team in .init(name: team.team, values: values(team) { $0.members == 0 ? nil : (Double($0.replied) / Double($0.members) * 100).rounded() }) },
            valueLabel: text.participationAxis, valueRange: 0...100, valueSuffix: "%")
        var rows: [[String]] = []
        for team in teams {
            for week in team.weeks {
                let percent = week.members == 0 ? 0 : Int((Double(week.replied) / Double(week.members) * 100).rounded())
                rows.append([team.team, text.week(week.week), "\(week.replied)/\(week.members) (\(percent)%)",
                             week.averagePulse.map { NumberText.fixed($0, decimals: 1, separator: text.decimalSeparator) } ?? "–"])
            }
        }
        let trends = teams.map { team in
            "<li><strong>\(HTMLText.escape(team.team))</strong>: \(HTMLText.escape(text.participationTrend)) \(HTMLText.escape(text.trend(team.participationTrend)))"
                + (team.weeks.contains { $0.averagePulse != nil } ? " · \(HTMLText.escape(text.pulseTrend)) \(HTMLText.escape(text.trend(team.pulseTrend)))" : "")
                + "</li>"
        }.joined()
        var out = [section("participation", text.participationTitle, chart: participation,
                           table: table([text.teamColumn, text.weekColumn, text.repliedColumn, text.pulseColumn], rows),
                           extra: "<ul class=\"trend\">\(trends)</ul>")]
        if teams.contains(where: { $0.weeks.contains { $0.averagePulse != nil } }) {
            let pulse = Chart(
                id: "pulse", title: text.pulseTitle, summary: text.pulseSummary(teams: teams.count), kind: .lines, categories: categories,
                series: teams.map { team in .init(name: team.team, values: values(team) { $0.averagePulse.map { ($0 * 10).rounded() / 10 } }) },
                valueLabel: text.pulseAxis, valueRange: 1...5)
            let pulseRows = teams.flatMap { team in
                team.weeks.compactMap { week in
                    week.averagePulse.map { [team.team, text.week(week.week), NumberText.fixed($0, decimals: 1, separator: text.decimalSeparator)] }
                }
            }
            out.append(section("pulse", text.pulseTitle, chart: pulse, table: table([text.teamColumn, text.weekColumn, text.pulseColumn], pulseRows)))
        }
        return out
    }

    // MARK: Building blocks

    /// A section: its chart with the table of its numbers beside it (below it when `stacked`, for a
    /// wide table), or a sentence saying there is nothing to show; `extra` below them.
    func section(_ id: String, _ title: String, chart: Chart? = nil, table: String = "", stacked: Bool = false, empty: String? = nil,
                 note: String? = nil, extra: String = "") -> String {
        var body = ""
        if let chart {
            body = "<div class=\"pair\(stacked ? " stacked" : "")\"><figure>\(charts.render(chart))</figure>\(table)</div>"
        } else if let empty {
            body = "<p class=\"empty\">\(HTMLText.escape(empty))</p>"
        }
        let noteHTML = note.map { "<p class=\"note\">\(HTMLText.escape($0))</p>" } ?? ""
        return "<section id=\"\(id)\"><h2>\(HTMLText.escape(title))</h2>\(body)\(extra)\(noteHTML)</section>"
    }

    /// A table of its own below a chart, under a small heading.
    func subtable(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        rows.isEmpty ? "" : "<h3>\(HTMLText.escape(title))</h3>" + table(header, rows)
    }

    func table(_ header: [String], _ rows: [[String]]) -> String {
        let head = header.map { "<th scope=\"col\">\(HTMLText.escape($0))</th>" }.joined()
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { i, cell in i == 0 ? "<th scope=\"row\">\(HTMLText.escape(cell))</th>" : "<td>\(HTMLText.escape(cell))</td>" }.joined() + "</tr>"
        }.joined()
        return "<table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    static let style = """
        @page { size: A4; margin: 14mm; }
        * { box-sizing: border-box; }
        body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; color: #222; background: #fff; margin: 0 auto; max-width: 1080px; padding: 16px 20px; line-height: 1.4; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.15em; margin: 0 0 8px; border-bottom: 1px solid #999; padding-bottom: 2px; }
        .meta { margin: 0; color: #444; }
        .privacy { font-size: 0.85em; color: #444; border-left: 3px solid #999; padding-left: 8px; }
        section { margin: 18px 0 22px; break-inside: avoid; page-break-inside: avoid; }
        .pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
        figure { margin: 0; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        table { border-collapse: collapse; font-size: 0.82em; width: 100%; }
        th, td { border-bottom: 1px solid #ccc; padding: 2px 6px; text-align: right; }
        th:first-child, thead th:first-child { text-align: left; }
        thead th { border-bottom: 1.5px solid #222; }
        .note, .empty { font-size: 0.85em; color: #444; }
        .trend { font-size: 0.9em; padding-left: 18px; }
        h3 { font-size: 0.95em; margin: 10px 0 4px; }
        .pair.stacked { grid-template-columns: minmax(0, 1fr); max-width: 760px; }
        section > table { width: auto; min-width: 50%; }
        @media print { body { padding: 0; max-width: none; font-size: 10pt; } .pair { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } .pair.stacked { grid-template-columns: minmax(0, 1fr); } }
        @media (max-width: 700px) { .pair { grid-template-columns: 1fr; } }
        """
}
