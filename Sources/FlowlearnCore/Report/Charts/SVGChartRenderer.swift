import Foundation

/// Draws a ``Chart`` as inline SVG: axes with round ticks, labels, a legend, and marks (bars,
/// lines, points) of class `mark`, each with a `<title>` giving its value. The drawing scales to
/// its container (`viewBox`, width 100 %) and uses only the reader's own fonts.
public struct SVGChartRenderer: Sendable {
    /// The drawing's width in user units; the height follows from the kind and the categories.
    public var width: Double = 640
    public var decimalSeparator: String

    public init(decimalSeparator: String = ".") { self.decimalSeparator = decimalSeparator }

    /// Insets of the plot area inside the drawing.
    struct Frame {
        var left: Double
        var right: Double
        var top: Double
        var bottom: Double
    }

    public func render(_ chart: Chart) -> String {
        let height: Double
        let body: String
        switch chart.kind {
        case .stackedColumns:
            height = 300
            body = columns(chart, height: height)
        case .lines:
            height = 300
            body = lines(chart, height: height)
        case .horizontalBars:
            let rowHeight = 14.0 * Double(max(1, chart.series.count)) + 10
            height = 56 + rowHeight * Double(max(1, chart.categories.count)) + 34
            body = horizontalBars(chart, height: height, rowHeight: rowHeight)
        }
        // A legend of more rows than one pushes the drawing down.
        let (legend, rows) = legend(chart)
        let shift = Self.legendRowHeight * Double(rows - 1)
        let id = HTMLText.escape(chart.id)
        let drawing = shift > 0 ? "<g transform=\"translate(0 \(n(shift)))\">\(body)</g>" : body
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="\(id)" viewBox="0 0 \(n(width)) \(n(height + shift))" \
            width="100%" role="img" aria-labelledby="\(id)-title \(id)-desc" font-family="'DejaVu Sans', 'Liberation Sans', Arial, sans-serif" font-size="12">\
            <title id="\(id)-title">\(HTMLText.escape(chart.title))</title><desc id="\(id)-desc">\(HTMLText.escape(chart.summary))</desc>\
            <defs>\(ChartStyle.definitions(chartID: id, count: chart.series.count))</defs>\
            <rect width="100%" height="100%" fill="#fff"/>\(legend)\(drawing)</svg>
            """
    }

    // MARK: Kinds

    func columns(_ chart: Chart, height: Double) -> String {
        let frame = Frame(left: 52, right: 12, top: 40, bottom: 44)
        let totals = chart.categories.indices.map { i in chart.series.map { value($0, i) ?? 0 }.reduce(0, +) }
        let axis = ChartAxis(maximum: totals.max() ?? 0, fixed: chart.valueRange)
        var out = valueGrid(axis, frame: frame, height: height, label: chart.valueLabel)
        let slot = (width - frame.left - frame.right) / Double(max(1, chart.categories.count))
        let barWidth = min(48, slot * 0.62)
        let y = { (v: Double) in axis.position(v, from: height - frame.bottom, to: frame.top) }
        for (i, category) in chart.categories.enumerated() {
            let x = frame.left + slot * Double(i) + (slot - barWidth) / 2
            var base = 0.0
            for (s, series) in chart.series.enumerated() {
                guard let v = value(series, i), v > 0 else { continue }
                let top = y(base + v), bottom = y(base)
                out += ##"<rect class="mark" x="\##(n(x))" y="\##(n(top))" width="\##(n(barWidth))" height="\##(n(bottom - top))" fill="\##(ChartStyle.fill(s, chartID: chart.id))" stroke="#222" stroke-width="0.6">"##
                    + "<title>\(HTMLText.escape("\(category): \(series.name) \(format(v))\(chart.valueSuffix)"))</title></rect>"
                base += v
            }
            if totals[i] > 0 {
                out += text(x + barWidth / 2, y(totals[i]) - 4, format(totals[i]) + chart.valueSuffix, anchor: "middle", size: 11)
            }
            out += text(x + barWidth / 2, height - frame.bottom + 16, category, anchor: "middle", size: 11)
        }
        return out + baseline(frame: frame, height: height)
    }

    func lines(_ chart: Chart, height: Double) -> String {
        let frame = Frame(left: 52, right: 12, top: 40, bottom: 44)
        let maximum = chart.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ChartAxis(maximum: maximum, fixed: chart.valueRange)
        var out = valueGrid(axis, frame: frame, height: height, label: chart.valueLabel)
        let slot = (width - frame.left - frame.right) / Double(max(1, chart.categories.count))
        let x = { (i: Int) in frame.left + slot * (Double(i) + 0.5) }
        let y = { (v: Double) in axis.position(v, from: height - frame.bottom, to: frame.top) }
        for (i, category) in chart.categories.enumerated() {
            out += text(x(i), height - frame.bottom + 16, category, anchor: "middle", size: 11)
        }
        for (s, series) in chart.series.enumerated() {
            // A missing week breaks the line rather than drawing a slope nobody measured.
            var path = ""
            var drawing = false
            for i in chart.categories.indices {
                guard let v = value(series, i) else { drawing = false; continue }
                path += (drawing ? "L" : "M") + "\(n(x(i))),\(n(y(v))) "
                drawing = true
            }
            if !path.isEmpty {
                let dash = ChartStyle.dash(s).isEmpty ? "" : ##" stroke-dasharray="\##(ChartStyle.dash(s))""##
                out += ##"<path class="mark" d="\##(path.trimmingCharacters(in: .whitespaces))" fill="none" stroke="\##(ChartStyle.colour(s))" stroke-width="2.2"\##(dash)><title>\##(HTMLText.escape(series.name))</title></path>"##
            }
            for i in chart.categories.indices {
                guard let v = value(series, i) else { continue }
                out += marker(ChartStyle.marker(s), x: x(i), y: y(v), colour: ChartStyle.colour(s),
                              title: "\(chart.categories[i]): \(series.name) \(format(v))\(chart.valueSuffix)")
            }
        }
        return out + baseline(frame: frame, height: height)
    }

    func horizontalBars(_ chart: Chart, height: Double, rowHeight: Double) -> String {
        let frame = Frame(left: 210, right: 40, top: 44, bottom: 34)
        let maximum = chart.series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ChartAxis(maximum: maximum, fixed: chart.valueRange)
        let xAt = { (v: Double) in axis.position(v, from: frame.left, to: self.width - frame.right) }
        var out = ""
        for tick in axis.ticks {
            out += ##"<line x1="\##(n(xAt(tick)))" y1="\##(n(frame.top))" x2="\##(n(xAt(tick)))" y2="\##(n(height - frame.bottom))" stroke="#ccc" stroke-width="0.6"/>"##
            out += text(xAt(tick), height - frame.bottom + 14, format(tick), anchor: "middle", size: 10)
        }
        out += text((frame.left + width - frame.right) / 2, height - 4, chart.valueLabel, anchor: "middle", size: 11)
        let barHeight = 12.0
        for (i, category) in chart.categories.enumerated() {
            let top = frame.top + rowHeight * Double(i) + 5
            out += text(frame.left - 8, top + (rowHeight - 10) / 2 + 4, Self.shortened(category, to: 32), anchor: "end", size: 11, title: category)
            for (s, series) in chart.series.enumerated() {
                guard let v = value(series, i) else { continue }
                let y = top + barHeight * Double(s) + 2 * Double(s)
                let w = xAt(v) - frame.left
                out += ##"<rect class="mark" x="\##(n(frame.left))" y="\##(n(y))" width="\##(n(max(w, v > 0 ? 1.5 : 0.8)))" height="\##(n(barHeight))" fill="\##(ChartStyle.fill(s, chartID: chart.id))" stroke="#222" stroke-width="0.6">"##
                    + "<title>\(HTMLText.escape("\(category): \(series.name) \(format(v))\(chart.valueSuffix)"))</title></rect>"
                out += text(frame.left + w + 4, y + barHeight - 2, format(v) + chart.valueSuffix, anchor: "start", size: 10)
            }
        }
        out += ##"<line x1="\##(n(frame.left))" y1="\##(n(frame.top))" x2="\##(n(frame.left))" y2="\##(n(height - frame.bottom))" stroke="#222" stroke-width="1"/>"##
        return out
    }

    // MARK: Parts

    static let legendRowHeight = 20.0

    /// The legend across the top: a swatch (or a line sample with its marker) and the name of
    /// each series, on as many rows as the width needs; returns the drawing and its rows.
    func legend(_ chart: Chart) -> (String, Int) {
        var out = ##"<g class="legend">"##
        let left = 52.0
        var x = left, row = 0
        for (s, series) in chart.series.enumerated() {
            let sample = chart.kind == .lines ? 32.0 : 22.0
            let itemWidth = sample + 7.2 * Double(series.name.count)
            if x > left && x + itemWidth > width - 12 {
                row += 1
                x = left
            }
            let y = Self.legendRowHeight * Double(row)
            if chart.kind == .lines {
                let dash = ChartStyle.dash(s).isEmpty ? "" : ##" stroke-dasharray="\##(ChartStyle.dash(s))""##
                out += ##"<line x1="\##(n(x))" y1="\##(n(y + 14))" x2="\##(n(x + 26))" y2="\##(n(y + 14))" stroke="\##(ChartStyle.colour(s))" stroke-width="2.2"\##(dash)/>"##
                out += marker(ChartStyle.marker(s), x: x + 13, y: y + 14, colour: ChartStyle.colour(s), title: nil)
            } else {
                out += ##"<rect x="\##(n(x))" y="\##(n(y + 7))" width="16" height="14" fill="\##(ChartStyle.fill(s, chartID: chart.id))" stroke="#222" stroke-width="0.6"/>"##
            }
            out += text(x + sample, y + 18, series.name, anchor: "start", size: 12)
            x += itemWidth + 18
        }
        return (out + "</g>", row + 1)
    }

    func valueGrid(_ axis: ChartAxis, frame: Frame, height: Double, label: String) -> String {
        var out = ""
        for tick in axis.ticks {
            let y = axis.position(tick, from: height - frame.bottom, to: frame.top)
            out += ##"<line x1="\##(n(frame.left))" y1="\##(n(y))" x2="\##(n(width - frame.right))" y2="\##(n(y))" stroke="#ccc" stroke-width="0.6"/>"##
            out += text(frame.left - 6, y + 4, format(tick), anchor: "end", size: 10)
        }
        let middle = (frame.top + height - frame.bottom) / 2
        out += ##"<text x="14" y="\##(n(middle))" text-anchor="middle" font-size="11" fill="#222" transform="rotate(-90 14 \##(n(middle)))">\##(HTMLText.escape(label))</text>"##
        out += ##"<line x1="\##(n(frame.left))" y1="\##(n(frame.top))" x2="\##(n(frame.left))" y2="\##(n(height - frame.bottom))" stroke="#222" stroke-width="1"/>"##
        return out
    }

    func baseline(frame: Frame, height: Double) -> String {
        ##"<line x1="\##(n(frame.left))" y1="\##(n(height - frame.bottom))" x2="\##(n(width - frame.right))" y2="\##(n(height - frame.bottom))" stroke="#222" stroke-width="1"/>"##
    }

    func marker(_ shape: ChartStyle.Marker, x: Double, y: Double, colour: String, title: String?) -> String {
        let tooltip = title.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
        let mark = title == nil ? "" : ##" class="mark""##
        let paint = ##"fill="#fff" stroke="\##(colour)" stroke-width="2""##
        switch shape {
        case .circle:
            return ##"<circle\##(mark) cx="\##(n(x))" cy="\##(n(y))" r="4" \##(paint)>\##(tooltip)</circle>"##
        case .square:
            return ##"<rect\##(mark) x="\##(n(x - 3.8))" y="\##(n(y - 3.8))" width="7.6" height="7.6" \##(paint)>\##(tooltip)</rect>"##
        case .triangle:
            return ##"<path\##(mark) d="M\##(n(x)),\##(n(y - 5)) L\##(n(x + 4.6)),\##(n(y + 3.6)) L\##(n(x - 4.6)),\##(n(y + 3.6)) Z" \##(paint)>\##(tooltip)</path>"##
        case .cross:
            return ##"<path\##(mark) d="M\##(n(x - 4)),\##(n(y - 4)) L\##(n(x + 4)),\##(n(y + 4)) M\##(n(x + 4)),\##(n(y - 4)) L\##(n(x - 4)),\##(n(y + 4))" fill="none" stroke="\##(colour)" stroke-width="2.2">\##(tooltip)</path>"##
        case .diamond:
            return ##"<path\##(mark) d="M\##(n(x)),\##(n(y - 5)) L\##(n(x + 5)),\##(n(y)) L\##(n(x)),\##(n(y + 5)) L\##(n(x - 5)),\##(n(y)) Z" \##(paint)>\##(tooltip)</path>"##
        }
    }

    func text(_ x: Double, _ y: Double, _ content: String, anchor: String, size: Int, title: String? = nil) -> String {
        let tooltip = title.flatMap { $0 == content ? nil : "<title>\(HTMLText.escape($0))</title>" } ?? ""
        return ##"<text x="\##(n(x))" y="\##(n(y))" text-anchor="\##(anchor)" font-size="\##(size)" fill="#222">\##(tooltip)\##(HTMLText.escape(content))</text>"##
    }

    // MARK: Numbers

    func value(_ series: Chart.Series, _ index: Int) -> Double? {
        index < series.values.count ? series.values[index] : nil
    }

    /// A value as shown: whole numbers without decimals, others with one.
    func format(_ value: Double) -> String {
        value == value.rounded() ? NumberText.fixed(value, decimals: 0) : NumberText.fixed(value, decimals: 1, separator: decimalSeparator)
    }

    /// A coordinate with at most two decimals.
    func n(_ value: Double) -> String { NumberText.fixed(value, decimals: 2).replacingOccurrences(of: ".00", with: "") }

    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
