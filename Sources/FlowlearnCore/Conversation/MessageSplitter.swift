/// Splits a long text into messages that fit a platform's limit, at paragraph breaks where
/// possible, then at line breaks, and only as a last resort inside a line.
public enum MessageSplitter {
    public static func split(_ text: String, limit: Int) -> [String] {
        guard limit > 0, text.count > limit else { return [text] }
        var messages: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { messages.append(current) }
            current = ""
        }
        func add(_ piece: String, separator: String) {
            if current.isEmpty {
                current = piece
            } else if current.count + separator.count + piece.count <= limit {
                current += separator + piece
            } else {
                flush()
                current = piece
            }
        }
        for paragraph in text.components(separatedBy: "\n\n") {
            if paragraph.count <= limit {
                add(paragraph, separator: "\n\n")
                continue
            }
            flush()
            for line in paragraph.components(separatedBy: "\n") {
                if line.count <= limit {
                    add(line, separator: "\n")
                    continue
                }
                flush()
                var rest = Substring(line)
                while rest.count > limit {
                    messages.append(String(rest.prefix(limit)))
                    rest = rest.dropFirst(limit)
                }
                current = String(rest)
            }
            flush()
        }
        flush()
        return messages
    }
}
