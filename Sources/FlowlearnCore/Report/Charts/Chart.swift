/// A small chart as the report draws it: categories along one axis, one or more series of
/// numbers, and everything a reader without the picture needs (a title and a description).
public struct Chart: Sendable, Equatable {
    /// How the numbers are drawn.
    public enum Kind: Sendable, Equatable {
        /// One column per category, the series stacked (questions answered and without a lesson).
        case stackedColumns
        /// One line per series across the categories; a missing value breaks the line.
        case lines
        /// One row per category, a bar per series side by side (lessons, gap themes).
        case horizontalBars
    }

    /// One named row of values, one per category (`nil`: no value there).
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// Unique within a page: element ids inside the drawing start with it.
    public var id: String
    public var title: String
    /// What the chart shows, read out by screen readers.
    public var summary: String
    public var kind: Kind
    public var categories: [String]
    public var series: [Series]
    /// The value axis's label.
    public var valueLabel: String
    /// A fixed value axis (1...5 for a pulse, 0...100 for a percentage); `nil`: from zero to a
    /// round number above the largest value.
    public var valueRange: ClosedRange<Double>?
    /// Appended to values shown on the drawing (`%`).
    public var valueSuffix: String

    public init(id: String, title: String, summary: String, kind: Kind, categories: [String], series: [Series],
                valueLabel: String, valueRange: ClosedRange<Double>? = nil, valueSuffix: String = "") {
        self.id = id
        self.title = title
        self.summary = summary
        self.kind = kind
        self.categories = categories
        self.series = series
        self.valueLabel = valueLabel
        self.valueRange = valueRange
        self.valueSuffix = valueSuffix
    }

    /// Whether any value is there to draw.
    public var hasValues: Bool { series.contains { $0.values.contains { $0 != nil } } }
}
