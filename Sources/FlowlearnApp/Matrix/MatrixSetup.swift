import Foundation
import FlowlearnCore
import FlowlearnHTTP
import FlowlearnMatrix
import FlowlearnMatrixCrypto
import FlowlearnStore

/// Builds the Matrix platform `flowlearn run` talks through, from the `[matrix]` config.
enum MatrixSetup {
    static func platform(config: FlowlearnConfig, store: SQLiteLearningStore, logger: Logger, clock: any TimeSource,
                         environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MatrixPlatform {
        guard let homeserver = config.matrix.homeserver, let user = config.matrix.user else {
            throw MatrixToken.Missing(description: "platform = matrix needs `homeserver` and `user` in [matrix]")
        }
        let token = try MatrixToken.read(config.matrix, environment: environment)
        let http = CurlHTTPClient(version: FlowlearnCLI.version,
                                  configuration: .init(connectTimeout: .seconds(10), timeout: .seconds(30)))
        let client = MatrixClient(homeserver: homeserver, accessToken: token, http: http)
        let settings = MatrixPlatformConfiguration(userID: user, answerInRooms: config.matrix.answerInRooms,
                                                   allowedInviters: config.matrix.allowedInviters)
        logger.info("matrix platform: \(homeserver) as \(user), answering in rooms: \(config.matrix.answerInRooms.rawValue), "
                    + "invites accepted from: \(config.matrix.allowedInviters.isEmpty ? "nobody" : config.matrix.allowedInviters.joined(separator: ", "))")
        let observer = MatrixDaemonObserver(logger: logger, store: store, clock: clock)
        return MatrixPlatform(client: client, configuration: settings, cursorStore: StoreSyncCursor(store: store, clock: clock),
                              observer: observer, clock: clock,
                              encryption: try encryption(config: config, observer: observer, logger: logger, environment: environment))
    }

    /// End-to-end encryption, when there is a pickle key to keep its keys with; without one
    /// encrypted messages get a notice that the bot cannot read them.
    static func encryption(config: FlowlearnConfig, observer: MatrixDaemonObserver, logger: Logger,
                           environment: [String: String]) throws -> MatrixCrypto? {
        guard let key = try MatrixPickleKey.read(config.matrix, environment: environment) else {
            logger.warning("matrix: end-to-end encryption is off: no pickle key to store its keys with; \(MatrixPickleKey.advice)")
            return nil
        }
        let store = try CryptoStore(path: config.cryptoStorePath)
        logger.info("matrix: end-to-end encryption on, keys in \(config.cryptoStorePath); new direct chats: \(config.matrix.directChatEncryption.rawValue)")
        return MatrixCrypto(store: store, configuration: .init(pickleKey: key, directChats: config.matrix.directChatEncryption), observer: observer)
    }
}
