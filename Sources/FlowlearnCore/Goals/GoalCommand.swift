/// What people say about their learning goals in a direct message: `my goal: …` /
/// `mijn leerdoel: …` sets one, `goals` / `doelen` lists them, `goal done 2` / `doel klaar 2`
/// closes one.
public enum GoalCommand: Sendable, Equatable {
    /// Sets a goal; `isPrivate` when it started with `private:` / `privé:` (never shown to a manager).
    case set(String, isPrivate: Bool)
    case list
    /// Closes goal number n; `nil` when no number was given.
    case done(Int?)

    static let setPrefixes = ["my goal", "my learning goal", "goal", "learning goal", "new goal",
                              "mijn doel", "mijn leerdoel", "leerdoel", "doel", "nieuw doel", "nieuw leerdoel"]
    static let listPhrases: Set<String> = ["goals", "my goals", "my learning goals", "learning goals", "doelen", "mijn doelen",
                                           "leerdoelen", "mijn leerdoelen"]
    static let doneWords: Set<String> = ["done", "reached", "achieved", "klaar", "behaald", "bereikt", "af", "gehaald"]
    static let goalWords: Set<String> = ["goal", "doel", "leerdoel"]

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // "my goal: …": the words before the first colon name a goal.
        if let colon = trimmed.firstIndex(of: ":") {
            let head = ReplyWords(String(trimmed[..<colon])).words.joined(separator: " ")
            if Self.setPrefixes.contains(head) {
                let body = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                guard !body.isEmpty else { return nil }
                if case .text(let rest, let isPrivate) = ReflectionReply(body) {
                    self = .set(rest, isPrivate: isPrivate)
                    return
                }
                self = .set(body, isPrivate: false)
                return
            }
        }
        let words = ReplyWords(trimmed).words
        if Self.listPhrases.contains(words.joined(separator: " ")) {
            self = .list
            return
        }
        // "goal done 2", "goal 2 done", "doel klaar 2", "leerdoel 2 behaald", "goal done".
        let plain = words.first == "my" || words.first == "mijn" ? Array(words.dropFirst()) : words
        guard (2...3).contains(plain.count), Self.goalWords.contains(plain[0]) else { return nil }
        let rest = plain.dropFirst()
        let numbers = rest.compactMap { Int($0) }
        guard rest.contains(where: Self.doneWords.contains), rest.count == numbers.count + 1, numbers.count <= 1 else { return nil }
        self = .done(numbers.first)
    }
}
