import FlowlearnMatrix
import FlowlearnOlm

/// Device keys as `/keys/query` returns them, read and checked as the specification asks: the
/// user and device ids inside match where they were listed, both algorithms are supported, and
/// the object is signed by the device's own Ed25519 key.
enum DeviceKeys {
    static let algorithms = ["m.olm.v1.curve25519-aes-sha2", RoomEncryption.megolm]

    /// The devices of `user` in a `/keys/query` answer (`device_keys[user]`) whose keys check out,
    /// and the ids of those that do not.
    static func devices(of user: String, in answer: JSONValue?) -> (valid: [Device], rejected: [String]) {
        var valid: [Device] = [], rejected: [String] = []
        for (deviceID, keys) in (answer?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let device = device(user: user, deviceID: deviceID, keys: keys) { valid.append(device) } else { rejected.append(deviceID) }
        }
        return (valid, rejected)
    }

    static func device(user: String, deviceID: String, keys: JSONValue) -> Device? {
        guard let object = keys.objectValue, object["user_id"]?.stringValue == user, object["device_id"]?.stringValue == deviceID,
              let curve = keys["keys"]?["curve25519:\(deviceID)"]?.stringValue,
              let ed = keys["keys"]?["ed25519:\(deviceID)"]?.stringValue,
              let algorithms = keys["algorithms"]?.arrayValue?.compactMap(\.stringValue), algorithms.contains(Self.algorithms[0]),
              SignedJSON.verify(object, signer: user, keyID: deviceID, publicKey: ed) else { return nil }
        return Device(userID: user, deviceID: deviceID, curve25519: curve, ed25519: ed)
    }

    /// This device's own keys for `/keys/upload`, signed.
    static func own(userID: String, deviceID: String, curve25519: String, ed25519: String, signedBy account: OlmAccount) -> JSONValue {
        let object: [String: JSONValue] = [
            "user_id": .string(userID), "device_id": .string(deviceID),
            "algorithms": .array(algorithms.map { .string($0) }),
            "keys": ["curve25519:\(deviceID)": .string(curve25519), "ed25519:\(deviceID)": .string(ed25519)],
        ]
        return .object(SignedJSON.sign(object, by: account, as: userID, keyID: deviceID))
    }

    /// One-time or fallback keys for `/keys/upload` (`signed_curve25519:<id>` → signed key object).
    static func signedKeys(_ keys: [String: String], fallback: Bool, userID: String, deviceID: String,
                           signedBy account: OlmAccount) -> JSONValue {
        var result: [String: JSONValue] = [:]
        for (id, key) in keys {
            var object: [String: JSONValue] = ["key": .string(key)]
            if fallback { object["fallback"] = true }
            result["signed_curve25519:\(id)"] = .object(SignedJSON.sign(object, by: account, as: userID, keyID: deviceID))
        }
        return .object(result)
    }
}
