import Foundation
import FlowlearnSQLite
#if canImport(Glibc)
import Glibc
#endif

/// The bot's end-to-end encryption state, in its own SQLite file in the state folder
/// (`matrix-crypto.sqlite`, mode 0600, like its `-wal` and `-shm` files): the device's Olm
/// account, Olm sessions, room keys received and its own room sessions (all pickled, encrypted
/// with the pickle key), other users' devices, rooms' encryption settings, and messages
/// waiting for their key.
///
/// Every change is committed before the caller goes on (WAL, so it survives a kill -9): a key
/// received is stored before the sync position moves past it; a ratchet step is stored before
/// its ciphertext leaves the process.
public final class CryptoStore: @unchecked Sendable {
    let db: Database
    public let path: String

    /// The file's name in the state folder.
    public static let fileName = "matrix-crypto.sqlite"

    /// Opens (creating with mode 0600 if needed) and migrates the store at `path`; a file readable
    /// by others is made private first.
    public init(path: String) throws {
        self.path = path
        try Self.makePrivate(path)
        db = try Database(path: path)
        // A small file read a few rows at a time: SQLite's default 2 MB page cache would only hold memory.
        try db.execute(sql: "PRAGMA cache_size = -256")
        try CryptoSchema.migrator.migrate(db)
    }

    public func close() { db.close() }

