/// Where a message was written, so an answer can be threaded under it.
public struct MessageOrigin: Sendable, Equatable {
    public var room: String
    public var sender: String
    /// The thread's root when the message was written in a thread.
    public var threadRoot: String?

    public init(room: String, sender: String, threadRoot: String? = nil) {
        self.room = room
        self.sender = sender
        self.threadRoot = threadRoot
    }
}
