/// How one lesson is used and found useful: asked for (by how many people), rated 👍 / 👎, sent
/// on paths, and what people said when asked whether it helped in practice. What `flowlearn
/// lessons` lists; never who.
public struct LessonUsage: Sendable, Equatable, Codable {
    public var lesson: String
    public var title: String?
    public var language: Language?
    /// Questions answered with it, and by how many different people.
    public var asked = 0
    public var askedBy = 0
    public var helpful = 0
    public var notHelpful = 0
    /// Times a path sent it.
    public var sentOnPaths = 0
    public var followUpsAsked = 0
    public var used = 0
    public var notYet = 0
    public var didNotHelp = 0
    /// How many different people answered a follow-up on it.
    public var answeredBy = 0
    /// What people wrote with their answer, without names; only when at least `min_people` people answered.
    public var notes: [String]?

    /// Who answered (counted into ``answeredBy``; never encoded).
    private var answerers: Set<String> = []
    private var allNotes: [String] = []

    enum CodingKeys: String, CodingKey {
        case lesson, title, language, asked, askedBy, helpful, notHelpful, sentOnPaths, followUpsAsked, used, notYet, didNotHelp, answeredBy, notes
    }

    public init(lesson: String) { self.lesson = lesson }

    /// Counts one follow-up on the lesson.
    public mutating func add(_ followUp: FollowUpRecord) {
        followUpsAsked += 1
        guard let answer = followUp.answer else { return }
        switch answer {
        case .used: used += 1
        case .notYet: notYet += 1
        case .didNotHelp: didNotHelp += 1
        }
        answerers.insert(followUp.person)
        answeredBy = answerers.count
        if let note = followUp.note { allNotes.append(note) }
    }

    /// The usage as reported: with the lesson's title and language, and the notes only when at
    /// least `minimumPeople` people answered (so no note points at one person).
    public func reported(title: String?, language: Language?, minimumPeople: Int) -> LessonUsage {
        var copy = self
        copy.title = title
        copy.language = language
        copy.notes = answeredBy >= minimumPeople && !allNotes.isEmpty ? allNotes : nil
        copy.answerers = []
        copy.allNotes = []
        return copy
    }
}
