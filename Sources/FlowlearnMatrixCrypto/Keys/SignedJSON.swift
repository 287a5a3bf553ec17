import FlowlearnMatrix
import FlowlearnOlm

/// Matrix's signed JSON: the signature covers the canonical JSON of the object without its
/// `signatures` and `unsigned` members (``JSONValue/jsonText`` is canonical: keys sorted, no
/// spaces, integers as integers, only `"`, `\` and control characters escaped).
enum SignedJSON {
    /// The text that is signed.
    static func signable(_ object: [String: JSONValue]) -> String {
        var copy = object
        copy["signatures"] = nil
        copy["unsigned"] = nil
        return JSONValue.object(copy).jsonText
    }

    /// `object` with `signer`'s signature by `account` under `signatures.<signer>.ed25519:<keyID>`.
    static func sign(_ object: [String: JSONValue], by account: OlmAccount, as signer: String, keyID: String) -> [String: JSONValue] {
        var signed = object
        let signature = account.sign(signable(object))
        var signatures = object["signatures"]?.objectValue ?? [:]
        var mine = signatures[signer]?.objectValue ?? [:]
        mine["ed25519:\(keyID)"] = .string(signature)
        signatures[signer] = .object(mine)
        signed["signatures"] = .object(signatures)
        return signed
    }

    /// Whether `object` carries a valid signature of `signer`'s key `ed25519:<keyID>` = `publicKey`.
    static func verify(_ object: [String: JSONValue], signer: String, keyID: String, publicKey: String) -> Bool {
        guard let signature = object["signatures"]?[signer]?["ed25519:\(keyID)"]?.stringValue else { return false }
        return Ed25519.verify(signature: signature, of: signable(object), by: publicKey)
    }
}
