import Foundation

/// Who may invite the bot into a room: `allowed_inviters` patterns such as `@*:example.org` or
/// `@alice:example.org`, where `*` matches any run of characters and `?` exactly one.
/// Matching is case-insensitive and covers the whole user id. No patterns: nobody may.
public struct InvitePolicy: Sendable, Equatable {
    public var patterns: [String]

    public init(patterns: [String]) {
        self.patterns = patterns.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether `userID` may invite the bot.
    public func allows(_ userID: String) -> Bool {
        let subject = Array(userID.lowercased().unicodeScalars)
        return patterns.contains { Self.glob(Array($0.lowercased().unicodeScalars)[...], subject[...]) }
    }

    /// Iterative glob matching with backtracking to the last `*` (linear in practice, no recursion).
    static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: Int?, starText = text.startIndex
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                star = p
                starText = t
                p += 1
            } else if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let s = star {
                p = s + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}
