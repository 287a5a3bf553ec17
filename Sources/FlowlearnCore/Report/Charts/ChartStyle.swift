/// How series look, chosen to stay apart in grey print: each series differs in shade and in
/// pattern (solid, hatched, dotted, cross-hatched, striped) or in dash and marker shape, not only in colour.
enum ChartStyle {
    /// Fill colours, dark to light in grey.
    static let colours = ["#1f4e79", "#d98c3f", "#6b7f8c", "#7fb3d5", "#b9c98a"]
    /// Dash patterns for lines (`""`: solid).
    static let dashes = ["", "7 4", "2 3", "10 3 2 3", "1 3"]
    /// Marker shapes for lines.
    enum Marker { case circle, square, triangle, diamond, cross }
    static let markers: [Marker] = [.circle, .square, .triangle, .diamond, .cross]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }
    static func dash(_ index: Int) -> String { dashes[index % dashes.count] }
    static func marker(_ index: Int) -> Marker { markers[index % markers.count] }

    /// The fill of series `index` in chart `chartID`: a colour, or a pattern defined by ``definitions(chartID:count:)``.
    static func fill(_ index: Int, chartID: String) -> String {
        index % colours.count == 0 ? colour(index) : "url(#\(chartID)-p\(index))"
    }

    /// `<pattern>` definitions for the patterned series of a chart.
    static func definitions(chartID: String, count: Int) -> String {
        var defs = ""
        for index in 0..<count where index % colours.count != 0 {
            let colour = colour(index)
            let id = "\(chartID)-p\(index)"
            let strokes: String
            switch index % colours.count {
            case 1: strokes = ##"<path d="M0,6 L6,0" stroke="#222" stroke-width="1.2"/>"##
            case 2: strokes = ##"<circle cx="3" cy="3" r="1.2" fill="#222"/>"##
            case 4: strokes = ##"<path d="M0,1.5 L6,1.5 M0,4.5 L6,4.5" stroke="#222" stroke-width="0.8"/>"##
            default: strokes = ##"<path d="M0,3 L6,3 M3,0 L3,6" stroke="#222" stroke-width="0.8"/>"##
            }
            defs += ##"<pattern id="\##(id)" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="\##(colour)"/>\##(strokes)</pattern>"##
        }
        return defs
    }
}