    /// Creates `path` with mode 0600 when missing; takes group and other permissions away when not.
    static func makePrivate(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            Glibc.close(fd)
            return
        }
        var info = stat()
        guard errno == EEXIST, stat(path, &info) == 0 else {
            throw SQLiteError(code: .cannotOpen, message: "cannot create the key store: \(String(cString: strerror(errno)))", path: path)
        }
        if info.st_mode & 0o077 != 0 {
            for file in [path, path + "-wal", path + "-shm"] where access(file, F_OK) == 0 {
                guard chmod(file, 0o600) == 0 else {
                    throw SQLiteError(code: .permission, message: "the key store is readable by others and cannot be made private: "
                                      + String(cString: strerror(errno)), path: file)
                }
            }
        }
    }

    func transaction<T>(_ body: () throws -> T) throws -> T { try db.transaction(body) }

    // MARK: Account

    /// The stored device: whose it is, and its pickled Olm account.
    struct AccountRow: Equatable {
        var userID: String
        var deviceID: String
        var pickle: String
        var keysUploaded: Bool
    }

    func account() throws -> AccountRow? {
        try db.fetchOne(sql: "SELECT user_id, device_id, pickle, keys_uploaded_at FROM account WHERE id = 1") {
            AccountRow(userID: try $0.string("user_id"), deviceID: try $0.string("device_id"), pickle: try $0.string("pickle"),
                       keysUploaded: $0.optionalDouble("keys_uploaded_at") != nil)
        }
    }

    func saveAccount(userID: String, deviceID: String, curve25519: String, ed25519: String, pickle: String, at time: Date) throws {
        try db.execute("""
            INSERT INTO account (id, user_id, device_id, curve25519, ed25519, pickle, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET pickle = excluded.pickle
            """, [.text(userID), .text(deviceID), .text(curve25519), .text(ed25519), .text(pickle), .real(time.timeIntervalSince1970)])
    }

    func markDeviceKeysUploaded(at time: Date) throws {
        try db.execute("UPDATE account SET keys_uploaded_at = ? WHERE id = 1", [.real(time.timeIntervalSince1970)])
    }

    /// Forgets the device (another access token's device is taking over): its account, Olm
    /// sessions and own room sessions. Room keys received stay: old messages remain readable.
    func forgetDevice() throws {
        try transaction {
            for table in ["account", "olm_sessions", "outbound_sessions", "outbound_shares"] { try db.execute("DELETE FROM \(table)") }
        }
    }

    // MARK: Olm sessions

    /// The pickled Olm sessions with the device whose identity key is `theirKey`, most recently used first.
    func olmSessions(with theirKey: String) throws -> [(id: String, pickle: String)] {
        try db.fetchAll(sql: "SELECT session_id, pickle FROM olm_sessions WHERE their_key = ? ORDER BY last_used DESC", arguments: [.text(theirKey)]) {
            (try $0.string("session_id"), try $0.string("pickle"))
        }
    }

    func saveOlmSession(id: String, with theirKey: String, pickle: String, at time: Date) throws {
        try db.execute("""
            INSERT INTO olm_sessions (session_id, their_key, pickle, last_used) VALUES (?, ?, ?, ?)
            ON CONFLICT (session_id) DO UPDATE SET pickle = excluded.pickle, last_used = excluded.last_used
            """, [.text(id), .text(theirKey), .text(pickle), .real(time.timeIntervalSince1970)])
    }

    // MARK: Room keys

    /// A room key someone shared: who sent it, over which Olm identity, and the pickled session.
    struct RoomKeyRow: Equatable {
        var sender: String
        var senderKey: String
        var firstIndex: Int
        var pickle: String
    }

    func roomKey(room: String, session: String) throws -> RoomKeyRow? {
        try db.fetchOne(sql: "SELECT sender, sender_key, first_index, pickle FROM room_keys WHERE room_id = ? AND session_id = ?",
                        arguments: [.text(room), .text(session)]) {
            RoomKeyRow(sender: try $0.string("sender"), senderKey: try $0.string("sender_key"), firstIndex: try $0.int("first_index"),
                       pickle: try $0.string("pickle"))
        }
    }

    func saveRoomKey(room: String, session: String, _ key: RoomKeyRow, at time: Date) throws {
        try db.execute("""
            INSERT INTO room_keys (room_id, session_id, sender, sender_key, first_index, pickle, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (room_id, session_id) DO UPDATE SET first_index = excluded.first_index, pickle = excluded.pickle
            """, [.text(room), .text(session), .text(key.sender), .text(key.senderKey), .integer(Int64(key.firstIndex)), .text(key.pickle),
                  .real(time.timeIntervalSince1970)])
    }

    // MARK: Own room sessions

    /// The bot's Megolm session in a room.
    struct OutboundRow: Equatable {
        var sessionID: String
        var pickle: String
        var createdAt: Date
        var messages: Int
    }

    func outboundSession(room: String) throws -> OutboundRow? {
        try db.fetchOne(sql: "SELECT session_id, pickle, created_at, messages FROM outbound_sessions WHERE room_id = ?", arguments: [.text(room)]) {
            OutboundRow(sessionID: try $0.string("session_id"), pickle: try $0.string("pickle"),
                        createdAt: Date(timeIntervalSince1970: try $0.double("created_at")), messages: try $0.int("messages"))
        }
    }

    func saveOutboundSession(room: String, _ row: OutboundRow) throws {
        try db.execute("""
            INSERT INTO outbound_sessions (room_id, session_id, pickle, created_at, messages) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (room_id) DO UPDATE SET session_id = excluded.session_id, pickle = excluded.pickle,
                created_at = excluded.created_at, messages = excluded.messages
            """, [.text(room), .text(row.sessionID), .text(row.pickle), .real(row.createdAt.timeIntervalSince1970), .integer(Int64(row.messages))])
    }

    /// Drops the room's session (someone left, or it is due for rotation): the next message starts a new one.
    func discardOutboundSession(room: String) throws {
        try transaction {
            try db.execute("DELETE FROM outbound_sessions WHERE room_id = ?", [.text(room)])
            try db.execute("DELETE FROM outbound_shares WHERE room_id = ?", [.text(room)])
        }
    }

    func shares(room: String, session: String) throws -> Set<DeviceRef> {
        Set(try db.fetchAll(sql: "SELECT user_id, device_id FROM outbound_shares WHERE room_id = ? AND session_id = ?",
                            arguments: [.text(room), .text(session)]) { DeviceRef(userID: try $0.string("user_id"), deviceID: try $0.string("device_id")) })
    }

    func addShares(room: String, session: String, _ devices: [DeviceRef]) throws {
        try transaction {
            for device in devices {
                try db.execute("INSERT INTO outbound_shares (room_id, session_id, user_id, device_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                               [.text(room), .text(session), .text(device.userID), .text(device.deviceID)])
            }
        }
    }

    // MARK: Devices

    func devices(of users: [String]) throws -> [Device] {
        guard !users.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: users.count).joined(separator: ", ")
        return try db.fetchAll(sql: "SELECT * FROM devices WHERE user_id IN (\(marks)) ORDER BY user_id, device_id", arguments: users.map { .text($0) }) {
            Device(userID: try $0.string("user_id"), deviceID: try $0.string("device_id"), curve25519: try $0.string("curve25519"),
                   ed25519: try $0.string("ed25519"))
        }
    }

    /// Replaces what is known of `user`'s devices, and marks their list current.
    func replaceDevices(of user: String, with devices: [Device]) throws {
        try transaction {
            try db.execute("DELETE FROM devices WHERE user_id = ?", [.text(user)])
            for device in devices {
                try db.execute("INSERT INTO devices (user_id, device_id, curve25519, ed25519) VALUES (?, ?, ?, ?)",
                               [.text(user), .text(device.deviceID), .text(device.curve25519), .text(device.ed25519)])
            }
            try db.execute("INSERT INTO tracked_users (user_id, outdated) VALUES (?, 0) ON CONFLICT (user_id) DO UPDATE SET outdated = 0",
                           [.text(user)])
        }
    }

    /// Users whose device list is known and current.
    func currentUsers() throws -> Set<String> {
        Set(try db.fetchAll(sql: "SELECT user_id FROM tracked_users WHERE outdated = 0") { try $0.string("user_id") })
    }

    func markOutdated(_ users: [String]) throws {
        try transaction {
            for user in users { try db.execute("UPDATE tracked_users SET outdated = 1 WHERE user_id = ?", [.text(user)]) }
        }
    }

    func untrack(_ users: [String]) throws {
        try transaction {
            for user in users {
                try db.execute("DELETE FROM tracked_users WHERE user_id = ?", [.text(user)])
                try db.execute("DELETE FROM devices WHERE user_id = ?", [.text(user)])
            }
        }
    }

    // MARK: Rooms

    /// What is known of a room's encryption: `nil` not checked yet, `.some(nil)` not encrypted.
    func roomEncryption(_ room: String) throws -> RoomEncryption?? {
        guard let row = try db.fetchOne(sql: "SELECT * FROM rooms WHERE room_id = ?", arguments: [.text(room)]) else { return nil }
        guard let algorithm = row.optionalString("algorithm") else { return .some(nil) }
        return .some(RoomEncryption(algorithm: algorithm, rotationPeriodMilliseconds: row.optionalInt64("rotation_ms"),
                                    rotationPeriodMessages: row.optionalInt64("rotation_messages").map(Int.init)))
    }

    func saveRoomEncryption(_ room: String, _ settings: RoomEncryption?) throws {
        try db.execute("""
            INSERT INTO rooms (room_id, algorithm, rotation_ms, rotation_messages) VALUES (?, ?, ?, ?)
            ON CONFLICT (room_id) DO UPDATE SET algorithm = excluded.algorithm, rotation_ms = excluded.rotation_ms,
                rotation_messages = excluded.rotation_messages
            """, [.text(room), .optionalText(settings?.algorithm), .optionalInteger(settings?.rotationPeriodMilliseconds),
                  .optionalInteger(settings?.rotationPeriodMessages.map(Int64.init))])
    }

    // MARK: Held events

    /// An encrypted event waiting for its key.
    struct HeldRow: Equatable {
        var eventID: String
        var room: String
        var event: String
        var heldAt: Date
    }

    func hold(_ row: HeldRow) throws {
        try db.execute("INSERT INTO held_events (event_id, room_id, event, held_at) VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
                       [.text(row.eventID), .text(row.room), .text(row.event), .real(row.heldAt.timeIntervalSince1970)])
    }

    /// Every held event, oldest first; those released before a crash are held again (the daemon's
    /// store recognises what it already handled).
    func heldEvents() throws -> [HeldRow] {
        try db.execute("UPDATE held_events SET released = 0 WHERE released = 1")
        return try db.fetchAll(sql: "SELECT * FROM held_events ORDER BY held_at, event_id") {
            HeldRow(eventID: try $0.string("event_id"), room: try $0.string("room_id"), event: try $0.string("event"),
                    heldAt: Date(timeIntervalSince1970: try $0.double("held_at")))
        }
    }

    func markReleased(_ eventIDs: [String]) throws {
        try transaction {
            for id in eventIDs { try db.execute("UPDATE held_events SET released = 1 WHERE event_id = ?", [.text(id)]) }
        }
    }

    func deleteReleased() throws {
        try db.execute("DELETE FROM held_events WHERE released = 1")
    }

    func withhold(room: String, session: String, code: String) throws {
        try db.execute("INSERT INTO withheld (room_id, session_id, code) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET code = excluded.code",
                       [.text(room), .text(session), .text(code)])
    }

    func isWithheld(room: String, session: String) throws -> Bool {
        try db.fetchOne(sql: "SELECT 1 FROM withheld WHERE room_id = ? AND session_id = ?", arguments: [.text(room), .text(session)]) != nil
    }

    // MARK: Health

    func setHealth(_ key: String, _ value: String, at time: Date) throws {
        try db.execute("INSERT INTO health (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                       [.text(key), .text(value), .real(time.timeIntervalSince1970)])
    }

    func health(_ key: String) throws -> (value: String, at: Date)? {
        try db.fetchOne(sql: "SELECT value, updated_at FROM health WHERE key = ?", arguments: [.text(key)]) {
            (try $0.string("value"), Date(timeIntervalSince1970: try $0.double("updated_at")))
        }
    }

    func count(_ table: String) throws -> Int {
        try db.fetchValue(Int.self, sql: "SELECT count(*) FROM \(table)") ?? 0
    }

    func identity() throws -> (deviceID: String, ed25519: String, uploaded: Bool)? {
        try db.fetchOne(sql: "SELECT device_id, ed25519, keys_uploaded_at FROM account WHERE id = 1") {
            (try $0.string("device_id"), try $0.string("ed25519"), $0.optionalDouble("keys_uploaded_at") != nil)
        }
    }
}
