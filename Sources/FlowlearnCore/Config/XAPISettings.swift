import Foundation

extension FlowlearnConfig {
    /// `[xapi]`: the organisation's learning record store, which gets an xAPI statement for each
    /// question asked, lesson delivered, rating, follow-up answered, path step done or skipped and
    /// reflection reply.
    public struct XAPI: Sendable, Equatable {
        /// How people appear in statements.
        public enum Actor: String, Sendable, Equatable, CaseIterable {
            /// Their chat id, as an account on the chat platform.
            case account
            /// A keyed hash of their chat id: the LRS can tell statements of one person apart but
            /// not who they are.
            case hashed
        }

        /// The LRS's xAPI base URL, ending in `/` (`https://lrs.example.org/xAPI/`); `nil`: no xAPI.
        public var endpoint: String?
        /// The HTTP Basic user name.
        public var username: String?
        /// A file holding the password; default `$CREDENTIALS_DIRECTORY/xapi-password`.
        public var passwordFile: String?
        /// The IRI lesson, path, follow-up and reflection activity ids start with, ending in `/`.
        public var activityBase: String?
        public var actor: Actor = .account
        public init() {}

        /// Whether statements are recorded and sent at all.
        public var isEnabled: Bool { endpoint != nil }
    }
}

/// Reads the `[xapi]` section.
enum XAPISettingsParser {
    static let keys: Set<String> = ["endpoint", "username", "password_file", "activity_base", "actor"]

    static func read(_ section: IniDocument.Section, into xapi: inout FlowlearnConfig.XAPI, path: String,
                     resolve: (String) -> String, diagnostics: inout [Diagnostic]) {
        func error(_ line: Int, _ message: String) { diagnostics.append(.error(SourceLocation(path: path, line: line), message)) }
        func url(_ key: String) -> String? {
            guard let e = section[key], !e.value.isEmpty else { return nil }
            guard e.value.hasPrefix("https://") || e.value.hasPrefix("http://"), !e.value.contains(" ") else {
                error(e.line, "\(key) must be a URL starting with https:// (or http:// for a local test LRS), not `\(e.value)`")
                return nil
            }
            return e.value.hasSuffix("/") ? e.value : e.value + "/"
        }
        xapi.endpoint = url("endpoint")
        xapi.activityBase = url("activity_base")
        if let e = section["username"], !e.value.isEmpty { xapi.username = e.value }
        if let e = section["password_file"], !e.value.isEmpty { xapi.passwordFile = resolve(e.value) }
        if let e = section["actor"], !e.value.isEmpty {
            if let actor = FlowlearnConfig.XAPI.Actor(rawValue: e.value.lowercased()) { xapi.actor = actor } else {
                error(e.line, "actor must be one of account | hashed, not `\(e.value)`")
            }
        }
        if section["endpoint"].map({ !$0.value.isEmpty }) ?? false {
            if xapi.username == nil { error(section.line, "[xapi] needs `username` (the LRS's HTTP Basic user) with `endpoint`") }
            if section["activity_base"] == nil { error(section.line, "[xapi] needs `activity_base` (an IRI such as https://learning.example.org/flowlearn/) with `endpoint`") }
        }
    }
}
