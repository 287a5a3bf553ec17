import Foundation
import FlowlearnCore

/// Reloads the content when its files change, so admins' edits are picked up within seconds
/// without a signal. A broken edit keeps the old library answering and logs each problem.
struct ContentWatcher: Service {
    let name = "content-watcher"
    let reloader: ContentReloader
    let interval: Duration

    func run() async throws {
        var fingerprint = reloader.fingerprint()
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            let current = reloader.fingerprint()
            if current != fingerprint {
                fingerprint = current
                reloader.reload(reason: "content changed")
            }
        }
    }
}

/// Builds a new engine from the content on disk and swaps it in, only when the content is clean.
final class ContentReloader: @unchecked Sendable {
    private let lock = NSLock()
    private var root: String
    private let engine: EngineHolder
    private var settings: ConversationEngine.Settings
    private let logger: Logger
    /// The problems of the last load, for `status`.
    private(set) var lastDiagnostics: [Diagnostic] = []

    init(root: String, engine: EngineHolder, settings: ConversationEngine.Settings, logger: Logger) {
        self.root = root
        self.engine = engine
        self.settings = settings
        self.logger = logger
    }

    func fingerprint() -> [String: Date] {
        ContentLoader(root: lock.withLock { root }).fingerprint()
    }

    /// Reloads; returns true when the new library was swapped in.
    @discardableResult
    func reload(reason: String) -> Bool {
        let root = lock.withLock { self.root }
        let result = ContentLoader(root: root).load()
        lock.withLock { lastDiagnostics = result.diagnostics }
        for diagnostic in result.diagnostics {
            if diagnostic.severity == .error { logger.error(diagnostic.description) } else { logger.warning(diagnostic.description) }
        }
        guard result.isClean, let library = result.library else {
            logger.error("\(reason): content has \(result.diagnostics.errors.count) error(s); still answering from the previous library")
            return false
        }
        let newEngine = ConversationEngine(matcher: LessonMatcher(library: library), settings: lock.withLock { settings })
        engine.replace(with: newEngine)
        logger.info("\(reason): loaded \(library.lessons.count) lessons from \(root)")
        return true
    }
}
