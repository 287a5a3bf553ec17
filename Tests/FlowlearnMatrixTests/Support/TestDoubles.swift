import Foundation
import MatrixTestSupport
import FlowlearnCore
import FlowlearnHTTP
import FlowlearnMatrix

/// The sync position in memory (the daemon keeps it in SQLite).
final class MemoryCursorStore: MatrixSyncCursorStore, @unchecked Sendable {
    private let lock = NSLock()
    private var position: MatrixSyncPosition?
    private var saveCount = 0

    init(_ position: MatrixSyncPosition? = nil) { self.position = position }

    var saved: MatrixSyncPosition? { lock.withLock { position } }
    var saves: Int { lock.withLock { saveCount } }

    func loadSyncPosition() throws -> MatrixSyncPosition? { lock.withLock { position } }

    func saveSyncPosition(_ position: MatrixSyncPosition) throws {
        lock.withLock {
            self.position = position
            saveCount += 1
        }
    }
}

/// Remembers what the platform reported.
final class RecordingObserver: MatrixPlatformObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [(MatrixLogLevel, String)] = []
    private var failed: [(MatrixError, Duration)] = []
    private var recovered: [Int] = []

    var logs: [String] { lock.withLock { lines.map { "\($0.0.rawValue): \($0.1)" } } }
    var failures: [(error: MatrixError, retryIn: Duration)] { lock.withLock { failed.map { ($0.0, $0.1) } } }
    var recoveries: [Int] { lock.withLock { recovered } }

    func log(_ level: MatrixLogLevel, _ message: String) { lock.withLock { lines.append((level, message)) } }
    func connectionFailed(_ error: MatrixError, retryIn: Duration) { lock.withLock { failed.append((error, retryIn)) } }
    func connectionRecovered(after failures: Int) { lock.withLock { recovered.append(failures) } }
}

/// The real libcurl client with faults the test homeserver cannot be made to produce on cue: a
/// status answer (429, 502) instead of the next matching request, or a repeat of the previous
/// `/sync` answer (Synapse's response cache, switched off in the test server's config).
final class FaultyHTTPClient: HTTPClient, @unchecked Sendable {
    /// What to do instead of one request.
    enum Fault: Sendable {
        case status(Int, String)
        case repeatPreviousSync
    }

    private let lock = NSLock()
    private let inner: any HTTPClient
    private var faults: [(pathContains: String, fault: Fault)] = []
    private var lastSync: HTTPResponse?
    private var requests: [String] = []

    init(inner: any HTTPClient) { self.inner = inner }

    /// The next request whose URL path contains `path` gets `fault` instead.
    func inject(_ fault: Fault, on path: String) { lock.withLock { faults.append((path, fault)) } }

    /// Method and path of every request sent so far (faults included).
    var sent: [String] { lock.withLock { requests } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.url
        let fault: Fault? = lock.withLock {
            requests.append("\(request.method.rawValue) \(path)")
            guard let index = faults.firstIndex(where: { path.contains($0.pathContains) }) else { return nil }
            return faults.remove(at: index).fault
        }
        switch fault {
        case .status(let status, let body):
            return HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        case .repeatPreviousSync:
            if let previous = lock.withLock({ lastSync }) { return previous }
        case nil:
            break
        }
        let response = try await inner.send(request)
        if path.hasSuffix("/sync"), response.isSuccess { lock.withLock { lastSync = response } }
        return response
    }
}

/// A ``MatrixPlatform`` for a fresh bot user, and what it delivered.
final class BotHarness: @unchecked Sendable {
    let account: SynapseServer.Account
    let platform: MatrixPlatform
    let cursor: MemoryCursorStore
    let observer = RecordingObserver()
    let http: FaultyHTTPClient
    private let lock = NSLock()
    private var collected: [ChatEvent] = []

    init(server: SynapseServer, account: SynapseServer.Account, mode: FlowlearnConfig.RoomAnswering = .mention,
         inviters: [String] = ["@*:localhost"], cursor: MemoryCursorStore = MemoryCursorStore(), timelineLimit: Int = 50,
         userID: String? = nil) {
        self.account = account
        self.cursor = cursor
        http = FaultyHTTPClient(inner: SynapseServer.http)
        var configuration = MatrixPlatformConfiguration(userID: userID ?? account.userID, answerInRooms: mode, allowedInviters: inviters)
        configuration.syncTimeout = .seconds(1)
        configuration.timelineLimit = timelineLimit
        configuration.backoff = Backoff(initial: .milliseconds(50), maximum: .milliseconds(400))
        platform = MatrixPlatform(client: MatrixClient(homeserver: server.homeserver, accessToken: account.accessToken, http: http),
                                  configuration: configuration, cursorStore: cursor, observer: observer)
    }

    /// Everything delivered so far.
    var events: [ChatEvent] { lock.withLock { collected } }

    var messages: [IncomingMessage] {
        events.compactMap { if case .message(let m) = $0 { return m } else { return nil } }
    }

    /// Calls `nextEvents()` until `done` holds for everything delivered so far, at most `timeout` seconds.
    @discardableResult
    func sync(timeout: TimeInterval = 30, until done: ([ChatEvent]) -> Bool) async throws -> [ChatEvent] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let batch = try await platform.nextEvents()
            let all = lock.withLock { collected += batch; return collected }
            if done(all) { return all }
            guard Date() < deadline else {
                throw SynapseServer.Failure(description: "the platform did not deliver what was expected in \(Int(timeout)) s; got \(all)")
            }
        }
    }

    /// Syncs until a message with `text` arrives; returns it.
    func message(_ text: String, timeout: TimeInterval = 30) async throws -> IncomingMessage {
        try await sync(timeout: timeout) { events in events.contains { if case .message(let m) = $0 { m.text == text } else { false } } }
        return messages.last { $0.text == text }!
    }
}
