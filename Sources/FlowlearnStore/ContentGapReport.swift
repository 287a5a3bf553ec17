import Foundation
import FlowlearnCore
import FlowlearnSQLite

/// Questions nobody had a lesson for, grouped by wording, most asked first: what the content
/// team should write next (`flowlearn gaps`).
public struct ContentGap: Sendable, Codable, Equatable {
    /// The wording as first asked.
    public var question: String
    public var count: Int
    public var languages: [String]
    public var firstAsked: Date
    public var lastAsked: Date
}

extension SQLiteLearningStore {
    /// The gaps asked since `since` (all when `nil`).
    public func contentGaps(since: Date?) throws -> [ContentGap] {
        let rows = try db.rows("""
            SELECT text, language, asked_at FROM questions WHERE lesson_id IS NULL AND asked_at >= ? ORDER BY asked_at, id
            """, [.real(since?.timeIntervalSince1970 ?? 0)])
        var groups: [String: ContentGap] = [:]
        var order: [String] = []
        for row in rows {
            let text = try row.string("text")
            let key = TextNormalizer.words(text).filter { !StopWords.isStopWord($0, language: .nl) && !StopWords.isStopWord($0, language: .en) }
                .sorted().joined(separator: " ")
            let language = try row.string("language")
            let at = Date(timeIntervalSince1970: try row.double("asked_at"))
            if var gap = groups[key] {
                gap.count += 1
                if !gap.languages.contains(language) { gap.languages.append(language) }
                gap.lastAsked = at
                groups[key] = gap
            } else {
                groups[key] = ContentGap(question: text, count: 1, languages: [language], firstAsked: at, lastAsked: at)
                order.append(key)
            }
        }
        return order.compactMap { groups[$0] }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lastAsked > $1.lastAsked }
    }
}
