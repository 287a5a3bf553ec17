import Foundation

/// What `flowlearn status` says about end-to-end encryption, read from the key store without the
/// pickle key (nothing secret is read): the device, whether its keys are published and one-time
/// keys are left on the homeserver, how many room keys are kept, messages waiting for a key, and
/// the last problem.
public enum CryptoHealth {
    /// One line per fact; `ago` formats a moment for the reader.
    public static func lines(path: String, ago: (Date) -> String) -> [(String, String)] {
        guard FileManager.default.fileExists(atPath: path) else {
            return [("encryption", "no keys yet (\(path) appears on the first start with a pickle key)")]
        }
        do {
            let store = try CryptoStore(path: path)
            defer { store.close() }
            guard let identity = try store.identity() else { return [("encryption", "no device yet")] }
            let oneTime = try store.health("one_time_keys")
            let count = oneTime.flatMap { Int($0.value) }
            let healthy = identity.uploaded && (count ?? 0) > 0
            var lines: [(String, String)] = [
                ("encryption", "device \(identity.deviceID), Ed25519 \(identity.ed25519)"),
                ("keys", (healthy ? "healthy: " : "NOT healthy: ") + (identity.uploaded ? "device keys published" : "device keys not published yet")
                    + ", \(count.map(String.init) ?? "unknown number of") one-time keys on the homeserver"
                    + (oneTime.map { " (\(ago($0.at)))" } ?? "")),
                ("room keys", "\(try store.count("room_keys")) received, \(try store.count("outbound_sessions")) own, "
                    + "\(try store.count("held_events")) message(s) waiting for a key"),
            ]
            if let problem = try store.health("last_problem") { lines.append(("encryption problem", "\(problem.value) at \(ago(problem.at))")) }
            return lines
        } catch {
            return [("encryption", "cannot read \(path): \(error)")]
        }
    }
}
