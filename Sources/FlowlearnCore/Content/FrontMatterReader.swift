/// Reads typed values out of a file's front matter for a parser (lessons, paths), collecting a
/// problem with its `path:line` for every value that is not what it should be.
struct FrontMatterReader {
    let frontMatter: FrontMatter
    let path: String
    private(set) var diagnostics: [Diagnostic]

    /// `known`: the keys the file may have; any other is a warning.
    init(_ frontMatter: FrontMatter, path: String, diagnostics: [Diagnostic], known: Set<String>) {
        self.frontMatter = frontMatter
        self.path = path
        self.diagnostics = diagnostics
        for entry in frontMatter.entries where !known.contains(entry.key) {
            self.diagnostics.append(.warning(SourceLocation(path: path, line: entry.line), "unknown key `\(entry.key)` is ignored"))
        }
    }

    mutating func error(_ line: Int, _ message: String) {
        diagnostics.append(.error(SourceLocation(path: path, line: line), message))
    }

    /// The single, non-empty value of `key` and its line; `nil` (with a problem) otherwise.
    mutating func scalar(_ key: String) -> (String, Int)? {
        guard let entry = frontMatter[key] else { return nil }
        switch entry.value {
        case .scalar(let s):
            if s.isEmpty {
                error(entry.line, "`\(key)` is empty")
                return nil
            }
            return (s, entry.line)
        case .list:
            error(entry.line, "`\(key)` must be a single value, not a list")
            return nil
        }
    }

    /// The list value of `key` (an empty scalar is an empty list).
    mutating func list(_ key: String) -> ([String], Int)? {
        guard let entry = frontMatter[key] else { return nil }
        switch entry.value {
        case .list(let items): return (items, entry.line)
        case .scalar(let s):
            if s.isEmpty { return ([], entry.line) }
            error(entry.line, "`\(key)` must be a list: `[\(s)]` or `- \(s)` lines")
            return nil
        }
    }

    /// The required `title`.
    mutating func title() -> String? {
        if frontMatter["title"] == nil { error(1, "missing required key `title`") }
        return scalar("title")?.0
    }

    /// The required `language`, `nl` or `en`.
    mutating func language() -> Language? {
        if let (value, line) = scalar("language") {
            let language = Language(code: value)
            if language == nil { error(line, "language must be `nl` or `en`, not `\(value)`") }
            return language
        }
        if frontMatter["language"] == nil { error(1, "missing required key `language` (`nl` or `en`)") }
        return nil
    }
}
