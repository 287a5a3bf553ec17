/// `content/phrasings.txt`: questions people asked that an admin accepted as new ways of asking
/// for a lesson (`flowlearn learn`). Plain text in the content folder, so it is reviewed and
/// versioned with the lessons; matching reads each line as one more sample question of its lesson.
///
/// One phrasing per line, `lesson-id: how someone asked`; `#` starts a comment line.
public struct AcceptedPhrasings: Sendable, Equatable {
    /// One accepted phrasing and where it is written.
    public struct Entry: Sendable, Equatable {
        public var lessonID: String
        public var text: String
        public var location: SourceLocation
    }

    /// The file's name in the content folder.
    public static let fileName = "phrasings.txt"

    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Parses the file, reporting each malformed line with its place.
    public static func parse(_ text: String, path: String) -> (AcceptedPhrasings, [Diagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for (offset, raw) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = SourceLocation(path: path, line: offset + 1)
            guard let colon = line.firstIndex(of: ":") else {
                diagnostics.append(.error(location, "expected `lesson-id: how someone asked`"))
                continue
            }
            let id = line[..<colon].trimmingCharacters(in: .whitespaces)
            let phrasing = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                diagnostics.append(.error(location, "`\(id)` is not a lesson id (lowercase letters, digits, `-`, `_`)"))
                continue
            }
            guard !phrasing.isEmpty else {
                diagnostics.append(.error(location, "the phrasing after `\(id):` is empty"))
                continue
            }
            let key = id + "\u{0}" + TextNormalizer.words(phrasing).joined(separator: " ")
            if let first = seen[key] {
                diagnostics.append(.warning(location, "the same phrasing of `\(id)` is already accepted at line \(first.line)"))
                continue
            }
            seen[key] = location
            entries.append(Entry(lessonID: id, text: phrasing, location: location))
        }
        return (AcceptedPhrasings(entries: entries), diagnostics)
    }

    /// The line `flowlearn learn` appends for `text` as a phrasing of `lessonID` (one line: any
    /// line breaks in the question become spaces).
    public static func line(lessonID: String, text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return "\(lessonID): \(flat)"
    }

    /// The header a new file starts with.
    public static let header = """
        # Accepted phrasings: how people asked for a lesson, one per line as `lesson-id: question`.
        # Written by `flowlearn learn QUESTION-ID LESSON-ID`; review and edit like the lessons.
        # Matching reads each line as one more sample question of its lesson.

        """
}
