import Foundation
import FlowlearnCore
import FlowlearnHTTP
import FlowlearnStore
import FlowlearnXAPI

/// Wires `[xapi]` into the daemon: the password, the statement builder on the live content, and
/// the delivery service with its log lines.
enum XAPISetup {
    /// Why the LRS password could not be read.
    struct MissingPassword: Error, CustomStringConvertible {
        let description: String
    }

    /// The password: `[xapi] password_file`, else `$CREDENTIALS_DIRECTORY/xapi-password`. Never printed.
    static func password(_ config: FlowlearnConfig.XAPI, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        var path = config.passwordFile
        if path == nil, let credentials = environment["CREDENTIALS_DIRECTORY"], !credentials.isEmpty {
            path = (credentials as NSString).appendingPathComponent("xapi-password")
        }
        guard let path else {
            throw MissingPassword(description: "[xapi] has no password: set `password_file`, or provide the systemd credential `xapi-password`")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MissingPassword(description: "cannot read the LRS password from \(path)")
        }
        let password = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard !password.isEmpty else { throw MissingPassword(description: "the LRS password file \(path) is empty") }
        return password
    }

    /// The delivery service for `config`, or `nil` when no LRS is configured.
    static func service(config: FlowlearnConfig, settings: LiveSettings, store: SQLiteLearningStore, clock: any TimeSource,
                        logger: Logger) throws -> XAPIDeliveryService? {
        let xapi = config.xapi
        guard let endpoint = xapi.endpoint, let username = xapi.username, let base = xapi.activityBase else { return nil }
        let client = LRSClient(http: CurlHTTPClient(version: FlowlearnCLI.version), endpoint: endpoint, username: username,
                               password: try password(xapi))
        let homePage = config.platform == .matrix ? config.matrix.homeserver ?? base : base
        let identity: XAPIStatementBuilder.ActorIdentity = xapi.actor == .hashed
            ? .hashed(homePage: homePage, key: try store.learningRecordActorKey()) : .account(homePage: homePage)
        return XAPIDeliveryService(queue: store, client: client, builder: {
            let library = settings.engine.matcher.library
            var titles: [String: (String, Language)] = [:]
            for lesson in library.lessons { titles[lesson.id] = (lesson.title, lesson.language) }
            // Path and step names per language, keyed `path` and `path/step`.
            var names: [String: [Language: String]] = [:]
            let composer = PathStepComposer(library: library)
            for path in library.paths {
                names[path.id, default: [:]][path.language] = path.title
                for step in path.steps { names[path.id + "/" + step.id, default: [:]][path.language] = composer.title(of: step, language: path.language) }
            }
            let known = titles, pathNames = names
            return XAPIStatementBuilder(activityBase: base, identity: identity, lesson: { known[$0] },
                                        pathNames: { path, step in pathNames[step.map { path + "/" + $0 } ?? path] ?? [:] })
        }, clock: clock, events: { event in
            switch event {
            case .delivered(let count): logger.debug("xapi: \(count) statement\(count == 1 ? "" : "s") stored")
            case .setAside(let id, let reason): logger.error("xapi: statement \(id.uuidString.lowercased()) refused and set aside: \(reason)")
            case .conflict(let id, let message): logger.warning("xapi: the LRS holds another statement with id \(id.uuidString.lowercased()): \(message)")
            case .unavailable(let reason, let delay): logger.warning("xapi: \(reason); retrying in \(delay)")
            case .queueError(let error): logger.error("xapi: \(error)")
            }
        })
    }
}
