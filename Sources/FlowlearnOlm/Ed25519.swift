import COlm

/// Ed25519 signature checks (libolm's utility): device keys and one-time keys are signed JSON.
public enum Ed25519 {
    /// Whether `signature` (unpadded base64) is `publicKey`'s signature of `message`.
    public static func verify(signature: String, of message: String, by publicKey: String) -> Bool {
        let utility = OlmMemory<Ed25519>(size: olm_utility_size(), initialise: { olm_utility($0) }, clear: { _ = olm_clear_utility($0) })
        let key = publicKey.bytes, text = message.bytes
        var signatureBytes = signature.bytes
        return olm_ed25519_verify(utility.pointer, key, key.count, text, text.count, &signatureBytes, signatureBytes.count) != olm_error()
    }
}
