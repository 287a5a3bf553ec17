import Foundation

/// A manager's weekly summary of their team, limited to what the `share` setting allows.
/// Encodes to the JSON that `flowlearn summary --format json` prints.
///
/// What people asked is theirs: in every mode the questions appear only as topics — lessons
/// asked for and content-gap themes, each only when at least ``minimumPeople`` different people
/// contributed — and counts, never in their words.
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

    /// A word several people's reflections share, with those reflections (no names); an empty
    /// theme holds the reflections that share none, when enough people wrote them.
    public struct Theme: Sendable, Equatable, Codable {
        public var theme: String
        /// How many people's reflections are under it.
        public var count: Int
        public var excerpts: [String]
    }

    /// What the team asked, as topics and numbers.
    public struct Questions: Sendable, Equatable, Codable {
        public var asked: Int
        /// Answered with a lesson, or a lesson picked from the offered ones.
        public var answered: Int
        /// Asked and without a lesson yet (content gaps).
        public var gaps: Int
        /// Lessons at least ``TeamSummary/minimumPeople`` people were answered with, most people first.
        public var lessons: [LessonTopic]
        /// Words at least ``TeamSummary/minimumPeople`` people's unanswered questions share.
        public var gapThemes: [GapTheme]
        /// Questions on topics fewer people asked about: counted, not shown.
        public var notShown: Int
    }

    /// A lesson the team was answered with.
    public struct LessonTopic: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        public var people: Int
        public var times: Int
        public var helpful: Int
        public var notHelpful: Int
    }

    /// A theme of questions nobody had a lesson for.
    public struct GapTheme: Sendable, Equatable, Codable {
        public var theme: String
        public var people: Int
        public var times: Int
    }

    public var team: String
    public var week: ISOWeek
    public var share: FlowlearnConfig.ShareMode
    /// A topic is shown only when at least this many different people contributed to it.
    public var minimumPeople: Int
    public var participation: Participation
    public var pulse: Pulse
    /// Reflection messages shown (not private): counts in every mode.
    public var reflectionCount: Int
    public var privateCount: Int
    /// Only with `share = full`.
    public var reflections: [NamedReflection]?
    /// Only with `share = themes`.
    public var themes: [Theme]?
    /// With `share = themes`: people whose reflections are not shown because fewer than
    /// ``minimumPeople`` shared their theme.
    public var reflectionsNotShown: Int
    public var questions: Questions
    /// Paths, lessons in practice and goals; `nil` when there is nothing to say.
    public var journey: JourneySummary?
}
