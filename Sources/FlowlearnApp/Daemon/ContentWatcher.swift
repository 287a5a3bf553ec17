import Foundation
import FlowlearnCore

/// Reloads the content when its files change, so admins' edits are picked up within seconds
/// without a signal. A broken edit keeps the old library answering and logs each problem.
struct ContentWatcher: Service {
    let name = "content-watcher"
    let reloader: Reloader
    let interval: Duration

    func run() async throws {
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            reloader.reloadIfContentChanged()
        }
    }
}

/// Re-reads the config file (if there is one) and the content, and swaps them in together only
/// when both are free of errors; otherwise the daemon keeps running on what it had, and every
/// problem is logged as `path:line: message`.
final class Reloader: @unchecked Sendable {
    private let settings: LiveSettings
    private let logger: Logger
    private let contentOverride: String?
    private let lock = NSLock()
    private var problems: [Diagnostic] = []
    /// The content files as they were when last loaded (or tried): an edit made at any moment
    /// after that, even before the watcher first looks, is a change.
    private var loadedFingerprint: [String: Date]

    /// `loadedFingerprint`: the content's `ContentLoader.fingerprint()` taken just before the running
    /// library was loaded.
    init(settings: LiveSettings, logger: Logger, contentOverride: String?, loadedFingerprint: [String: Date]) {
        self.settings = settings
        self.logger = logger
        self.contentOverride = contentOverride
        self.loadedFingerprint = loadedFingerprint
    }

    /// The problems found by the last load (for status).
    var lastProblems: [Diagnostic] { lock.withLock { problems } }

    /// Reloads when the content files differ from the last load (a broken edit is tried once,
    /// not every few seconds); returns true when something new was swapped in.
    @discardableResult
    func reloadIfContentChanged() -> Bool {
        let current = ContentLoader(root: settings.config.content).fingerprint()
        guard current != lock.withLock({ loadedFingerprint }) else { return false }
        return reload(reason: "content changed")
    }

    /// Reloads; returns true when the new config and content were swapped in.
    @discardableResult
    func reload(reason: String) -> Bool {
        var config = settings.config
        var diagnostics: [Diagnostic] = []
        if let path = config.path {
            let (loaded, configProblems) = ConfigParser().load(path: path)
            diagnostics += configProblems
            if let loaded, configProblems.errors.isEmpty {
                if loaded.platform != config.platform {
                    logger.warning("\(path): the platform changed to \(loaded.platform.rawValue); that takes a restart")
                }
                config = loaded
                if let contentOverride { config.content = contentOverride }
            }
        }
        let loader = ContentLoader(root: config.content)
        let fingerprint = loader.fingerprint()
        let result = loader.load()
        lock.withLock { loadedFingerprint = fingerprint }
        diagnostics += result.diagnostics
        lock.withLock { problems = diagnostics }
        for diagnostic in diagnostics {
            if diagnostic.severity == .error { logger.error(diagnostic.description) } else { logger.warning(diagnostic.description) }
        }
        guard diagnostics.errors.isEmpty, let library = result.library else {
            logger.error("\(reason): \(diagnostics.errors.count) error(s); still running on the previous config and content")
            return false
        }
        let engine = ConversationEngine(matcher: LanguageSetup.matcher(for: library), settings: LiveSettings.conversationSettings(config))
        settings.replace(config: config, engine: engine)
        logger.setLevel(config.logLevel)
        logger.info("\(reason): \(library.lessons.count) lessons from \(config.content)")
        return true
    }
}
