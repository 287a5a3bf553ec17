import Foundation
import FlowlearnCore
import FlowlearnStore

/// The long-running Flowlearn process: content, store and platform wired together and run as
/// a group of services until the platform closes or a signal stops it.
final class Daemon: Sendable {
    let config: FlowlearnConfig
    let logger: Logger
    let store: SQLiteLearningStore
    let platform: any ChatPlatform
    let engine: EngineHolder
    let reloader: ContentReloader
    let clock: any TimeSource

    init(config: FlowlearnConfig, library: ContentLibrary, store: SQLiteLearningStore, platform: any ChatPlatform,
         logger: Logger, clock: any TimeSource = SystemTimeSource()) {
        self.config = config
        self.logger = logger
        self.store = store
        self.platform = platform
        self.clock = clock
        var settings = ConversationEngine.Settings()
        settings.defaultLanguage = config.language
        settings.roomAnswering = config.matrix.answerInRooms
        settings.retentionDays = config.retentionDays
        self.engine = EngineHolder(ConversationEngine(matcher: LessonMatcher(library: library), settings: settings))
        self.reloader = ContentReloader(root: config.content, engine: engine, settings: settings, logger: logger)
    }

    /// Runs until the platform closes (the shell's input ends) or SIGTERM / SIGINT.
    func run() async throws {
        let outbox = OutboxSender(platform: platform, store: store, clock: clock, logger: logger)
        let reloader = self.reloader
        let services: [any Service] = [
            ChatService(platform: platform, store: store, engine: engine, outbox: outbox, clock: clock, logger: logger),
            outbox,
            ContentWatcher(reloader: reloader, interval: .seconds(2)),
            WeeklyCycleService(config: config, store: store, engine: engine, outbox: outbox, clock: clock, logger: logger,
                               messageLimit: platform.maximumMessageLength),
            SignalWatcher(logger: logger, onReload: { reloader.reload(reason: "reload") }),
        ]
        // Messages queued before a crash go out first.
        try await outbox.flush()
        let logger = self.logger
        try await ServiceGroup(services).run { name, error in
            if let error { logger.error("\(name) stopped: \(error)") } else { logger.debug("\(name) finished") }
        }
        store.close()
    }
}
