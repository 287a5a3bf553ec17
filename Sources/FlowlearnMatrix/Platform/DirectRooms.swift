/// The bot's direct chats: its `m.direct` account data, a map from each person's user id to the
/// rooms that are direct chats with them (oldest first, as clients append).
///
/// Merging never forgets a room, so an older copy of the account data arriving late (a sync
/// that started before our own update) cannot undo that update.
public struct DirectRooms: Sendable, Equatable {
    public private(set) var roomsByUser: [String: [String]] = [:]
    /// Every direct room, for "is this room a direct chat?".
    public private(set) var roomIDs: Set<String> = []

    public init() {}

    /// Reads `m.direct` content.
    public init(content: JSONValue) {
        merge(content)
    }

    /// Adds every room of `content` (`m.direct` account data) not yet known.
    public mutating func merge(_ content: JSONValue) {
        guard let object = content.objectValue else { return }
        for (user, rooms) in object.sorted(by: { $0.key < $1.key }) {
            for room in rooms.arrayValue?.compactMap(\.stringValue) ?? [] { add(room, with: user) }
        }
    }

    /// Records `roomID` as a direct chat with `userID`; returns false when it already was one.
    @discardableResult
    public mutating func add(_ roomID: String, with userID: String) -> Bool {
        if roomsByUser[userID]?.contains(roomID) == true { return false }
        roomsByUser[userID, default: []].append(roomID)
        roomIDs.insert(roomID)
        return true
    }

    /// Whether `roomID` is a direct chat.
    public func isDirect(_ roomID: String) -> Bool { roomIDs.contains(roomID) }

    /// The person a direct room is with (the first listed, should several claim it).
    public func person(in roomID: String) -> String? {
        guard roomIDs.contains(roomID) else { return nil }
        return roomsByUser.keys.sorted().first { roomsByUser[$0]?.contains(roomID) == true }
    }

    /// The direct rooms with `userID`, newest first.
    public func rooms(with userID: String) -> [String] {
        (roomsByUser[userID] ?? []).reversed()
    }

    /// The `m.direct` content to store.
    public var content: JSONValue {
        .object(roomsByUser.mapValues { .array($0.map { .string($0) }) })
    }
}
