/// Lessons that are one topic written in two languages, as their authors declare it: ids that
/// differ only in a `-nl` / `-en` suffix (`recognise-phishing-en` / `recognise-phishing-nl`), or
/// two lessons in different languages that name each other in `related`. A path step or a
/// follow-up reaches each person in their language through it.
public struct LessonTwins: Sendable, Equatable {
    private var twinOf: [String: String] = [:]

    public init(lessons: [Microlearning]) {
        var byID: [String: Microlearning] = [:]
        for lesson in lessons where byID[lesson.id] == nil { byID[lesson.id] = lesson }
        func pair(_ a: Microlearning, _ b: Microlearning) {
            guard a.id != b.id, a.language != b.language, twinOf[a.id] == nil, twinOf[b.id] == nil else { return }
            twinOf[a.id] = b.id
            twinOf[b.id] = a.id
        }
        for lesson in byID.values.sorted(by: { $0.id < $1.id }) {
            if let base = Self.base(of: lesson.id) {
                for suffix in ["-nl", "-en"] { if let other = byID[base + suffix] { pair(lesson, other) } }
            }
        }
        for lesson in byID.values.sorted(by: { $0.id < $1.id }) {
            for id in lesson.related {
                if let other = byID[id], other.related.contains(lesson.id) { pair(lesson, other) }
            }
        }
    }

    /// The id of the lesson's twin in the other language, if it has one.
    public func twin(of id: String) -> String? { twinOf[id] }

    /// The id without its language suffix, for ids that end in `-nl` or `-en`.
    static func base(of id: String) -> String? {
        for suffix in ["-nl", "-en"] where id.hasSuffix(suffix) { return String(id.dropLast(3)) }
        return nil
    }
}
