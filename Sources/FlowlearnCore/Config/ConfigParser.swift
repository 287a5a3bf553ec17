import Foundation

/// Reads `flowlearn.conf` into a ``FlowlearnConfig``, reporting every problem as `path:line: message`.
public struct ConfigParser: Sendable {
    /// The keys each section accepts; others are reported as warnings.
    static let knownKeys: [String: Set<String>] = [
        "flowlearn": ["platform", "language", "timezone", "content", "state", "log_level", "retention_days"],
        "matrix": ["homeserver", "user", "token_file", "answer_in_rooms", "allowed_inviters", "pickle_key_file", "direct_chat_encryption"],
        "reflection": ["day", "time", "reminder_after", "skip_weeks", "pulse", "learned_from_every"],
        "summary": ["day", "time", "share", "min_people"],
        "team": ["manager", "members", "timezone"],
        "report": ReportSettingsParser.keys,
        "xapi": XAPISettingsParser.keys,
        "learning": Set(FlowlearnConfig.Learning.keys),
    ]

    public init() {}

    /// Parses `text` read from `path`. Relative `content` and `state` paths are resolved against
    /// `baseDirectory` when given (the config file's folder), so the daemon does not depend on its cwd.
    public func parse(_ text: String, path: String, baseDirectory: String? = nil) -> (FlowlearnConfig, [Diagnostic]) {
        let (document, parseDiagnostics) = IniDocument.parse(text, path: path)
        var diagnostics = parseDiagnostics
        var config = FlowlearnConfig()
        config.path = path

        func at(_ line: Int) -> SourceLocation { SourceLocation(path: path, line: line) }
        func error(_ entry: IniDocument.Entry, _ message: String) { diagnostics.append(.error(at(entry.line), message)) }
        func oneOf<T: RawRepresentable & CaseIterable>(_ entry: IniDocument.Entry, _: T.Type) -> T? where T.RawValue == String {
            if let value = T(rawValue: entry.value.lowercased()) { return value }
            let choices = T.allCases.map(\.rawValue).joined(separator: " | ")
            error(entry, "\(entry.key) must be one of \(choices), not `\(entry.value)`")
            return nil
        }
        func list(_ value: String) -> [String] {
            value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func resolve(_ p: String) -> String {
            guard let base = baseDirectory, !p.hasPrefix("/") else { return p }
            return (base as NSString).appendingPathComponent(p)
        }

        var teamNames: Set<String> = []
        for section in document.sections {
            guard let known = Self.knownKeys[section.name] else {
                diagnostics.append(.warning(at(section.line), "unknown section [\(section.name)] is ignored"))
                continue
            }
            if section.name == "team" {
                if section.argument?.isEmpty ?? true {
                    diagnostics.append(.error(at(section.line), "a team section needs a name: [team Klantenservice]"))
                    continue
                }
            } else if let argument = section.argument {
                diagnostics.append(.error(at(section.line), "[\(section.name)] takes no name, found `\(argument)`"))
            }
            for entry in section.entries where !known.contains(entry.key) {
                diagnostics.append(.warning(at(entry.line), "unknown key `\(entry.key)` in [\(section.name)] is ignored"))
            }
            for entry in section.entries where known.contains(entry.key) && entry.value.isEmpty && entry.key != "skip_weeks" && entry.key != "allowed_inviters" {
                error(entry, "`\(entry.key)` has no value")
            }
            func value(_ key: String) -> IniDocument.Entry? {
                guard let entry = section[key], !entry.value.isEmpty || key == "skip_weeks" || key == "allowed_inviters" else { return nil }
                return entry
            }

            switch section.name {
            case "flowlearn":
                if let e = value("platform"), let p = oneOf(e, FlowlearnConfig.Platform.self) { config.platform = p }
                if let e = value("language"), let l = oneOf(e, Language.self) { config.language = l }
                if let e = value("timezone") {
                    if let tz = TimeZone(identifier: e.value) { config.timezone = tz } else {
                        error(e, "unknown timezone `\(e.value)`; use an IANA name such as Europe/Amsterdam")
                    }
                }
                if let e = value("content") { config.content = resolve(e.value) }
                if let e = value("state") { config.state = resolve(e.value) }
                if let e = value("log_level"), let l = oneOf(e, FlowlearnConfig.LogLevel.self) { config.logLevel = l }
                if let e = value("retention_days") {
                    if let n = Int(e.value), n >= 1 { config.retentionDays = n } else {
                        error(e, "retention_days must be a whole number of days, at least 1")
                    }
                }
            case "matrix":
                if let e = value("homeserver") {
                    if e.value.hasPrefix("https://") || e.value.hasPrefix("http://") {
                        config.matrix.homeserver = e.value.hasSuffix("/") ? String(e.value.dropLast()) : e.value
                    } else {
                        error(e, "homeserver must be a URL starting with https:// (or http:// for a local test server)")
                    }
                }
                if let e = value("user") {
                    if Self.isMatrixUserID(e.value) { config.matrix.user = e.value } else {
                        error(e, "user must be a Matrix user id like @flowlearn:example.org")
                    }
                }
                if let e = value("token_file") { config.matrix.tokenFile = resolve(e.value) }
                if let e = value("answer_in_rooms"), let a = oneOf(e, FlowlearnConfig.RoomAnswering.self) {
                    config.matrix.answerInRooms = a
                }
                if let e = value("allowed_inviters") { config.matrix.allowedInviters = list(e.value) }
                if let e = value("pickle_key_file") { config.matrix.pickleKeyFile = resolve(e.value) }
                if let e = value("direct_chat_encryption"), let d = oneOf(e, FlowlearnConfig.DirectChatEncryption.self) {
                    config.matrix.directChatEncryption = d
                }
            case "reflection":
                if let e = value("day") {
                    if let d = Weekday(name: e.value) { config.reflection.day = d } else { error(e, "day must be a weekday such as friday, not `\(e.value)`") }
                }
                if let e = value("time") {
                    if let t = TimeOfDay(e.value) { config.reflection.time = t } else { error(e, "time must be HH:MM (24-hour), not `\(e.value)`") }
                }
                if let e = value("reminder_after") {
                    if let d = Self.parseDuration(e.value) { config.reflection.reminderAfter = d } else {
                        error(e, "reminder_after must be a duration such as 4h, 90m or 0 (no reminder), not `\(e.value)`")
                    }
                }
                if let e = value("skip_weeks") {
                    for item in list(e.value) {
                        if let w = ISOWeek(item) { config.reflection.skipWeeks.insert(w) } else {
                            error(e, "`\(item)` is not an ISO week like 2026-W52")
                        }
                    }
                }
                if let e = value("pulse") {
                    if let b = Self.parseBool(e.value) { config.reflection.pulse = b } else { error(e, "pulse must be yes or no") }
                }
                if let e = value("learned_from_every") {
                    if let n = Int(e.value), n >= 0 { config.reflection.learnedFromEvery = n } else {
                        error(e, "learned_from_every must be a whole number of weeks (0: never), not `\(e.value)`")
                    }
                }
            case "summary":
                if let e = value("day") {
                    if let d = Weekday(name: e.value) { config.summary.day = d } else { error(e, "day must be a weekday such as monday, not `\(e.value)`") }
                }
                if let e = value("time") {
                    if let t = TimeOfDay(e.value) { config.summary.time = t } else { error(e, "time must be HH:MM (24-hour), not `\(e.value)`") }
                }
                if let e = value("share"), let s = oneOf(e, FlowlearnConfig.ShareMode.self) { config.summary.share = s }
                if let e = value("min_people") {
                    if let n = Int(e.value), n >= 2 { config.summary.minimumPeople = n } else {
                        error(e, "min_people must be a whole number of people, at least 2, not `\(e.value)`")
                    }
                }
            case "learning":
                config.learning.read(value, error: error)
            case "team":
                let name = section.argument ?? ""
                if teamNames.contains(name.lowercased()) { continue }
                teamNames.insert(name.lowercased())
                guard let manager = value("manager") else {
                    diagnostics.append(.error(at(section.line), "[team \(name)] needs `manager = <chat id>`"))
                    continue
                }
                let members = value("members").map { list($0.value) } ?? []
                if members.isEmpty {
                    diagnostics.append(.error(at(section.line), "[team \(name)] needs `members = a, b, c`"))
                }
                var timezone: TimeZone?
                if let e = value("timezone") {
                    timezone = TimeZone(identifier: e.value)
                    if timezone == nil { error(e, "unknown timezone `\(e.value)`; use an IANA name such as Europe/Amsterdam") }
                }
                config.teams.append(.init(name: name, manager: manager.value, members: members, timezone: timezone, line: section.line))
            case "report":
                ReportSettingsParser.read(section, into: &config.report, path: path, resolve: resolve, diagnostics: &diagnostics)
            case "xapi":
                XAPISettingsParser.read(section, into: &config.xapi, path: path, resolve: resolve, diagnostics: &diagnostics)
            default:
                break
            }
        }

        var teamOfMember: [String: String] = [:]
        for team in config.teams {
            for member in team.members {
                if let other = teamOfMember[member], other != team.name {
                    diagnostics.append(.error(at(team.line), "\(member) is in both [team \(other)] and [team \(team.name)]; a person belongs to one team"))
                }
                teamOfMember[member] = team.name
            }
        }
        if config.platform == .matrix {
            let section = document.sections.first { $0.name == "matrix" }
            let line = section?.line ?? 0
            if config.matrix.homeserver == nil { diagnostics.append(.error(at(line), "platform = matrix needs `homeserver` in [matrix]")) }
            if config.matrix.user == nil { diagnostics.append(.error(at(line), "platform = matrix needs `user` in [matrix]")) }
        }
        return (config, diagnostics.sortedByLocation)
    }

    /// Reads the config file at `path`.
    public func load(path: String) -> (FlowlearnConfig?, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [.error(SourceLocation(path: path, line: 0), "cannot read the config file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [.error(SourceLocation(path: path, line: 0), "the config file is not valid UTF-8 text")])
        }
        let base = (path as NSString).deletingLastPathComponent
        let (config, diagnostics) = parse(text, path: path, baseDirectory: base.isEmpty ? "." : base)
        return (config, diagnostics)
    }

    /// `4h`, `90m`, `30s`, `1d`, `0`; `nil` for anything else.
    public static func parseDuration(_ text: String) -> TimeInterval? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t == "0" { return 0 }
        let units: [(String, Double)] = [("d", 86400), ("h", 3600), ("min", 60), ("m", 60), ("s", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            if let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), n >= 0, n.isFinite { return n * factor }
        }
        return nil
    }

    static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true", "on", "1", "ja": return true
        case "no", "false", "off", "0", "nee": return false
        default: return nil
        }
    }

    static func isMatrixUserID(_ text: String) -> Bool {
        guard text.hasPrefix("@"), let colon = text.firstIndex(of: ":") else { return false }
        return colon > text.index(after: text.startIndex) && colon < text.index(before: text.endIndex)
    }
}
