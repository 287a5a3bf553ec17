import Foundation
import FlowlearnCore

/// The configuration and the conversation engine (library and index) the daemon runs with.
/// A reload swaps both in one step, fully built, so a question is answered from the old or the
/// new library, never from a mix, and the schedule never sees a half-applied config.
final class LiveSettings: @unchecked Sendable {
    private let lock = NSLock()
    private var currentConfig: FlowlearnConfig
    private var currentEngine: ConversationEngine

    init(config: FlowlearnConfig, engine: ConversationEngine) {
        currentConfig = config
        currentEngine = engine
    }

    var config: FlowlearnConfig { lock.withLock { currentConfig } }
    var engine: ConversationEngine { lock.withLock { currentEngine } }

    func replace(config: FlowlearnConfig, engine: ConversationEngine) {
        lock.withLock {
            currentConfig = config
            currentEngine = engine
        }
    }

    /// The conversation settings a config implies.
    static func conversationSettings(_ config: FlowlearnConfig) -> ConversationEngine.Settings {
        var settings = ConversationEngine.Settings()
        settings.defaultLanguage = config.language
        settings.roomAnswering = config.matrix.answerInRooms
        settings.retentionDays = config.retentionDays
        settings.managerView = Phrasebook.ManagerView(share: config.summary.share, minimumPeople: config.summary.minimumPeople)
        settings.journey = JourneySettings(config: config)
        settings.sendsLearningRecords = config.xapi.isEnabled
        return settings
    }
}
