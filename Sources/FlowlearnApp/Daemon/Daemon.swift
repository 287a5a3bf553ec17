import Foundation
import FlowlearnCore
import FlowlearnStore

/// The long-running Flowlearn process: content, store and platform wired together and run as
/// a group of services until the platform closes or a signal stops it.
final class Daemon: Sendable {
    let settings: LiveSettings
    let logger: Logger
    let store: SQLiteLearningStore
    let platform: any ChatPlatform
    let reloader: Reloader
    let clock: any TimeSource
    let notifier: SystemdNotifier
    let liveness = Liveness()

    /// `contentFingerprint`: the content files as they were just before `library` was loaded.
    init(config: FlowlearnConfig, library: ContentLibrary, contentFingerprint: [String: Date], store: SQLiteLearningStore,
         platform: any ChatPlatform, logger: Logger, contentOverride: String?, notifier: SystemdNotifier,
         clock: any TimeSource = SystemTimeSource()) {
        self.logger = logger
        self.store = store
        self.platform = platform
        self.clock = clock
        self.notifier = notifier
        let engine = ConversationEngine(matcher: LanguageSetup.matcher(for: library), settings: LiveSettings.conversationSettings(config))
        self.settings = LiveSettings(config: config, engine: engine)
        self.reloader = Reloader(settings: settings, logger: logger, contentOverride: contentOverride,
                                 loadedFingerprint: contentFingerprint)
    }

    /// Runs until the platform closes (the shell's input ends) or SIGTERM / SIGINT.
    func run() async throws {
        let outbox = OutboxSender(platform: platform, store: store, clock: clock, logger: logger)
        let (reloader, notifier, logger, store) = (self.reloader, self.notifier, self.logger, self.store)
        let status = StatusLine(settings: settings, store: store, platform: platform, clock: clock)
        let weeklyCycle = WeeklyCycleService(settings: settings, store: store, outbox: outbox, clock: clock, logger: logger,
                                             messageLimit: platform.maximumMessageLength)
        let services: [any Service] = [
            // The chat loop and the outbox run on the platform's network thread (when it has one):
            // a question is read, answered and the answer sent there without a thread hop.
            ServiceOnExecutor(ChatService(platform: platform, store: store, settings: settings, outbox: outbox, clock: clock,
                                          logger: logger, liveness: liveness), executor: platform.preferredExecutor),
            ServiceOnExecutor(outbox, executor: platform.preferredExecutor),
            ContentWatcher(reloader: reloader, interval: .seconds(2)),
            weeklyCycle,
            SignalWatcher(logger: logger, onReload: {
                notifier.reloading()
                reloader.reload(reason: "reload")
                notifier.ready()
                notifier.status(status.text())
            }, onStop: { notifier.stopping() }),
            WatchdogService(notifier: notifier, liveness: liveness, status: { status.text() }),
        ]
        // What was due while the daemon was down is queued before any chat is read; it and the
        // messages queued before a crash, or by other commands meanwhile, go out first.
        weeklyCycle.runOnce()
        try await outbox.flush()
        notifier.ready()
        notifier.status(status.text())
        defer {
            notifier.stopping()
            store.close()
        }
        try await ServiceGroup(services).run { name, error in
            if let error { logger.error("\(name) stopped: \(error)") } else { logger.debug("\(name) finished") }
        }
    }
}
