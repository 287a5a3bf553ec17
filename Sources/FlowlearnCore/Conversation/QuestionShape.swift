import Foundation

/// Recognises messages in a group room that look like a how-to question, so the bot can offer a
/// lesson without being mentioned (`answer_in_rooms = questions`).
public enum QuestionShape {
    static let openers: [String] = [
        "how do i", "how can i", "how should i", "how to", "any tips", "what should i", "what do i do",
        "where can i", "hoe ", "wat moet ik", "wat doe ik", "heeft iemand tips", "iemand tips", "tips voor",
        "tips for", "wie weet hoe", "does anyone know how", "anyone know how",
    ]

    public static func looksLikeQuestion(_ text: String) -> Bool {
        let lower = TextNormalizer.words(text).joined(separator: " ")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?") && lower.split(separator: " ").count >= 3 { return true }
        return openers.contains { lower.hasPrefix($0) || lower.contains(" " + $0) }
    }
}

