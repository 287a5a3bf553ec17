import Foundation

/// Everything the store knows about one team's ISO week: the input of a manager summary.
public struct TeamWeekData: Sendable, Equatable {
    /// One message of someone's reflection.
    public struct Reflection: Sendable, Equatable {
        public var person: String
        public var text: String
        public var isPrivate: Bool
        public init(person: String, text: String, isPrivate: Bool) {
            self.person = person
            self.text = text
            self.isPrivate = isPrivate
        }
    }

    /// How many people replied in one earlier week, for the trend.
    public struct WeekParticipation: Sendable, Equatable, Codable {
        public var week: ISOWeek
        public var replied: Int
        public var members: Int
        public var averagePulse: Double?
        public init(week: ISOWeek, replied: Int, members: Int, averagePulse: Double?) {
            self.week = week
            self.replied = replied
            self.members = members
            self.averagePulse = averagePulse
        }
    }

    public var team: String
    public var week: ISOWeek
    public var members: [String]
    /// Display names, where known.
    public var names: [String: String]
    public var reflections: [Reflection]
    /// Pulse answers by person.
    public var pulses: [String: Int]
    public var skipped: Set<String>
    /// Questions the team's members asked that week.
    public var questions: [QuestionRecord]
    /// Lesson titles by id, for the questions and feedback.
    public var lessonTitles: [String: String]
    /// Earlier weeks, oldest first (the summary adds this week itself).
    public var history: [WeekParticipation]
    /// The members' paths, follow-ups and goals.
    public var journey = JourneyWeekData()

    public init(team: String, week: ISOWeek, members: [String], names: [String: String] = [:], reflections: [Reflection] = [],
                pulses: [String: Int] = [:], skipped: Set<String> = [], questions: [QuestionRecord] = [],
                lessonTitles: [String: String] = [:], history: [WeekParticipation] = []) {
        self.team = team
        self.week = week
        self.members = members
        self.names = names
        self.reflections = reflections
        self.pulses = pulses
        self.skipped = skipped
        self.questions = questions
        self.lessonTitles = lessonTitles
        self.history = history
    }
}
