import Foundation

/// How a message in an open reflection is read: a control word, a pulse, or reflection text.
public enum ReflectionReply: Sendable, Equatable {
    case skip
    case pause
    case resume
    /// The 1–5 pulse answer.
    case pulse(Int)
    /// Reflection text; `isPrivate` when it started with `private:` / `privé:` (the prefix is removed).
    case text(String, isPrivate: Bool)

    public init(_ message: String) {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if let control = ReflectionReply.control(trimmed) {
            self = control
            return
        }
        if trimmed.count == 1, let digit = Int(trimmed), (1...5).contains(digit) {
            self = .pulse(digit)
            return
        }
        let lower = trimmed.lowercased()
        for prefix in ["private:", "privé:", "prive:", "privé :", "private :"] where lower.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines)
            self = .text(rest, isPrivate: true)
            return
        }
        self = .text(trimmed, isPrivate: false)
    }

    /// `skip` / `pause` / `stop` / `resume` and their Dutch equivalents, alone in a message.
    static func control(_ text: String) -> ReflectionReply? {
        let word = TextNormalizer.words(text).joined(separator: " ")
        switch word {
        case "skip", "skip this week", "overslaan", "sla over", "deze week overslaan": return .skip
        case "pause", "stop", "pauze", "pauzeer", "pauzeren", "stoppen": return .pause
        case "resume", "start again", "hervat", "hervatten", "ga verder", "weer aan": return .resume
        default: return nil
        }
    }
}

