/// The lessons that are the same topic written twice, once per language: ids that differ only in
/// a `-nl` / `-en` suffix (`recognise-phishing-en` / `recognise-phishing-nl`), or two lessons in
/// different languages that name each other in `related`. The matcher answers with the twin in the
/// asker's language, and never offers the same topic twice.
struct TopicTwins: Sendable {
    /// Per lesson (by position): its twin's position, or -1.
    private let twinOf: [Int32]

    init(lessons: [Microlearning]) {
        var twin = [Int32](repeating: -1, count: lessons.count)
        var byBase: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        for (i, lesson) in lessons.enumerated() {
            if byID[lesson.id] == nil { byID[lesson.id] = i }
            if let base = Self.base(of: lesson.id) { byBase[base, default: []].append(i) }
        }
        for indices in byBase.values where indices.count == 2 {
            let (a, b) = (indices[0], indices[1])
            if lessons[a].language != lessons[b].language { twin[a] = Int32(b); twin[b] = Int32(a) }
        }
        for (a, lesson) in lessons.enumerated() where twin[a] < 0 {
            for id in lesson.related {
                guard let b = byID[id], twin[b] < 0, b != a, lessons[b].language != lesson.language,
                      lessons[b].related.contains(lesson.id) else { continue }
                twin[a] = Int32(b)
                twin[b] = Int32(a)
                break
            }
        }
        twinOf = twin
    }

    /// The position of the twin of the lesson at `index`, if it has one.
    func twin(of index: Int) -> Int? {
        let t = twinOf[index]
        return t >= 0 ? Int(t) : nil
    }

    /// The id without its language suffix, for ids that end in `-nl` or `-en`.
    static func base(of id: String) -> String? {
        for suffix in ["-nl", "-en"] where id.hasSuffix(suffix) { return String(id.dropLast(3)) }
        return nil
    }
}
