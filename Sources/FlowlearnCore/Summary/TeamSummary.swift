import Foundation

/// A manager's weekly summary of their team, limited to what the `share` setting allows.
/// Encodes to the JSON that `flowlearn summary --format json` prints.
public struct TeamSummary: Sendable, Equatable, Codable {
    /// Who took part.
    public struct Participation: Sendable, Equatable, Codable {
        public var replied: Int
        public var members: Int
        public var skipped: Int
        /// Names (or ids) of those who replied: only with `share = full`.
        public var repliedNames: [String]?
        /// Earlier weeks and this one, oldest first.
        public var trend: [TeamWeekData.WeekParticipation]
    }

    /// The 1–5 pulse of the week.
    public struct Pulse: Sendable, Equatable, Codable {
        public var average: Double?
        public var answers: Int
    }

    /// One reflection as shown with `share = full`.
    public struct NamedReflection: Sendable, Equatable, Codable {
        public var person: String
        public var text: String
    }

    /// A word several reflections share, with those reflections (no names).
    public struct Theme: Sendable, Equatable, Codable {
        public var theme: String
        public var count: Int
        public var excerpts: [String]
    }

    /// A question the team asked and what it got.
    public struct AskedQuestion: Sendable, Equatable, Codable {
        public var text: String
        public var lesson: String?
        public var feedback: Int?
    }

    /// A question nobody had a lesson for.
    public struct Gap: Sendable, Equatable, Codable {
        public var text: String
        public var count: Int
    }

    /// Feedback per lesson.
    public struct LessonFeedback: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        public var helpful: Int
        public var notHelpful: Int
    }

    public var team: String
    public var week: ISOWeek
    public var share: FlowlearnConfig.ShareMode
    public var participation: Participation
    public var pulse: Pulse
    /// Reflection messages shown (not private): counts in every mode.
    public var reflectionCount: Int
    public var privateCount: Int
    /// Only with `share = full`.
    public var reflections: [NamedReflection]?
    /// Only with `share = themes`.
    public var themes: [Theme]?
    public var questions: [AskedQuestion]
    public var gaps: [Gap]
    public var lessonFeedback: [LessonFeedback]
}
