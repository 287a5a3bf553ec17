import Foundation
import MatrixTestSupport
import FlowlearnMatrix
#if canImport(Glibc)
import Glibc
#endif

/// Flowlearn set up for Matrix on the test homeserver, as an organisation would: a bot account,
/// an employee and their manager (fresh users), a config with `platform = matrix` answering from
/// the shipped content, and the `flowlearn` binary to run against it.
final class MatrixDeployment: @unchecked Sendable {
    /// How the daemon gets its access token.
    enum TokenSource { case environment, file }

    let server: SynapseServer
    let directory: TemporaryDirectory
    let configPath: String
    let bot: SynapseServer.Account
    /// The employee's account (to log in more devices, with ``E2EEChatClient``).
    let employeeAccount: SynapseServer.Account
    let employee: MatrixTestUser
    let manager: MatrixTestUser
    let environment: [String: String]

    /// The key the bot's encryption keys are stored with (`secrets/matrix-pickle-key`).
    let pickleKey = UUID().uuidString + UUID().uuidString

    init(server: SynapseServer, token: TokenSource = .environment, answerInRooms: String = "mention",
         extraConfig: String = "", matrixConfig: String = "") async throws {
        self.server = server
        directory = try TemporaryDirectory()
        bot = try await server.newUser("flowlearn", displayName: "Flowlearn")
        employeeAccount = try await server.newUser("employee")
        employee = MatrixTestUser(account: employeeAccount, server: server)
        manager = MatrixTestUser(account: try await server.newUser("manager"), server: server)
        var environment = ["NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"]
        var tokenLine = ""
        switch token {
        case .environment:
            environment["FLOWLEARN_MATRIX_TOKEN"] = bot.accessToken
        case .file:
            try directory.write("secrets/matrix-token", bot.accessToken + "\n")
            tokenLine = "token_file = secrets/matrix-token"
        }
        self.environment = environment
        try directory.write("secrets/matrix-pickle-key", pickleKey + "\n")
        try directory.write("flowlearn.conf", """
            [flowlearn]
            platform = matrix
            language = en
            log_level = debug
            content = \(FlowlearnBinary.shippedContent)
            state = var
            [matrix]
            homeserver = \(server.homeserver)
            user = \(bot.userID)
            \(tokenLine)
            answer_in_rooms = \(answerInRooms)
            allowed_inviters = @*:localhost
            pickle_key_file = secrets/matrix-pickle-key
            \(matrixConfig)
            [summary]
            share = full
            [team Testers]
            manager = \(manager.userID)
            members = \(employee.userID)
            \(extraConfig)
            """)
        configPath = directory.path + "/flowlearn.conf"
    }

    /// `flowlearn run` on this config (`extraEnvironment`: e.g. systemd's NOTIFY_SOCKET).
    func startDaemon(extraEnvironment: [String: String] = [:]) throws -> RunningFlowlearn {
        try RunningFlowlearn(["run", "--config", configPath], directory: directory.path,
                             environment: environment.merging(extraEnvironment) { $1 })
    }

    /// Another `flowlearn` command on this config, to completion.
    func run(_ arguments: [String]) async throws -> FlowlearnBinary.Result {
        try await FlowlearnBinary.run(arguments + ["--config", configPath], directory: directory.path, environment: environment)
    }

    /// `flowlearn export --person` as JSON.
    func export(_ person: String) async throws -> [String: Any] {
        let result = try await run(["export", "--person", person])
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw SynapseServer.Failure(description: "export failed: \(result.status) \(result.stderr)")
        }
        return object
    }

    /// The employee opens a direct chat with the bot and waits until the running daemon joined it.
    func employeeOpensDirectChat() async throws -> String {
        let room = try await employee.openDirectChat(with: bot.userID)
        try await employee.waitForJoin(of: bot.userID, in: room, timeout: 60)
        return room
    }

    /// The title of the shipped lesson `id` (read from the content, so lesson edits do not break tests).
    static func lessonTitle(_ id: String) -> String {
        let root = FlowlearnBinary.shippedContent
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        for file in files {
            guard let text = try? String(contentsOfFile: root + "/" + file, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n").map(String.init)
            let fileID = lines.first { $0.hasPrefix("id:") }.map { String($0.dropFirst(3)).trimmingCharacters(in: .whitespaces) }
                ?? (file as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
            if fileID == id, let title = lines.first(where: { $0.hasPrefix("title:") }) {
                return String(title.dropFirst(6)).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return "<no lesson \(id)>"
    }
}
