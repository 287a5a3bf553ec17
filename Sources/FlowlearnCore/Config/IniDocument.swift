import Foundation

/// A systemd-style INI file as written: `[section]` or `[section argument]` headers,
/// `key = value` lines, `#` / `;` comment lines, and `#` after whitespace as an inline comment.
public struct IniDocument: Sendable, Equatable {
    /// One `key = value` line.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: String
        public var line: Int
    }

    /// One `[name argument]` block and its entries.
    public struct Section: Sendable, Equatable {
        public var name: String
        /// The text after the name, e.g. the team name in `[team Klantenservice]`.
        public var argument: String?
        public var line: Int
        public var entries: [Entry]

        public subscript(key: String) -> Entry? { entries.last { $0.key == key } }
    }

    public var path: String
    public var sections: [Section]

    /// Reads `text`, reporting each line that is not a header, a comment or `key = value`.
    public static func parse(_ text: String, path: String) -> (IniDocument, [Diagnostic]) {
        var sections: [Section] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (offset, raw) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let location = SourceLocation(path: path, line: number)
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else {
                    diagnostics.append(.error(location, "a section header must end with `]`"))
                    continue
                }
                let inner = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                let parts = inner.split(separator: " ", maxSplits: 1).map(String.init)
                guard let name = parts.first, !name.isEmpty else {
                    diagnostics.append(.error(location, "empty section header"))
                    continue
                }
                var argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
                if let a = argument, a.count >= 2, a.hasPrefix("\""), a.hasSuffix("\"") {
                    argument = String(a.dropFirst().dropLast())
                }
                let key = name.lowercased() + " " + (argument ?? "")
                if let first = seen[key] {
                    diagnostics.append(.error(location, "section [\(inner)] appears twice (first on line \(first))"))
                }
                seen[key] = number
                sections.append(Section(name: name.lowercased(), argument: argument, line: number, entries: []))
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                diagnostics.append(.error(location, "expected `key = value`"))
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = String(line[line.index(after: equals)...])
            if let comment = value.range(of: #"\s#"#, options: .regularExpression) {
                value = String(value[..<comment.lowerBound])
            }
            value = value.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty else {
                diagnostics.append(.error(location, "missing key before `=`"))
                continue
            }
            guard !sections.isEmpty else {
                diagnostics.append(.error(location, "`\(key)` must be inside a section such as [flowlearn]"))
                continue
            }
            if let previous = sections[sections.count - 1].entries.first(where: { $0.key == key }) {
                diagnostics.append(.error(location, "`\(key)` is set twice in this section (first on line \(previous.line))"))
                continue
            }
            sections[sections.count - 1].entries.append(Entry(key: key, value: value, line: number))
        }
        return (IniDocument(path: path, sections: sections), diagnostics)
    }
}
