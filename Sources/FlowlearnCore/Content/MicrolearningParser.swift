import Foundation

/// Turns one content file into a ``Microlearning``, checking every key against the content rules.
public struct MicrolearningParser: Sendable {
    /// The keys a lesson may have; anything else is reported as a warning.
    public static let knownKeys: Set<String> = [
        "id", "title", "language", "minutes", "tags", "questions", "audience", "related",
        "experts", "formal_training", "review_by",
    ]

    public init() {}

    /// Parses the file at `path` with contents `text`. `defaultID` is the file name without `.md`.
    public func parse(_ text: String, path: String, defaultID: String) -> (Microlearning?, [Diagnostic]) {
        let (frontMatterOrNil, parseDiagnostics) = FrontMatterParser().parse(text, path: path)
        guard let frontMatter = frontMatterOrNil else { return (nil, parseDiagnostics) }
        var reader = FrontMatterReader(frontMatter, path: path, diagnostics: parseDiagnostics, known: Self.knownKeys)
        func error(_ line: Int, _ message: String) { reader.error(line, message) }
        func scalar(_ key: String) -> (String, Int)? { reader.scalar(key) }
        func list(_ key: String) -> ([String], Int)? { reader.list(key) }

        let id: String
        var idLine = 1
        if let (value, line) = scalar("id") {
            id = value
            idLine = line
            if !Self.isValidID(value) {
                error(line, "id `\(value)` may contain only lowercase letters, digits, `-` and `_`")
            }
        } else {
            id = defaultID
            if !Self.isValidID(defaultID) && frontMatter["id"] == nil {
                error(1, "the file name `\(defaultID)` is not a valid id; rename the file or set `id:` (lowercase letters, digits, `-`, `_`)")
            }
        }

        let title = reader.title()
        let language = reader.language()

        var minutes: Int?
        if let (value, line) = scalar("minutes") {
            if let n = Int(value), (1...30).contains(n) {
                minutes = n
            } else {
                error(line, "minutes must be a whole number from 1 to 30")
            }
        }

        let questions = list("questions")
        if frontMatter["questions"] == nil {
            error(1, "missing required key `questions` (at least one sample question)")
        } else if let (items, line) = questions, items.isEmpty {
            error(line, "`questions` needs at least one sample question")
        }

        let tags = list("tags")?.0.map { $0.lowercased() } ?? []
        let related = list("related")?.0 ?? []
        let experts = list("experts")?.0 ?? []
        let audience = scalar("audience")?.0
        let formalTraining = scalar("formal_training")?.0

        var reviewBy: LocalDate?
        if let (value, line) = scalar("review_by") {
            reviewBy = LocalDate(value)
            if reviewBy == nil { error(line, "review_by must be a date written as YYYY-MM-DD, not `\(value)`") }
        }

        let body = frontMatter.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty {
            error(frontMatter.bodyStartLine, "the lesson body is empty: write the lesson below the closing `---`")
        }

        guard reader.diagnostics.errors.isEmpty, let title, let language, let questions else {
            return (nil, reader.diagnostics)
        }
        let lesson = Microlearning(
            id: id, title: title, language: language, minutes: minutes, tags: tags,
            questions: questions.0, audience: audience, related: related, experts: experts,
            formalTraining: formalTraining, reviewBy: reviewBy, body: body,
            location: SourceLocation(path: path, line: idLine)
        )
        return (lesson, reader.diagnostics)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
