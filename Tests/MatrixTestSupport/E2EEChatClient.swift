import Foundation
import FlowlearnMatrix

/// A person's end-to-end encrypting chat app on the test homeserver: `scripts/e2ee-chat-client.py`
/// (matrix-nio with python-olm, from the repo's `.venv`), one device, its own `/sync` running all
/// the time. Driven over JSON lines; every wait is the client's own, with a deadline.
public final class E2EEChatClient: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A room message as the app shows it: decrypted, and whether it came encrypted.
    public struct Message: Sendable {
        public let eventID: String
        public let body: String
        public let encrypted: Bool
        public let inReplyTo: String?
    }

    public let userID: String
    public private(set) var deviceID = ""
    private let process = Process()
    private let input = Pipe(), output = Pipe(), errors = Pipe()
    private let condition = NSCondition()
    private var answers: [Int: [String: Any]] = [:]
    private var lines: [String] = []
    private var closed = false
    private var nextID = 0
    private var log = ""
    private let storeDirectory: String

    /// Logs `account` in as a new device (`deviceName`) and starts its sync.
    public static func start(_ account: SynapseServer.Account, on server: SynapseServer, deviceName: String = "phone") async throws -> E2EEChatClient {
        let client = try E2EEChatClient(account, server: server, deviceName: deviceName)
        try await onOwnThread { try client.waitReady() }
        return client
    }

    private init(_ account: SynapseServer.Account, server: SynapseServer, deviceName: String) throws {
        guard let password = account.password else { throw Failure(description: "\(account.userID) has no password to log in with") }
        userID = account.userID
        storeDirectory = NSTemporaryDirectory() + "flowlearn-e2ee-client-" + UUID().uuidString.prefix(8).lowercased()
        let python = SynapseServer.packageRoot.appendingPathComponent(".venv/bin/python").path
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [SynapseServer.packageRoot.appendingPathComponent("scripts/e2ee-chat-client.py").path,
                             "--homeserver", server.homeserver, "--user", account.userID, "--password", password,
                             "--store", storeDirectory, "--device-name", deviceName]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_PROXY"] = "127.0.0.1,localhost"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        Thread.detachNewThread { [self] in
            var buffer = Data()
            while true {
                let data = output.fileHandleForReading.availableData
                condition.lock()
                if data.isEmpty {
                    closed = true
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                buffer.append(data)
                while let newline = buffer.firstIndex(of: 0x0A) {
                    let line = buffer[buffer.startIndex..<newline]
                    buffer.removeSubrange(buffer.startIndex...newline)
                    if let object = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] {
                        if let id = object["id"] as? Int { answers[id] = object } else { lines.append(String(decoding: line, as: UTF8.self)) }
                    }
                }
                condition.broadcast()
                condition.unlock()
            }
        }
        Thread.detachNewThread { [self] in
            while true {
                let data = errors.fileHandleForReading.availableData
                if data.isEmpty { return }
                condition.lock()
                log += String(decoding: data, as: UTF8.self)
                condition.unlock()
            }
        }
    }

    private func waitReady() throws {
        let deadline = Date().addingTimeInterval(120)
        condition.lock(); defer { condition.unlock() }
        while lines.isEmpty {
            if closed || !condition.wait(until: deadline) { throw Failure(description: "\(userID)'s chat client did not start: \(log)") }
        }
        guard let first = try? JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any], first["ok"] as? Bool == true else {
            throw Failure(description: "\(userID)'s chat client failed to start: \(lines[0]) \(log)")
        }
        deviceID = first["device_id"] as? String ?? ""
    }

    /// Sends one command and waits for its answer (its own deadline plus a margin).
    @discardableResult
    public func call(_ op: String, _ arguments: [String: Any] = [:], timeout: TimeInterval = 60) async throws -> [String: Any] {
        nonisolated(unsafe) let arguments = arguments
        let answer = try await onOwnThread { [self] () throws -> SendableAnswer in
            condition.lock()
            nextID += 1
            let id = nextID
            condition.unlock()
            var command = arguments
            command["op"] = op
            command["id"] = id
            command["timeout"] = timeout
            let data = try JSONSerialization.data(withJSONObject: command)
            try input.fileHandleForWriting.write(contentsOf: data + Data([0x0A]))
            let deadline = Date().addingTimeInterval(timeout + 30)
            condition.lock(); defer { condition.unlock() }
            while answers[id] == nil {
                if closed || !condition.wait(until: deadline) { throw Failure(description: "\(userID)'s chat client gave no answer to \(op): \(log.suffix(3000))") }
            }
            return SendableAnswer(value: answers.removeValue(forKey: id)!)
        }.value
        guard answer["ok"] as? Bool == true else { throw Failure(description: "\(userID)'s chat client: \(op) failed: \(answer["error"] ?? "?")") }
        return answer
    }

    private struct SendableAnswer: @unchecked Sendable { let value: [String: Any] }

    /// Opens a direct chat with `other` (encrypted from the start, as Element does).
    public func openDirectChat(with other: String, encrypted: Bool = true) async throws -> String {
        try await call("create_dm", ["with": other, "encrypted": encrypted])["room_id"] as? String ?? ""
    }

    public func waitForJoin(of user: String, in room: String, timeout: TimeInterval = 60) async throws {
        try await call("wait_join", ["room": room, "user": user], timeout: timeout)
    }

    /// Accepts the next invite from `inviter`; returns the room and whether it is a direct chat.
    public func acceptInvite(from inviter: String, timeout: TimeInterval = 60) async throws -> (room: String, isDirect: Bool) {
        let answer = try await call("accept_invite", ["from": inviter], timeout: timeout)
        return (answer["room_id"] as? String ?? "", answer["is_direct"] as? Bool ?? false)
    }

    /// Sends a text (encrypted when the room is); returns its event id.
    @discardableResult
    public func say(_ text: String, in room: String) async throws -> String {
        try await call("send", ["room": room, "text": text])["event_id"] as? String ?? ""
    }

    /// Sends a text encrypted with a room key nobody gets; `announceWithheld`: the bot's device is
    /// told so (`m.room_key.withheld`).
    @discardableResult
    public func sayWithoutKey(_ text: String, in room: String, announceWithheld: Bool) async throws -> String {
        try await call("send_without_key", ["room": room, "text": text, "withheld": announceWithheld])["event_id"] as? String ?? ""
    }

    /// Waits for a message of `sender` in `room` (replying to `inReplyTo`, containing `containing`).
    public func waitForMessage(in room: String, from sender: String, inReplyTo: String? = nil, containing: String? = nil,
                               timeout: TimeInterval = 60) async throws -> Message {
        var arguments: [String: Any] = ["room": room, "sender": sender]
        if let inReplyTo { arguments["in_reply_to"] = inReplyTo }
        if let containing { arguments["contains"] = containing }
        return Self.message(try await call("wait_message", arguments, timeout: timeout))
    }

    /// Every message of `sender` in `room` so far, and how many events there the app could not decrypt.
    public func messages(in room: String, from sender: String) async throws -> (messages: [Message], undecryptable: Int) {
        let answer = try await call("messages", ["room": room, "sender": sender])
        return ((answer["messages"] as? [[String: Any]] ?? []).map(Self.message), answer["undecryptable"] as? Int ?? 0)
    }

    private static func message(_ object: [String: Any]) -> Message {
        Message(eventID: object["event_id"] as? String ?? "", body: object["body"] as? String ?? "",
                encrypted: object["encrypted"] as? Bool ?? false, inReplyTo: object["in_reply_to"] as? String)
    }

    /// Stops the app and removes its keys.
    public func stop() {
        try? input.fileHandleForWriting.write(contentsOf: Data(#"{"op":"quit"}"#.utf8 + [0x0A]))
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(atPath: storeDirectory)
    }

    deinit { if process.isRunning { process.terminate() } }
}
