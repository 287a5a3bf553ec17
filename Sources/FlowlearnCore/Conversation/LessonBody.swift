import Foundation

/// A lesson's Markdown body split into its intro and `##` sections (Tips, Example questions, Checklist).
public struct LessonBody: Sendable, Equatable {
    /// A `## Heading` and the text below it.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var text: String
    }

    public var intro: String
    public var sections: [Section]

    public init(_ markdown: String) {
        var intro: [Substring] = []
        var sections: [Section] = []
        var current: (heading: String, lines: [Substring])?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                if let c = current { sections.append(Section(heading: c.heading, text: c.lines.joined(separator: "\n").trimmed)) }
                current = (String(line.dropFirst(3)).trimmed, [])
            } else if current != nil {
                current?.lines.append(line)
            } else {
                intro.append(line)
            }
        }
        if let c = current { sections.append(Section(heading: c.heading, text: c.lines.joined(separator: "\n").trimmed)) }
        self.intro = intro.joined(separator: "\n").trimmed
        self.sections = sections
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

