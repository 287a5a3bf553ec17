import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// What the content team can learn from: questions nobody had a lesson for, close calls nobody
/// picked from, lessons picked from a choice, and answers rated 👎 — grouped under the lesson each
/// came closest to (`flowlearn gaps`). Verbatim question text for admins only, without names.
public struct ContentGapReport: Sendable, Codable, Equatable {
    /// Why a question is in the report.
    public enum Kind: String, Sendable, Codable, Equatable {
        /// No lesson was answered or offered.
        case gap
        /// Lessons were offered to choose from; none was picked.
        case unpicked
        /// The person picked ``Entry/lesson`` from the offered ones: a phrasing worth accepting.
        case picked
        /// The answer was rated 👎.
        case unhelpful
    }

    /// One wording (questions that say the same in the same words count together).
    public struct Entry: Sendable, Codable, Equatable {
        /// The store's id of the latest question with this wording (for `flowlearn learn`).
        public var id: Int64
        public var question: String
        public var kind: Kind
        public var count: Int
        public var languages: [String]
        /// The lesson answered with or picked (for `picked` and `unhelpful`).
        public var lesson: String?
        public var firstAsked: Date
        public var lastAsked: Date
    }

    /// The entries that came closest to one lesson (`nil`: no lesson came close at all).
    public struct Group: Sendable, Codable, Equatable {
        public var closestLesson: String?
        public var entries: [Entry]
        public var count: Int { entries.reduce(0) { $0 + $1.count } }
    }

    public var groups: [Group]
}

extension SQLiteLearningStore {
    /// The report of questions asked since `since` (all when `nil`): groups most asked first, the
    /// group of questions no lesson came close to last.
    public func contentGapReport(since: Date?) throws -> ContentGapReport {
        let rows = try db.rows("""
            SELECT * FROM questions
            WHERE asked_at >= ? AND (lesson_id IS NULL OR chosen = 1 OR feedback = -1)
            ORDER BY asked_at, id
            """, [.real(since?.timeIntervalSince1970 ?? 0)])
        var entries: [String: ContentGapReport.Entry] = [:]
        var closest: [String: String?] = [:]
        var order: [String] = []
        for row in rows {
            let record = try Self.question(row)
            let kind: ContentGapReport.Kind = record.chosen ? .picked : record.feedback == -1 ? .unhelpful
                : record.isOpenChoice ? .unpicked : .gap
            let near = record.lessonID ?? record.closestLessonID
            let wording = TextNormalizer.words(record.text)
                .filter { !StopWords.isStopWord($0, language: .nl) && !StopWords.isStopWord($0, language: .en) }.sorted().joined(separator: " ")
            let key = [near ?? "", kind.rawValue, record.lessonID ?? "", wording].joined(separator: "\u{0}")
            let id = try row.int64("id")
            if var entry = entries[key] {
                entry.count += 1
                entry.id = id
                if !entry.languages.contains(record.language.rawValue) { entry.languages.append(record.language.rawValue) }
                entry.lastAsked = record.askedAt
                entries[key] = entry
            } else {
                entries[key] = ContentGapReport.Entry(id: id, question: record.text, kind: kind, count: 1, languages: [record.language.rawValue],
                                                      lesson: record.lessonID, firstAsked: record.askedAt, lastAsked: record.askedAt)
                closest[key] = near
                order.append(key)
            }
        }
        var groups: [ContentGapReport.Group] = []
        for key in order {
            let entry = entries[key]!, near = closest[key] ?? nil
            if let i = groups.firstIndex(where: { $0.closestLesson == near }) { groups[i].entries.append(entry) } else {
                groups.append(ContentGapReport.Group(closestLesson: near, entries: [entry]))
            }
        }
        for i in groups.indices {
            groups[i].entries.sort { $0.count != $1.count ? $0.count > $1.count : $0.lastAsked > $1.lastAsked }
        }
        groups.sort { ($0.closestLesson == nil ? 1 : 0, -$0.count, $0.closestLesson ?? "") < ($1.closestLesson == nil ? 1 : 0, -$1.count, $1.closestLesson ?? "") }
        return ContentGapReport(groups: groups)
    }

    /// The question with store id `id`, if it is still there.
    public func question(id: Int64) throws -> QuestionRecord? {
        try db.rows("SELECT * FROM questions WHERE id = ?", [.integer(id)]).first.map(Self.question)
    }
}
