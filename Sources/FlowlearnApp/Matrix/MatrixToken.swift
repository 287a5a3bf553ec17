import Foundation
import FlowlearnCore

/// Finds the bot's Matrix access token: the `[matrix] token_file`, else
/// `$CREDENTIALS_DIRECTORY/matrix-token` (systemd's `LoadCredential=`), else
/// `$FLOWLEARN_MATRIX_TOKEN`. The token itself is never printed; errors name only where it was
/// looked for.
enum MatrixToken {
    /// Why no token could be read.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ config: FlowlearnConfig.Matrix,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let path = config.tokenFile {
            return try fromFile(path, what: "token_file")
        }
        if let credentials = environment["CREDENTIALS_DIRECTORY"], !credentials.isEmpty {
            let path = (credentials as NSString).appendingPathComponent("matrix-token")
            if FileManager.default.fileExists(atPath: path) { return try fromFile(path, what: "the systemd credential") }
        }
        if let token = environment["FLOWLEARN_MATRIX_TOKEN"].map(clean), !token.isEmpty {
            return token
        }
        throw Missing(description: "no Matrix access token: set `token_file` in [matrix], provide the systemd credential "
                      + "`matrix-token` ($CREDENTIALS_DIRECTORY/matrix-token), or set FLOWLEARN_MATRIX_TOKEN")
    }

    private static func fromFile(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Missing(description: "cannot read the Matrix access token from \(what) \(path)")
        }
        let token = clean(String(decoding: data, as: UTF8.self))
        guard !token.isEmpty else { throw Missing(description: "the Matrix access token file \(path) (\(what)) is empty") }
        guard !token.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            throw Missing(description: "the Matrix access token file \(path) (\(what)) must hold only the token, on one line")
        }
        return token
    }

    private static func clean(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
