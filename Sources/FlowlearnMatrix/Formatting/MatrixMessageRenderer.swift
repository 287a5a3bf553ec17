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
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        func isWordChar(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }
        func find(_ needle: [Character], from start: Int) -> Int? {
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
        while i < chars.count {
            let c = chars[i]
            let previous: Character? = i > 0 ? chars[i - 1] : nil
            if c == "`", let end = find(["`"], from: i + 1), end > i + 1 {
                out += "<code>" + escape(String(chars[(i + 1)..<end])) + "</code>"
                i = end + 1
            } else if c == "*", i + 1 < chars.count, chars[i + 1] == "*", let end = find(["*", "*"], from: i + 2), end > i + 2 {
                out += "<strong>" + inline(String(chars[(i + 2)..<end])) + "</strong>"
                i = end + 2
            } else if c == "_", !isWordChar(previous), i + 1 < chars.count, chars[i + 1] != " ",
                      let end = closingUnderscore(chars, from: i + 1) {
                out += "<em>" + inline(String(chars[(i + 1)..<end])) + "</em>"
                i = end + 1
            } else if c == "[", let close = find(["]", "("], from: i + 1), let end = find([")"], from: close + 2),
                      let url = safeURL(String(chars[(close + 2)..<end])) {
                out += "<a href=\"" + escape(url, attribute: true) + "\">" + inline(String(chars[(i + 1)..<close])) + "</a>"
                i = end + 1
            } else if (c == "h" || c == "H"), !isWordChar(previous), let url = bareURL(chars, at: i) {
                out += "<a href=\"" + escape(url, attribute: true) + "\">" + escape(url) + "</a>"
                i += url.count
            } else {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                default: out.append(c)
                }
                i += 1
            }
        }
        return out
    }

    /// The index of the `_` closing an emphasis opened before `start`: preceded by a non-space
    /// and not followed by a letter or digit (so `snake_case_words` stay as they are).
    static func closingUnderscore(_ chars: [Character], from start: Int) -> Int? {
        var j = start + 1
        while j < chars.count {
            if chars[j] == "_", chars[j - 1] != " ", !(j + 1 < chars.count && (chars[j + 1].isLetter || chars[j + 1].isNumber)) {
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

    /// A bare `http(s)://...` link starting at `index`, without trailing punctuation.
    static func bareURL(_ chars: [Character], at index: Int) -> String? {
        var end = index
        while end < chars.count, !chars[end].isWhitespace, chars[end] != "<", chars[end] != ">", chars[end] != "\"" { end += 1 }
        var url = String(chars[index..<end])
        while let last = url.last, ".,;:!?)'".contains(last) { url.removeLast() }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), url.count > 8 else { return nil }
        return url
    }

    /// HTML-escapes `&`, `<` and `>` (and `"` for use in an attribute value).
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Substring {
    func trimmingTrailingWhitespace() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}
