import Foundation

/// A colleague someone named in their reflection as a person they learned from (a kennisdrager),
/// with the week and the lesson topics around it: the lessons they got that week and the one
/// the reflection itself is about.
public struct LearnedFromMention: Sendable, Equatable, Codable {
    /// Who wrote the reflection.
    public var person: String
    /// Whom they named.
    public var named: String
    public var week: ISOWeek
    /// Lesson ids.
    public var topics: [String]
    public var at: Date

    public init(person: String, named: String, week: ISOWeek, topics: [String], at: Date) {
        self.person = person
        self.named = named
        self.week = week
        self.topics = topics
        self.at = at
    }
}
