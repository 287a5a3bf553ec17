import Foundation

/// Turns Flowlearn's chat Markdown into a Matrix message's `body` and HTML `formatted_body`.
///
/// Understood: paragraphs, `#`/`##`/`###` headings, `-`/`*` lists (with `[ ]`/`[x]` checkboxes),
/// `1.` numbered lists, `>` quotes, `**bold**`, `_italic_`, `` `code` ``, `[text](https://...)`
/// links and bare `http(s)://` links. Everything else is text, HTML-escaped: lesson authors
/// cannot inject markup, and only `http`, `https` and `mailto` links are ever emitted.
///
/// Both outputs go through ``MentionSafety`` first, so a lesson saying "@room" pings nobody.
public enum MatrixMessageRenderer {
    /// The plain `body` (the Markdown source, made mention-safe) and the HTML.
    public static func render(_ markdown: String) -> (body: String, html: String) {
        let safe = MentionSafety.neutralised(markdown)
        return (safe, html(safe))
    }

    /// The HTML for `markdown` (no mention neutralising; see ``render(_:)``).
    public static func html(_ markdown: String) -> String {
        var blocks: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        var quote: [String] = []

        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append("<p>" + paragraph.map(inline).joined(separator: "<br>") + "</p>") }
            paragraph = []
        }
        func flushList() {
            if let current = list {
                let tag = current.ordered ? "ol" : "ul"
                blocks.append("<\(tag)>" + current.items.map { "<li>\($0)</li>" }.joined() + "</\(tag)>")
            }
            list = nil
        }
        func flushQuote() {
            if !quote.isEmpty { blocks.append("<blockquote>" + quote.map(inline).joined(separator: "<br>") + "</blockquote>") }
            quote = []
        }
        func flushAll() { flushParagraph(); flushList(); flushQuote() }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingTrailingWhitespace()
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                flushAll()
            } else if let (level, text) = heading(trimmed) {
                flushAll()
                blocks.append("<h\(level)>" + inline(text) + "</h\(level)>")
            } else if let item = bulletItem(trimmed) {
                flushParagraph(); flushQuote()
                if list?.ordered != false { flushList(); list = (false, []) }
                list?.items.append(item)
            } else if let item = numberedItem(trimmed) {
                flushParagraph(); flushQuote()
                if list?.ordered != true { flushList(); list = (true, []) }
                list?.items.append(inline(item))
            } else if trimmed.hasPrefix(">") {
                flushParagraph(); flushList()
                quote.append(String(trimmed.dropFirst().drop { $0 == " " }))
            } else if list != nil, rawLine.hasPrefix("  "), var items = list?.items, !items.isEmpty {
                // An indented continuation of the last list item.
                items[items.count - 1] += "<br>" + inline(String(trimmed))
                list?.items = items
            } else {
                flushList(); flushQuote()
                paragraph.append(String(trimmed))
            }
        }
        flushAll()
        return blocks.joined()
    }

    /// `# x` → (2, x), `## x` → (3, x), `###… x` → (4, x).
    static func heading(_ line: Substring) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (min(4, hashes + 1), String(line.dropFirst(hashes + 1)).trimmingCharacters(in: .whitespaces))
    }

    /// The HTML of a `- item` / `* item` / `+ item` line, checkboxes shown as ☐ / ☑.
    static func bulletItem(_ line: Substring) -> String? {
        guard let first = line.first, first == "-" || first == "*" || first == "+", line.dropFirst().first == " " else { return nil }
        let text = line.dropFirst(2).drop { $0 == " " }
        if text.hasPrefix("[ ] ") { return "☐ " + inline(String(text.dropFirst(4))) }
        if text.hasPrefix("[x] ") || text.hasPrefix("[X] ") { return "☑ " + inline(String(text.dropFirst(4))) }
        return inline(String(text))
    }

    /// The text of a `1. item` / `1) item` line.
    static func numberedItem(_ line: Substring) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return String(rest.dropFirst(2).drop { $0 == " " })
    }

    /// Inline Markdown of one line to HTML.
    ///
    /// Works on UTF-8 bytes: every marker is ASCII, and ASCII bytes never occur inside a
    /// multi-byte character, so no marker can be found in the middle of one.
    static func inline(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        appendInline(Array(text.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendInline(_ chars: [UInt8], to out: inout [UInt8]) {
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var j = start
            outer: while j + needle.count <= chars.count {
                for k in 0..<needle.count where chars[j + k] != needle[k] {
                    j += 1
                    continue outer
                }
                return j
            }
            return nil
        }
        func appendTag(_ tag: String) { out.append(contentsOf: tag.utf8) }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == UInt8(ascii: "`"), let end = find([UInt8(ascii: "`")], from: i + 1), end > i + 1 {
                appendTag("<code>")
                appendEscaped(chars[(i + 1)..<end], to: &out)
                appendTag("</code>")
                i = end + 1
            } else if c == UInt8(ascii: "*"), i + 1 < chars.count, chars[i + 1] == UInt8(ascii: "*"),
                      let end = find([UInt8(ascii: "*"), UInt8(ascii: "*")], from: i + 2), end > i + 2 {
                appendTag("<strong>")
                appendInline(Array(chars[(i + 2)..<end]), to: &out)
                appendTag("</strong>")
                i = end + 2
            } else if c == UInt8(ascii: "_"), !isWordCharacter(before: i, in: chars), i + 1 < chars.count, chars[i + 1] != UInt8(ascii: " "),
                      let end = closingUnderscore(chars, from: i + 1) {
                appendTag("<em>")
                appendInline(Array(chars[(i + 1)..<end]), to: &out)
                appendTag("</em>")
                i = end + 1
            } else if c == UInt8(ascii: "["), let close = find([UInt8(ascii: "]"), UInt8(ascii: "(")], from: i + 1),
                      let end = find([UInt8(ascii: ")")], from: close + 2),
                      let url = safeURL(String(decoding: chars[(close + 2)..<end], as: UTF8.self)) {
                appendTag("<a href=\"")
                appendEscaped(url.utf8, to: &out, attribute: true)
                appendTag("\">")
                appendInline(Array(chars[(i + 1)..<close]), to: &out)
                appendTag("</a>")
                i = end + 1
            } else if c == UInt8(ascii: "h") || c == UInt8(ascii: "H"), !isWordCharacter(before: i, in: chars),
                      let url = bareURL(chars, at: i) {
                appendTag("<a href=\"")
                appendEscaped(url.utf8, to: &out, attribute: true)
                appendTag("\">")
                appendEscaped(url.utf8, to: &out)
                appendTag("</a>")
                i += url.utf8.count
            } else {
                appendEscaped(CollectionOfOne(c), to: &out)
                i += 1
            }
        }
    }

    /// Whether the character ending just before byte `index` is a letter or digit.
    private static func isWordCharacter(before index: Int, in chars: [UInt8]) -> Bool {
        var start = index - 1
        while start > 0, chars[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 && isWordCharacter(at: start, in: chars)
    }

    /// Whether the character starting at byte `index` is a letter or digit.
    private static func isWordCharacter(at index: Int, in chars: [UInt8]) -> Bool {
        guard index >= 0, index < chars.count else { return false }
        var end = index + 1
        while end < chars.count, chars[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: chars[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The index of the `_` closing an emphasis opened before `start`: preceded by a non-space
    /// and not followed by a letter or digit (so `snake_case_words` stay as they are).
    static func closingUnderscore(_ chars: [UInt8], from start: Int) -> Int? {
        var j = start + 1
        while j < chars.count {
            if chars[j] == UInt8(ascii: "_"), chars[j - 1] != UInt8(ascii: " "), !isWordCharacter(at: j + 1, in: chars) {
                return j
            }
            j += 1
        }
        return nil
    }

    /// `url` if it is an `http`, `https` or `mailto` link without spaces; `nil` otherwise.
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:"),
              !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return url
    }

    /// A bare `http(s)://...` link starting at byte `index`, without trailing punctuation.
    static func bareURL(_ chars: [UInt8], at index: Int) -> String? {
        var end = index
        while end < chars.count, !Self.endsBareURL(chars[end]) { end += 1 }
        var url = String(decoding: chars[index..<end], as: UTF8.self)
        while let last = url.last, ".,;:!?)'".contains(last) { url.removeLast() }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8 else { return nil }
        return url
    }

    private static func endsBareURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C,
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return true
        default: return false
        }
    }

    /// HTML-escapes `&`, `<` and `>` (and `"` for use in an attribute value).
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        appendEscaped(text.utf8, to: &out, attribute: attribute)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscaped(_ bytes: some Sequence<UInt8>, to out: inout [UInt8], attribute: Bool = false) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where attribute: out.append(contentsOf: "&quot;".utf8)
            default: out.append(byte)
            }
        }
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}
