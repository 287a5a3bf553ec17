import Foundation

/// When one person's reflection for one ISO week is prompted, reminded and closed.
public struct ReflectionPlan: Sendable, Equatable {
    public var person: String
    public var week: ISOWeek
    /// When the prompt goes out (the configured weekday and time in the person's timezone).
    public var promptAt: Date
    /// When the one reminder goes out, if there is one.
    public var reminderAt: Date?
    /// Until then, the person's messages in the DM are the week's reflection: the next
    /// summary moment after the prompt, so what is written over the weekend still counts.
    public var closesAt: Date

    public init(person: String, week: ISOWeek, promptAt: Date, reminderAt: Date?, closesAt: Date) {
        self.person = person
        self.week = week
        self.promptAt = promptAt
        self.reminderAt = reminderAt
        self.closesAt = closesAt
    }
}
