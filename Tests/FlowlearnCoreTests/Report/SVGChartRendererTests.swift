import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct SVGChartRendererTests {
    func marks(_ svg: String) -> Int { svg.components(separatedBy: "class=\"mark\"").count - 1 }

    let weeks = Chart(id: "q", title: "Questions per week", summary: "12 questions", kind: .stackedColumns,
                      categories: ["W46", "W47", "W48"],
                      series: [.init(name: "answered", values: [4, 0, 6]), .init(name: "gaps", values: [2, 1, nil])],
                      valueLabel: "questions")

    @Test func stackedColumnsDrawOneBarPerNonZeroValueWithItsNumberAndAxes() {
        let svg = SVGChartRenderer().render(weeks)
        #expect(marks(svg) == 4) // 4, 2, 1, 6; the 0 and the missing value draw nothing
        #expect(svg.contains("<title>W46: answered 4</title>") && svg.contains("<title>W47: gaps 1</title>"))
        // Totals above the columns, tick labels on a round axis up to 6 (or a round number above).
        for label in [">6<", ">1<", ">W48<", ">questions<"] { #expect(svg.contains(label), "\(label)") }
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby=\"q-title q-desc\""))
        #expect(svg.contains("<title id=\"q-title\">Questions per week</title><desc id=\"q-desc\">12 questions</desc>"))
    }

    @Test func theSecondSeriesIsPatternedSoItStaysApartInGreyPrint() {
        let svg = SVGChartRenderer().render(weeks)
        #expect(svg.contains("<pattern id=\"q-p1\""))
        #expect(svg.contains("fill=\"url(#q-p1)\""))
        // Pattern ids are the chart's own: two charts on one page never share one.
        #expect(!SVGChartRenderer().render(Chart(id: "other", title: "", summary: "", kind: .stackedColumns, categories: ["a"],
                                                series: weeks.series, valueLabel: "")).contains("q-p1"))
    }

    @Test func linesBreakAtAMissingWeekAndMarkEachPointWithItsOwnShape() {
        let chart = Chart(id: "p", title: "Pulse", summary: "", kind: .lines, categories: ["W1", "W2", "W3", "W4"],
                          series: [.init(name: "Support", values: [2, nil, 3, 4]), .init(name: "Sales", values: [3, 3, nil, nil])],
                          valueLabel: "pulse", valueRange: 1...5)
        let svg = SVGChartRenderer().render(chart)
        let paths = svg.components(separatedBy: "<path class=\"mark\" d=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(paths.count == 2)
        #expect(paths[0].filter { $0 == "M" }.count == 2, "the Support line restarts after W2: \(paths[0])")
        #expect(svg.components(separatedBy: "<circle class=\"mark\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "<rect class=\"mark\"").count - 1 == 2) // Sales: squares
        #expect(svg.contains("stroke-dasharray=\"7 4\""))
        // A fixed axis from 1 to 5.
        #expect(svg.contains(">1<") && svg.contains(">5<") && !svg.contains(">0<"))
    }

    @Test func horizontalBarsShortenLongLabelsAndKeepTheFullOneAsATitle() {
        let long = "Prioriteiten stellen als alles tegelijk moet en niemand kiest"
        let chart = Chart(id: "l", title: "Lessons", summary: "", kind: .horizontalBars, categories: [long, "Short"],
                          series: [.init(name: "asked", values: [7, 0])], valueLabel: "count")
        let svg = SVGChartRenderer().render(chart)
        #expect(svg.contains("Prioriteiten stellen als alles…"))
        #expect(svg.contains("<title>\(long)</title>"))
        #expect(marks(svg) == 2)
    }

    @Test func textIsEscaped() {
        let chart = Chart(id: "x", title: "<script>alert(1)</script>", summary: "a & b", kind: .horizontalBars,
                          categories: ["\"quoted\" <tag>"], series: [.init(name: "n", values: [1])], valueLabel: "")
        let svg = SVGChartRenderer().render(chart)
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;") && svg.contains("a &amp; b") && svg.contains("&quot;quoted&quot; &lt;tag&gt;"))
    }

    @Test(arguments: [(0.0, 1.0), (6, 6), (7, 8), (18, 20), (42, 50), (130, 150)])
    func axesEndOnARoundNumber(maximum: Double, top: Double) {
        let axis = ChartAxis(maximum: maximum, fixed: nil)
        #expect(axis.range.upperBound == top, "\(maximum) → \(axis.range) \(axis.ticks)")
        #expect(axis.ticks.first == 0 && axis.ticks.last == top && axis.ticks.count <= 6)
    }
}

extension SVGChartRendererTests {
    @Test func aLegendTooWideForOneRowWrapsAndPushesTheDrawingDown() {
        let names = ["asked", "helped", "did not help", "used it in practice", "did not help in practice"]
        let chart = Chart(id: "w", title: "Lessons", summary: "", kind: .horizontalBars, categories: ["A lesson"],
                          series: names.enumerated().map { .init(name: $1, values: [Double($0 + 1)]) }, valueLabel: "count")
        let svg = SVGChartRenderer().render(chart)
        let oneRow = SVGChartRenderer().render(Chart(id: "w", title: "Lessons", summary: "", kind: .horizontalBars, categories: ["A lesson"],
                                                     series: Array(chart.series.prefix(2)), valueLabel: "count"))
        #expect(svg.contains("<g transform=\"translate(0 20)\">") && !oneRow.contains("translate("))
        // The last name starts a second row, at the left.
        #expect(svg.contains("<text x=\"74\" y=\"38\" text-anchor=\"start\" font-size=\"12\" fill=\"#222\">did not help in practice</text>"), "\(svg)")
        // Five series, five looks: the fifth is striped, not the first's plain fill again.
        #expect(svg.contains("<pattern id=\"w-p4\"") && svg.contains("fill=\"url(#w-p4)\""))
        #expect(marks(svg) == 5)
    }
}
