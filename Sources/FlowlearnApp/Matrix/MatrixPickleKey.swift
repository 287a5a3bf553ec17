import Foundation
import FlowlearnCore
import FlowlearnOlm

/// Finds the key the Matrix encryption keys are stored with: the `[matrix] pickle_key_file`, else
/// `$CREDENTIALS_DIRECTORY/matrix-pickle-key` (systemd's `LoadCredential=`). Its bytes are never
/// printed; errors name only the file.
enum MatrixPickleKey {
    /// The key; `nil` when none is configured and the credential is absent (encryption is then off).
    static func read(_ config: FlowlearnConfig.Matrix,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PickleKey? {
        if let path = config.pickleKeyFile { return try fromFile(path, what: "pickle_key_file") }
        if let credentials = environment["CREDENTIALS_DIRECTORY"], !credentials.isEmpty {
            let path = (credentials as NSString).appendingPathComponent("matrix-pickle-key")
            if FileManager.default.fileExists(atPath: path) { return try fromFile(path, what: "the systemd credential") }
        }
        return nil
    }

    /// Where an admin is told to put a key when there is none.
    static let advice = "put at least 32 random bytes in a file (`head -c 32 /dev/urandom | base64 > /etc/flowlearn/matrix-pickle-key`, "
        + "mode 0600) and name it in `pickle_key_file` in [matrix], or hand it to the service as the credential `matrix-pickle-key`"

    private static func fromFile(_ path: String, what: String) throws -> PickleKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MatrixToken.Missing(description: "cannot read the Matrix pickle key from \(what) \(path)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let key = PickleKey(Array(text.utf8)) else {
            throw MatrixToken.Missing(description: "the Matrix pickle key in \(path) (\(what)) is shorter than \(PickleKey.minimumLength) characters; "
                                      + "use 32 random bytes, e.g. `head -c 32 /dev/urandom | base64`")
        }
        return key
    }
}
