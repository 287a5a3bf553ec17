import Foundation

/// The weekly reflection questions in one language, edited by admins in `content/reflection/`.
public struct ReflectionQuestionSet: Sendable, Hashable {
    public var language: Language
    /// The open questions; a prompt uses two or three of them, rotating week to week.
    public var questions: [String]
    /// The optional one-tap pulse question ("how was your week, 1–5?").
    public var pulse: String?
    public var location: SourceLocation

    public init(language: Language, questions: [String], pulse: String?, location: SourceLocation) {
        self.language = language
        self.questions = questions
        self.pulse = pulse
        self.location = location
    }
}

/// Reads one reflection question file: front matter with `language` (and optional `pulse`),
/// then one `- question` line per question.
public struct ReflectionQuestionParser: Sendable {
    public init() {}

    public func parse(_ text: String, path: String) -> (ReflectionQuestionSet?, [Diagnostic]) {
        let (frontMatterOrNil, parsed) = FrontMatterParser().parse(text, path: path)
        var diagnostics = parsed
        guard let frontMatter = frontMatterOrNil else { return (nil, diagnostics) }
        func error(_ line: Int, _ message: String) {
            diagnostics.append(.error(SourceLocation(path: path, line: line), message))
        }
        for entry in frontMatter.entries where entry.key != "language" && entry.key != "pulse" {
            diagnostics.append(.warning(SourceLocation(path: path, line: entry.line), "unknown key `\(entry.key)` is ignored"))
        }
        var language: Language?
        if let entry = frontMatter["language"], case .scalar(let value) = entry.value {
            language = Language(code: value)
            if language == nil { error(entry.line, "language must be `nl` or `en`, not `\(value)`") }
        } else {
            error(1, "missing required key `language` (`nl` or `en`)")
        }
        var pulse: String?
        if let entry = frontMatter["pulse"] {
            if case .scalar(let value) = entry.value, !value.isEmpty {
                pulse = value
            } else {
                error(entry.line, "`pulse` must be one line of text")
            }
        }
        var questions: [String] = []
        let bodyLines = frontMatter.body.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in bodyLines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("<!--") { continue }
            guard line.hasPrefix("- ") else {
                error(frontMatter.bodyStartLine + offset, "each reflection question is a line starting with `- `")
                continue
            }
            let question = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if question.isEmpty {
                error(frontMatter.bodyStartLine + offset, "empty reflection question")
            } else {
                questions.append(question)
            }
        }
        if questions.count < 2 {
            error(frontMatter.bodyStartLine, "a reflection file needs at least two questions (a prompt asks two or three)")
        }
        guard diagnostics.errors.isEmpty, let language else { return (nil, diagnostics) }
        return (ReflectionQuestionSet(language: language, questions: questions, pulse: pulse,
                                      location: SourceLocation(path: path, line: 1)), diagnostics)
    }
}

