import Foundation
import FlowlearnCore
import FlowlearnHTTP
import FlowlearnMatrix
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
        return MatrixPlatform(client: client, configuration: settings, cursorStore: StoreSyncCursor(store: store, clock: clock),
                              observer: MatrixDaemonObserver(logger: logger, store: store, clock: clock), clock: clock)
    }
}
