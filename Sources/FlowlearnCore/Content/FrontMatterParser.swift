import Foundation

/// Reads a file's front matter and body, reporting every problem with its line.
public struct FrontMatterParser: Sendable {
    public init() {}

    /// Parses `text` as read from `path`. Returns the front matter (when its structure could be
    /// read at all) and every problem found; a result is returned even when there are errors in
    /// single entries, so a whole file's problems are reported in one run.
    public func parse(_ text: String, path: String) -> (FrontMatter?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func error(_ line: Int, _ message: String) {
            diagnostics.append(.error(SourceLocation(path: path, line: line), message))
        }

        // "\r\n" is one Character in Swift, so Windows line ends are normalised before splitting.
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }

        guard lines.first == "---" else {
            error(1, "the file must start with a front matter block: a line `---`, the keys, and a closing `---`")
            return (nil, diagnostics)
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else {
            error(1, "the front matter block opened here is never closed with a line `---`")
            return (nil, diagnostics)
        }

        var entries: [FrontMatter.Entry] = []
        var seenKeys: [String: Int] = [:]
        var index = 1
        while index < closing {
            let lineNumber = index + 1
            let line = lines[index]
            index += 1
            if line.contains("\t") {
                error(lineNumber, "tabs are not allowed in front matter; indent with spaces")
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first == " " {
                if trimmed.hasPrefix("-") {
                    error(lineNumber, "a list item must follow a key that ends with `:`")
                } else {
                    error(lineNumber, "indented keys (nested maps) are not supported; use `key: value` at the start of the line")
                }
                continue
            }
            if trimmed.hasPrefix("-") {
                error(lineNumber, "a list item must follow a key that ends with `:`")
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                error(lineNumber, "expected `key: value`")
                continue
            }
            let key = String(line[..<colon])
            guard Self.isValidKey(key) else {
                error(lineNumber, "`\(key)` is not a valid key: use lowercase letters, digits and `_`")
                continue
            }
            var rest = String(line[line.index(after: colon)...])
            if !rest.isEmpty && rest.first != " " {
                error(lineNumber, "put a space after `\(key):`")
                continue
            }
            rest = rest.trimmingCharacters(in: .whitespaces)
            if let previous = seenKeys[key] {
                error(lineNumber, "`\(key)` is given twice (first on line \(previous))")
            }
            seenKeys[key] = lineNumber

            if rest.isEmpty {
                // A block list follows: `- item` lines, or nothing (an empty value).
                var items: [String] = []
                var itemLines: [Int] = []
                while index < closing {
                    let itemLine = lines[index]
                    let itemTrimmed = itemLine.trimmingCharacters(in: .whitespaces)
                    if itemTrimmed.isEmpty { index += 1; continue }
                    guard itemTrimmed.hasPrefix("-") else { break }
                    let itemNumber = index + 1
                    index += 1
                    if itemLine.contains("\t") {
                        error(itemNumber, "tabs are not allowed in front matter; indent with spaces")
                        continue
                    }
                    guard itemTrimmed == "-" || itemTrimmed.hasPrefix("- ") else {
                        error(itemNumber, "put a space after `-` in a list item")
                        continue
                    }
                    let raw = String(itemTrimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
                    if raw.hasPrefix("- ") || raw == "-" {
                        error(itemNumber, "nested lists are not supported")
                        continue
                    }
                    if raw.isEmpty {
                        error(itemNumber, "empty list item")
                        continue
                    }
                    switch Self.parseScalar(raw, allowFlowList: false) {
                    case .success(let item):
                        items.append(item)
                        itemLines.append(itemNumber)
                    case .failure(let message):
                        error(itemNumber, message)
                    }
                }
                let value: FrontMatter.Value = itemLines.isEmpty ? .scalar("") : .list(items)
                entries.append(.init(key: key, value: value, line: lineNumber, itemLines: itemLines))
            } else if rest.hasPrefix("[") {
                switch Self.parseFlowList(rest) {
                case .success(let items):
                    entries.append(.init(key: key, value: .list(items), line: lineNumber,
                                         itemLines: Array(repeating: lineNumber, count: items.count)))
                case .failure(let message):
                    error(lineNumber, message)
                }
            } else {
                switch Self.parseScalar(rest, allowFlowList: false) {
                case .success(let value):
                    entries.append(.init(key: key, value: .scalar(value), line: lineNumber, itemLines: []))
                case .failure(let message):
                    error(lineNumber, message)
                }
            }
        }

        let body = lines[(closing + 1)...].joined(separator: "\n")
        return (FrontMatter(entries: entries, bodyStartLine: closing + 2, body: body), diagnostics)
    }

    /// Why a value could not be read, as a message for a person.
    enum ScalarResult: Equatable {
        case success(String)
        case failure(String)
    }

    enum ListResult: Equatable {
        case success([String])
        case failure(String)
    }

    static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.properties.isLowercase else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// A plain or double-quoted scalar, already trimmed.
    static func parseScalar(_ raw: String, allowFlowList: Bool) -> ScalarResult {
        if raw.hasPrefix("\"") {
            var parser = QuotedStringReader(raw)
            switch parser.read() {
            case .success(let value):
                let remainder = parser.remainder.trimmingCharacters(in: .whitespaces)
                if !remainder.isEmpty {
                    return .failure("unexpected text after the closing quote: `\(remainder)`")
                }
                return .success(value)
            case .failure(let message):
                return .failure(message)
            }
        }
        if let first = raw.first {
            switch first {
            case "'":
                return .failure("single-quoted strings are not supported; use double quotes")
            case "&", "*":
                return .failure("YAML anchors and aliases (`&`, `*`) are not supported; quote the value if it is text")
            case "!":
                return .failure("YAML tags (`!`) are not supported; quote the value if it is text")
            case "|", ">":
                return .failure("block scalars (`|`, `>`) are not supported; write the value on one line")
            case "{":
                return .failure("nested maps (`{...}`) are not supported")
            case "[":
                return .failure("nested lists are not supported")
            case "@", "`", "%":
                return .failure("a value starting with `\(first)` must be double-quoted")
            default:
                break
            }
        }
        if raw.contains(": ") || raw.hasSuffix(":") {
            return .failure("a value containing `: ` must be double-quoted (YAML would read a nested map)")
        }
        if raw.contains(" #") {
            return .failure("` #` starts a comment in YAML; double-quote the value if the `#` belongs to it")
        }
        return .success(raw)
    }

    /// `[a, b, "c, d"]` on one line.
    static func parseFlowList(_ raw: String) -> ListResult {
        var items: [String] = []
        var chars = Substring(raw.dropFirst())
        while true {
            chars = chars.drop(while: { $0 == " " })
            guard let next = chars.first else {
                return .failure("the list is not closed with `]`")
            }
            if next == "]" {
                let after = chars.dropFirst().trimmingCharacters(in: .whitespaces)
                if !after.isEmpty { return .failure("unexpected text after `]`: `\(after)`") }
                if !items.isEmpty { return .failure("a list may not end with a comma") }
                return .success(items)
            }
            var item: String
            if next == "\"" {
                var reader = QuotedStringReader(String(chars))
                switch reader.read() {
                case .success(let value): item = value
                case .failure(let message): return .failure(message)
                }
                chars = Substring(reader.remainder)
            } else {
                let end = chars.firstIndex(where: { $0 == "," || $0 == "]" }) ?? chars.endIndex
                item = chars[..<end].trimmingCharacters(in: .whitespaces)
                if item.isEmpty { return .failure("empty item in list") }
                if case .failure(let message) = parseScalar(item, allowFlowList: false) { return .failure(message) }
                chars = chars[end...]
            }
            items.append(item)
            chars = chars.drop(while: { $0 == " " })
            guard let separator = chars.first else { return .failure("the list is not closed with `]`") }
            if separator == "," {
                chars = chars.dropFirst()
                if chars.drop(while: { $0 == " " }).first == "]" {
                    return .failure("a list may not end with a comma")
                }
            } else if separator == "]" {
                let after = chars.dropFirst().trimmingCharacters(in: .whitespaces)
                if !after.isEmpty { return .failure("unexpected text after `]`: `\(after)`") }
                return .success(items)
            } else {
                return .failure("expected `,` or `]` in the list, found `\(separator)`")
            }
        }
    }
}

/// Reads one double-quoted YAML string with its escapes.
struct QuotedStringReader {
    private var chars: [Character]
    private var position = 0

    init(_ text: String) { chars = Array(text) }

    var remainder: String { String(chars[min(position, chars.count)...]) }

    mutating func read() -> FrontMatterParser.ScalarResult {
        guard position < chars.count, chars[position] == "\"" else { return .failure("expected `\"`") }
        position += 1
        var value = ""
        while position < chars.count {
            let c = chars[position]
            position += 1
            switch c {
            case "\"":
                return .success(value)
            case "\\":
                guard position < chars.count else { return .failure("unfinished escape at the end of the string") }
                let e = chars[position]
                position += 1
                switch e {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "/": value.append("/")
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "u":
                    let hex = String(chars[position..<min(position + 4, chars.count)])
                    guard hex.count == 4, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                        return .failure("`\\u` must be followed by four hex digits")
                    }
                    position += 4
                    value.unicodeScalars.append(scalar)
                default:
                    return .failure("unknown escape `\\\(e)` in a double-quoted string")
                }
            default:
                value.append(c)
            }
        }
        return .failure("the double-quoted string is not closed")
    }
}

