import Foundation

/// Tells whether a message mentions the bot, and gives the text the conversation should read.
///
/// A message mentions the bot when its `m.mentions.user_ids` lists the bot (intentional
/// mentions; a reply to the bot's message lists it too), when the HTML links to the bot
/// (`https://matrix.to/#/@bot:server`, a "pill"), or when the plain body contains the bot's
/// user id or its display name as a whole word, any case.
///
/// The text returned drops a reply's quoted fallback (`> <@bob:x> ...` lines) and a leading
/// address ("Flowlearn: ", "@flowlearn:example.org, ") so the question matches on its own words.
public struct MentionDetector: Sendable, Equatable {
    public var userID: String
    /// Names the bot is called by: its display name (and nothing shorter than 2 characters).
    public var names: [String]

    public init(userID: String, displayName: String?) {
        self.userID = userID
        var names: [String] = []
        if let displayName {
            let trimmed = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.count >= 2 { names.append(trimmed) }
        }
        self.names = names
    }

    /// What ``inspect(_:)`` found.
    public struct Result: Sendable, Equatable {
        public var mentionsBot: Bool
        public var text: String
        /// The other people the message mentions (`m.mentions.user_ids`, pills), in order.
        public var people: [String] = []
    }

    /// Inspects an `m.room.message` content.
    public func inspect(_ content: JSONValue) -> Result {
        var body = content["body"]?.stringValue ?? ""
        if content["m.relates_to"]?["m.in_reply_to"] != nil { body = Self.strippingReplyFallback(body) }
        var mentioned = content["m.mentions"]?["user_ids"]?.arrayValue?.contains { $0.stringValue == userID } == true
        if !mentioned, let html = content["formatted_body"]?.stringValue, linksToBot(html) { mentioned = true }
        if !mentioned, body.range(of: userID, options: .caseInsensitive) != nil { mentioned = true }
        if !mentioned { mentioned = names.contains { Self.containsWord($0, in: body) } }
        return Result(mentionsBot: mentioned, text: mentioned ? strippingAddress(body) : body, people: people(in: content))
    }

    /// The user ids other than the bot's that `content` mentions: pills in the HTML (in order),
    /// then `m.mentions.user_ids`, each once.
    func people(in content: JSONValue) -> [String] {
        var result: [String] = []
        if let html = content["formatted_body"]?.stringValue {
            var rest = html[...]
            while let range = rest.range(of: "matrix.to/#/") {
                let tail = rest[range.upperBound...]
                let end = tail.firstIndex { $0 == "\"" || $0 == "'" || $0 == "?" || $0 == ">" } ?? tail.endIndex
                let id = String(tail[..<end]).removingPercentEncoding ?? String(tail[..<end])
                if id.hasPrefix("@"), id != userID, !result.contains(id) { result.append(id) }
                rest = tail[end...]
            }
        }
        for value in content["m.mentions"]?["user_ids"]?.arrayValue ?? [] {
            if let id = value.stringValue, id != userID, !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// Whether an HTML body links to the bot (a mention pill), percent-encoded or not.
    func linksToBot(_ html: String) -> Bool {
        let encoded = MatrixPath.encode(userID)
        return html.contains("matrix.to/#/" + userID) || html.range(of: "matrix.to/#/" + encoded, options: .caseInsensitive) != nil
    }

    /// `body` without the leading `> ` quote lines of a reply fallback (and the blank line after).
    static func strippingReplyFallback(_ body: String) -> String {
        guard body.hasPrefix("> ") || body.hasPrefix(">\n") else { return body }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.hasPrefix(">") { lines = lines.dropFirst() }
        if let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines = lines.dropFirst() }
        return lines.joined(separator: "\n")
    }

    /// `body` without a leading address to the bot, and with its user id removed elsewhere.
    func strippingAddress(_ body: String) -> String {
        var text = Substring(body.trimmingCharacters(in: .whitespacesAndNewlines))
        for candidate in [userID] + names.flatMap({ ["@" + $0, $0] }) {
            if let range = text.range(of: candidate, options: [.caseInsensitive, .anchored]) {
                let rest = text[range.upperBound...]
                // Only an address when followed by punctuation, a space or nothing ("Flowlearnish" is not).
                if let next = rest.first, next.isLetter || next.isNumber { continue }
                text = rest.drop { $0 == ":" || $0 == "," || $0 == " " || $0 == "\u{00A0}" }
                break
            }
        }
        var result = String(text)
        if result.range(of: userID, options: .caseInsensitive) != nil {
            result = result.replacingOccurrences(of: userID, with: "", options: .caseInsensitive)
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `word` occurs in `text` (any case) with no letter or digit right before or after.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, options: .caseInsensitive, range: searchRange) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }
}
