import Foundation
import Synchronization
import FlowlearnHTTP
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// A real Synapse on 127.0.0.1, started with `scripts/synapse-testserver.py` from the repo's
/// `.venv` (`make test` creates it). The server stops when this test process exits (the
/// script's `--owner-pid` watchdog, and an `atexit` handler for the shared one), so a crashed
/// run leaks nothing. Tests share ``shared()`` and make fresh users and rooms with ``newUser(_:)``.
public final class SynapseServer: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    /// A registered account.
    public struct Account: Sendable {
        public let userID: String
        public let accessToken: String
        /// For logging in again, as another device of the same person.
        public var password: String? = nil
    }

    public let directory: String
    public let homeserver: String
    public let admin: Account
    public let port: Int

    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Started once, on first use, away from the cooperative pool.
    private static let sharedServer = Task<SynapseServer, any Error> {
        let server = try await start(label: "shared")
        atexit { SynapseServer.stopSharedAtExit() }
        sharedForExit.withLock { $0 = server }
        return server
    }
    private static let sharedForExit = Mutex<SynapseServer?>(nil)

    /// The server shared by this test process (started on first use).
    public static func shared() async throws -> SynapseServer { try await sharedServer.value }

    private static func stopSharedAtExit() {
        sharedForExit.withLock { $0 }?.stopAndRemove()
    }

    /// Starts a new server in a fresh temporary folder.
    public static func start(label: String) async throws -> SynapseServer {
        try await onOwnThread { try startBlocking(label: label) }
    }

    private static func startBlocking(label: String) throws -> SynapseServer {
        // libcurl honours http_proxy even for 127.0.0.1: never send test traffic through a proxy.
        setenv("NO_PROXY", "127.0.0.1,localhost", 1)
        setenv("no_proxy", "127.0.0.1,localhost", 1)
        let directory = NSTemporaryDirectory() + "flowlearn-synapse-\(label)-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let output = try script(["start", "--dir", directory, "--users", "bot", "--owner-pid", String(getpid())])
        guard let info = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let homeserver = info["homeserver"] as? String, let port = info["port"] as? Int,
              let admin = info["admin"] as? [String: Any], let adminID = admin["user_id"] as? String,
              let adminToken = admin["access_token"] as? String else {
            throw Failure(description: "synapse-testserver.py start printed no server description: \(output)")
        }
        return SynapseServer(directory: directory, homeserver: homeserver, admin: Account(userID: adminID, accessToken: adminToken), port: port)
    }

    private init(directory: String, homeserver: String, admin: Account, port: Int) {
        self.directory = directory
        self.homeserver = homeserver
        self.admin = admin
        self.port = port
    }

    /// Runs the test-server script with the venv's Python and returns its stdout.
    @discardableResult
    public static func script(_ arguments: [String]) throws -> String {
        let python = packageRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw Failure(description: "\(python) is missing: run `make venv` (scripts/ensure-synapse-venv.sh) first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [packageRoot.appendingPathComponent("scripts/synapse-testserver.py").path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SYNAPSE_VERSION_STRING"] = environment["SYNAPSE_VERSION_STRING"] ?? "test"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errors = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors = (try? stderr.fileHandleForReading.readToEnd()) ?? Data() }
        let output = (try? stdout.fileHandleForReading.readToEnd()) ?? Data()
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "synapse-testserver.py \(arguments.first ?? "") failed (\(process.terminationStatus)): "
                          + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Stops the server (keeps its folder, database and port: ``restart()`` brings it back).
    public func stop() async throws {
        let directory = directory
        try await onOwnThread { try Self.script(["stop", "--dir", directory]) }
    }

    /// Kills the server with SIGKILL, as a crash would (the script's graceful `stop` can take
    /// 15 s while long-polls are open), then lets the script tidy up. ``restart()`` brings it back.
    public func kill() async throws {
        try await onOwnThread { try self.killBlocking() }
    }

    private func killBlocking() throws {
        let pidFile = directory + "/synapse.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            Glibc.kill(pid, SIGKILL)
        }
        try Self.script(["stop", "--dir", directory])
    }

    /// Starts it again on the same port with the same database.
    public func restart() async throws {
        let directory = directory
        try await onOwnThread { try Self.script(["restart", "--dir", directory]) }
    }

    /// Kills the server (it is thrown away: no need to wait for a graceful stop) and removes its folder.
    public func stopAndRemove() {
        try? killBlocking()
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Users

    /// The HTTP client tests use (libcurl, like the daemon).
    public static let http = CurlHTTPClient(version: "test", configuration: .init(connectTimeout: .seconds(5), timeout: .seconds(30)))

    /// Registers a fresh user `@<prefix>-<random>:localhost` (admin API) and logs it in.
    public func newUser(_ prefix: String, displayName: String? = nil) async throws -> Account {
        let localpart = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        let userID = "@\(localpart):localhost"
        let password = UUID().uuidString
        var body: JSONValue = ["password": .string(password), "admin": false]
        if let displayName, case .object(var members) = body {
            members["displayname"] = .string(displayName)
            body = .object(members)
        }
        _ = try await request(.put, "/_synapse/admin/v2/users/" + MatrixPath.encode(userID), body: body, token: admin.accessToken)
        let login = try await request(.post, "/_matrix/client/v3/login", body: [
            "type": "m.login.password", "identifier": ["type": "m.id.user", "user": .string(localpart)],
            "password": .string(password), "initial_device_display_name": "flowlearn tests",
        ])
        guard let token = login["access_token"]?.stringValue else { throw Failure(description: "login of \(userID) gave no token") }
        return Account(userID: userID, accessToken: token, password: password)
    }

    /// A client for `account`.
    public func client(_ account: Account) -> MatrixClient {
        MatrixClient(homeserver: homeserver, accessToken: account.accessToken, http: Self.http)
    }

    /// A raw JSON request (admin API, login); throws on a non-2xx status.
    public func request(_ method: HTTPMethod, _ path: String, body: JSONValue? = nil, token: String? = nil) async throws -> JSONValue {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let token { headers["Authorization"] = "Bearer " + token }
        let response = try await Self.http.send(HTTPRequest(method: method, url: homeserver + path, headers: headers,
                                                            body: body.map { Array($0.jsonText.utf8) } ?? []))
        guard response.isSuccess else { throw Failure(description: "\(method.rawValue) \(path): \(response.status) \(response.bodyText)") }
        return try JSONDecoder().decode(JSONValue.self, from: Data(response.body))
    }
}
