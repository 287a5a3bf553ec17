/// Lets one task at a time through an actor's multi-step work that awaits the network (sharing
/// a room key, replenishing one-time keys): an actor alone would interleave them at each `await`.
struct AsyncLock {
    private var locked = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Takes the lock if it is free.
    mutating func tryAcquire() -> Bool {
        if locked { return false }
        locked = true
        return true
    }

    /// Waits in line; `continuation` is resumed holding the lock.
    mutating func enqueue(_ continuation: CheckedContinuation<Void, Never>) { waiting.append(continuation) }

    /// Hands the lock to the next in line, or frees it.
    mutating func release() {
        if waiting.isEmpty { locked = false } else { waiting.removeFirst().resume() }
    }
}
