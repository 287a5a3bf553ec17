/// A bounded memory of recent keys with a value each, oldest forgotten first: which events were
/// already delivered (a cached `/sync` can return them again), and where recent questions were
/// asked (to thread the answer).
public struct RecentKeys<Value: Sendable>: Sendable {
    public let capacity: Int
    private var values: [String: Value] = [:]
    private var order: [String] = []
    private var head = 0

    public init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
        values.reserveCapacity(capacity)
    }

    public var count: Int { values.count }

    public func contains(_ key: String) -> Bool { values[key] != nil }

    public subscript(_ key: String) -> Value? { values[key] }

    /// Remembers `key` (updating its value if known); forgets the oldest key when full.
    public mutating func insert(_ key: String, _ value: Value) {
        if values.updateValue(value, forKey: key) != nil { return }
        if order.count < capacity {
            order.append(key)
        } else {
            values.removeValue(forKey: order[head])
            order[head] = key
            head = (head + 1) % capacity
        }
    }
}

extension RecentKeys where Value == Bool {
    /// Remembers `key`; returns false when it was already remembered.
    @discardableResult
    public mutating func insert(_ key: String) -> Bool {
        if contains(key) { return false }
        insert(key, true)
        return true
    }
}
