import Foundation

/// A language people read and write in: Flowlearn speaks Dutch and English.
public enum Language: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
    case nl
    case en

    /// Parses `nl` / `en` (case-insensitive, surrounding spaces ignored); `nil` for anything else.
    public init?(code: String) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        self.init(rawValue: trimmed)
    }

    /// The other language: used to bridge a question to a lesson written in the other one.
    public var other: Language { self == .nl ? .en : .nl }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
