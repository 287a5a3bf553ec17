import Foundation

/// Finds the people a message names: Matrix user ids (`@ayla:example.org`, in the shell
/// `@ayla:shell`) written in the text, and the ids a platform says it links to (mention pills).
public enum MentionScanner {
    /// The chat ids in `text`, then those in `linked`, each once, in order, without `except`.
    public static func people(in text: String, linked: [String] = [], except: Set<String> = []) -> [String] {
        var result: [String] = []
        var token = ""
        func finish() {
            let id = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?)]}'\"’”"))
            if isChatID(id), !result.contains(id), !except.contains(id) { result.append(id) }
            token = ""
        }
        for c in text {
            if c == "@" && token.isEmpty { token = "@"; continue }
            if !token.isEmpty {
                if c.isWhitespace || c == "," || c == "'" || c == "’" || c == "(" || c == "<" || c == ">" || c == "\"" || c == "“" || c == "”" || c == "[" {
                    finish()
                } else {
                    token.append(c)
                }
            }
        }
        finish()
        for id in linked where isChatID(id) && !result.contains(id) && !except.contains(id) { result.append(id) }
        return result
    }

    /// Whether `text` is a user id: `@localpart:server`, with a non-empty local part and server.
    public static func isChatID(_ text: String) -> Bool {
        guard text.hasPrefix("@"), let colon = text.firstIndex(of: ":") else { return false }
        let local = text[text.index(after: text.startIndex)..<colon]
        let server = text[text.index(after: colon)...]
        guard !local.isEmpty, !server.isEmpty, server.first != ":" else { return false }
        let allowedLocal: (Character) -> Bool = { $0.isLetter || $0.isNumber || "._=-/+".contains($0) }
        let allowedServer: (Character) -> Bool = { $0.isLetter || $0.isNumber || ".-:[]".contains($0) }
        return local.allSatisfy(allowedLocal) && server.allSatisfy(allowedServer)
    }
}
