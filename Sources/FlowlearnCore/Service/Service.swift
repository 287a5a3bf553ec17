/// A long-running part of the daemon (the chat loop, the outbox, the scheduler, the content
/// watcher). It runs until it is done or its task is cancelled, which is how it is stopped.
public protocol Service: Sendable {
    /// A short name for logs.
    var name: String { get }
    /// Runs until finished or cancelled. Returning early or throwing stops the whole group.
    func run() async throws
}
