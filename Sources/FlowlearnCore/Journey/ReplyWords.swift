/// A short chat reply read as lowercase words, for recognising the few fixed answers the bot
/// asks for (`done`, `not yet`, `goal done 2`): letters and digits only, apostrophes dropped
/// ("didn't" is `didnt`), everything else a separator.
struct ReplyWords: Sendable, Equatable {
    var words: [String]
    /// For each word, where the text after it starts (for the free sentence that may follow).
    private var ends: [String.Index]
    private var text: String

    init(_ text: String) {
        self.text = text
        var words: [String] = []
        var ends: [String.Index] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                current += c.lowercased()
            } else if c == "'" || c == "’" {
                // inside a word: dropped
            } else if !current.isEmpty {
                words.append(current)
                ends.append(index)
                current = ""
            }
            index = text.index(after: index)
        }
        if !current.isEmpty {
            words.append(current)
            ends.append(text.endIndex)
        }
        self.words = words
        self.ends = ends
    }

    /// Whether the reply starts with `phrase` (words separated by spaces).
    func starts(with phrase: String) -> Bool {
        let p = phrase.split(separator: " ").map(String.init)
        return words.count >= p.count && Array(words.prefix(p.count)) == p
    }

    /// Whether the reply is exactly `phrase`.
    func `is`(_ phrase: String) -> Bool { words == phrase.split(separator: " ").map(String.init) }

    /// The first of `phrases` the reply starts with (longest first).
    func firstPrefix(_ phrases: [String]) -> String? {
        phrases.sorted { $0.count > $1.count }.first { starts(with: $0) }
    }

    /// The text after the first `count` words, without the punctuation that joins it (", ", ": ", " - ").
    func rest(after count: Int) -> String {
        guard count > 0 else { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard count <= ends.count else { return "" }
        let rest = text[ends[count - 1]...]
        return String(rest.drop { !$0.isLetter && !$0.isNumber && $0 != "@" && $0 != "\"" && $0 != "“" && $0 != "_" && $0 != "`" })
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
