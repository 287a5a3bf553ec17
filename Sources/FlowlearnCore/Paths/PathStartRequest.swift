import Foundation

/// A manager starting a path in chat: `start onboarding for @ayla:example.org` / `start
/// onboarding voor @ayla:example.org`, optionally `with buddy @sam:…` / `met buddy @sam:…` and
/// `on 2026-12-14` / `op 2026-12-14`. People may be named by their chat id or, on Matrix, by a
/// mention pill (the platform passes the ids it links to, in order).
public struct PathStartRequest: Sendable, Equatable {
    public var path: String
    /// The person to start it for; `nil` when the message names nobody the bot can tell.
    public var person: String?
    public var buddy: String?
    /// The first day; `nil`: today in the person's timezone.
    public var start: LocalDate?
    /// A date that could not be read.
    public var badDate: String?

    static let verbs: Set<String> = ["start", "begin"]
    static let pathWords: Set<String> = ["path", "pad", "the", "het", "leerpad", "learning"]
    static let forWords: Set<String> = ["for", "voor"]
    static let withWords: Set<String> = ["with", "met"]
    static let buddyWords: Set<String> = ["buddy", "as", "als"]
    static let onWords: Set<String> = ["on", "op", "from", "vanaf", "per"]

    /// Reads `text`; `mentions`: the people the message links to, in order. `nil` when the
    /// message is not a request to start a path.
    public init?(_ text: String, mentions: [String] = []) {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",.!?;"))
        }.filter { !$0.isEmpty }
        guard let verb = tokens.first, Self.verbs.contains(verb.lowercased()) else { return nil }
        tokens.removeFirst()
        while let first = tokens.first, Self.pathWords.contains(first.lowercased()) { tokens.removeFirst() }
        guard tokens.count >= 2, MicrolearningParser.isValidID(tokens[0].lowercased()),
              Self.forWords.contains(tokens[1].lowercased()) else { return nil }
        path = tokens[0].lowercased()
        var pending = mentions[...]
        /// The id at the front of `tokens` (a chat id, else the next mention), and the words it took.
        func person(_ tokens: inout ArraySlice<String>) -> String? {
            var words: [String] = []
            while let token = tokens.first, !Self.withWords.contains(token.lowercased()), !Self.onWords.contains(token.lowercased()) {
                words.append(token)
                tokens.removeFirst()
            }
            if let id = words.first(where: MentionScanner.isChatID) { return id }
            return words.isEmpty ? nil : pending.popFirst()
        }
        var rest = tokens.dropFirst(2)
        self.person = person(&rest)
        while let keyword = rest.first?.lowercased() {
            rest.removeFirst()
            if Self.withWords.contains(keyword) {
                while let word = rest.first, Self.buddyWords.contains(word.lowercased()) { rest.removeFirst() }
                buddy = person(&rest)
            } else if Self.onWords.contains(keyword) {
                guard let date = rest.first else { break }
                rest.removeFirst()
                if let parsed = LocalDate(date) { start = parsed } else { badDate = date }
            }
        }
    }
}
