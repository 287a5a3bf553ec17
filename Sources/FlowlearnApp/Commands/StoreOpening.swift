import Foundation
import FlowlearnCore
import FlowlearnStore

/// What the commands that work on the store share: the config, the content and the open store.
struct StoreSession {
    let config: FlowlearnConfig
    let store: SQLiteLearningStore

    /// Resolves the config (printing its problems) and opens the store in its state folder.
    static func open(configPath: String?, console: Console) throws -> StoreSession {
        let (configOrNil, problems) = ConfigResolver.resolve(configPath: configPath, contentOverride: nil)
        problems.forEach { console.err($0.description) }
        guard let config = configOrNil, problems.errors.isEmpty else { throw ConfigProblems() }
        try FileManager.default.createDirectory(atPath: config.state, withIntermediateDirectories: true)
        return StoreSession(config: config, store: try SQLiteLearningStore(path: config.storePath, recordsLearning: config.xapi.isEnabled))
    }

    /// The weekly cycle on the configured content.
    func weeklyCycle(console: Console) throws -> WeeklyCycle {
        let library = try LibraryLoading.load(config.content, console: console)
        let limit = config.platform == .matrix ? MatrixLimits.messageCharacters : 100_000
        return WeeklyCycle(config: config, library: library, store: store, messageLimit: limit)
    }
}

/// The message size a Matrix homeserver accepts comfortably (events are limited to 64 KiB,
/// and a message carries its text twice: plain and HTML).
enum MatrixLimits {
    static let messageCharacters = 16_000
}

/// The config has errors; they were printed.
struct ConfigProblems: Error, CustomStringConvertible {
    var description: String { "the config has errors (listed above); fix them and try again (`flowlearn check`)" }
}
