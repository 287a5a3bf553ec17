import Foundation
import FlowlearnCore

/// Holds the conversation engine in use. A reload swaps in a fully built engine (library and
/// index) in one step, so a question is answered from the old or the new library, never a mix.
final class EngineHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var engine: ConversationEngine

    init(_ engine: ConversationEngine) { self.engine = engine }

    var current: ConversationEngine {
        lock.lock(); defer { lock.unlock() }
        return engine
    }

    func replace(with newEngine: ConversationEngine) {
        lock.lock(); defer { lock.unlock() }
        engine = newEngine
    }
}
