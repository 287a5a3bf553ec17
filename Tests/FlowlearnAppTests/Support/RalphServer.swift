import Foundation
import MatrixTestSupport

/// A real Ralph learning record store on 127.0.0.1, started by `scripts/ralph-testserver.py`
/// from the repo's `.venv` (`make test` installs it). It can be stopped and started again on the
/// same port with the same statements (an LRS outage); it ends with the test process at the latest.
final class RalphServer: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let directory: String
    private(set) var endpoint = ""
    private(set) var username = ""
    private(set) var password = ""
    private(set) var statementsFile = ""

    private init(directory: String) { self.directory = directory }

    /// A new server in a fresh temporary folder.
    static func start() async throws -> RalphServer {
        let directory = NSTemporaryDirectory() + "flowlearn-ralph-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let server = RalphServer(directory: directory)
        try await server.start()
        return server
    }

    /// Starts it (again): same folder, port, user and statements.
    func start() async throws {
        let output = try await Self.script(["start", "--dir", directory, "--owner-pid", String(getpid())])
        guard let info = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any],
              let endpoint = info["endpoint"] as? String, let username = info["username"] as? String,
              let password = info["password"] as? String, let file = info["statements_file"] as? String else {
            throw Failure(description: "ralph-testserver.py start printed no server description: \(output)")
        }
        (self.endpoint, self.username, self.password, statementsFile) = (endpoint, username, password, file)
    }

    /// Stops it (an outage); the statements stay.
    func stop() async throws {
        _ = try await Self.script(["stop", "--dir", directory])
    }

    /// Every statement the LRS stored, in the order it stored them (from its file).
    func statements() throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: statementsFile) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Waits until `condition` holds for the stored statements; the last statements when the deadline passes first.
    func waitForStatements(timeout: TimeInterval = 120, _ condition: @escaping @Sendable ([[String: Any]]) -> Bool) async throws -> (Bool, [[String: Any]]) {
        let met = try await onOwnThread { [self] in
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if condition(try statements()) { return true }
                if Date() > deadline { return false }
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        return (met, try statements())
    }

    /// The `[xapi]` section for a config, with the password in `passwordFile`.
    func configSection(passwordFile: String, actor: String = "account") throws -> String {
        try password.write(toFile: passwordFile, atomically: true, encoding: .utf8)
        return """
            [xapi]
            endpoint = \(endpoint)
            username = \(username)
            password_file = \(passwordFile)
            activity_base = https://learning.example.org/flowlearn/
            actor = \(actor)
            """
    }

    deinit {
        // Stopping takes a few seconds: never on the test runner's cooperative pool.
        let process = Self.process(["stop", "--dir", directory])
        let directory = self.directory
        Thread.detachNewThread {
            try? process.run()
            process.waitUntilExit()
            try? FileManager.default.removeItem(atPath: directory)
        }
    }

    private static func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = FlowlearnBinary.packageRoot.appendingPathComponent(".venv/bin/python")
        process.arguments = [FlowlearnBinary.packageRoot.appendingPathComponent("scripts/ralph-testserver.py").path] + arguments
        return process
    }

    private static func script(_ arguments: [String]) async throws -> String {
        let result = try await FlowlearnBinary.run(process(arguments), timeout: 300)
        guard result.status == 0 else {
            throw Failure(description: "ralph-testserver.py \(arguments.first ?? "") failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }
}
