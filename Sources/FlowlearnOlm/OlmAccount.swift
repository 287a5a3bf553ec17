import COlm
import Foundation

/// A device's long-term Olm identity: its Curve25519 and Ed25519 identity keys, its one-time and
/// fallback keys, and the signing of JSON with the Ed25519 key.
///
/// Not thread-safe: one owner (an actor) uses it. Save it with ``pickle(with:)`` after every
/// change (new one-time keys, a key used by an inbound session): a lost change can make a peer's
/// first message undecryptable.
public final class OlmAccount {
    let memory: OlmMemory<OlmAccount>
    var pointer: OpaquePointer { memory.pointer }

    private init() {
        memory = OlmMemory(size: olm_account_size(), initialise: { olm_account($0) }, clear: { _ = olm_clear_account($0) })
    }

    /// A new account with fresh identity keys.
    public static func create() throws -> OlmAccount {
        let account = OlmAccount()
        var random = SecureRandom.bytes(olm_create_account_random_length(account.pointer))
        defer { random.wipe() }
        _ = try account.check(olm_create_account(account.pointer, &random, random.count), "creating an account")
        return account
    }

    /// The account saved by ``pickle(with:)``.
    public static func unpickle(_ pickle: String, with key: PickleKey) throws -> OlmAccount {
        let account = OlmAccount()
        var buffer = pickle.bytes
        _ = try account.check(olm_unpickle_account(account.pointer, key.bytes, key.bytes.count, &buffer, buffer.count),
                              "unpickling the account")
        return account
    }

    /// The account, encrypted with `key`, as text to store.
    public func pickle(with key: PickleKey) throws -> String {
        try written(capacity: olm_pickle_account_length(pointer)) {
            try check(olm_pickle_account(pointer, key.bytes, key.bytes.count, &$0, $0.count), "pickling the account")
        }
    }

    /// The identity keys, unpadded base64.
    public var identityKeys: (curve25519: String, ed25519: String) {
        var buffer = [UInt8](repeating: 0, count: olm_account_identity_keys_length(pointer))
        let length = olm_account_identity_keys(pointer, &buffer, buffer.count)
        let object = (try? JSONDecoder().decode([String: String].self, from: Data(buffer.prefix(length)))) ?? [:]
        return (object["curve25519"] ?? "", object["ed25519"] ?? "")
    }

    /// The Ed25519 signature of `message` (canonical JSON, for Matrix), unpadded base64.
    public func sign(_ message: String) -> String {
        let bytes = message.bytes
        return written(capacity: olm_account_signature_length(pointer)) {
            olm_account_sign(pointer, bytes, bytes.count, &$0, $0.count)
        }
    }

    /// How many one-time keys the account can hold.
    public var maximumOneTimeKeys: Int { olm_account_max_number_of_one_time_keys(pointer) }

    /// The one-time keys not yet marked published: key id → Curve25519 key.
    public var unpublishedOneTimeKeys: [String: String] { keyMap(length: olm_account_one_time_keys_length(pointer), olm_account_one_time_keys) }

    /// Makes `count` new one-time keys (the oldest are dropped beyond ``maximumOneTimeKeys``).
    public func generateOneTimeKeys(_ count: Int) throws {
        var random = SecureRandom.bytes(olm_account_generate_one_time_keys_random_length(pointer, count))
        defer { random.wipe() }
        _ = try check(olm_account_generate_one_time_keys(pointer, count, &random, random.count), "generating one-time keys")
    }

    /// Makes a new fallback key; the previous one stays usable until ``forgetOldFallbackKey()``.
    public func generateFallbackKey() throws {
        var random = SecureRandom.bytes(olm_account_generate_fallback_key_random_length(pointer))
        defer { random.wipe() }
        _ = try check(olm_account_generate_fallback_key(pointer, &random, random.count), "generating a fallback key")
    }

    /// The fallback key not yet marked published, if any: key id → Curve25519 key.
    public var unpublishedFallbackKey: [String: String] {
        keyMap(length: olm_account_unpublished_fallback_key_length(pointer), olm_account_unpublished_fallback_key)
    }

    /// Forgets the fallback key before the current one (call once the new one has been used for a while).
    public func forgetOldFallbackKey() { olm_account_forget_old_fallback_key(pointer) }

    /// Marks the current one-time keys and fallback key as published (uploaded).
    public func markKeysAsPublished() { _ = olm_account_mark_keys_as_published(pointer) }

    /// Removes the one-time key `session` was created with (an inbound session from a pre-key message).
    public func removeOneTimeKeys(usedBy session: OlmSession) throws {
        _ = try check(olm_remove_one_time_keys(pointer, session.pointer), "removing a used one-time key")
    }

    /// Reads libolm's `{"curve25519": {"id": "key", ...}}` output.
    private func keyMap(length: Int, _ read: (OpaquePointer, UnsafeMutableRawPointer, Int) -> Int) -> [String: String] {
        var buffer = [UInt8](repeating: 0, count: length)
        let written = buffer.withUnsafeMutableBytes { read(pointer, $0.baseAddress!, length) }
        guard written != olm_error(),
              let object = try? JSONDecoder().decode([String: [String: String]].self, from: Data(buffer.prefix(written))) else { return [:] }
        return object["curve25519"] ?? [:]
    }

    func check(_ result: Int, _ operation: String) throws -> Int {
        try checked(result, operation, lastError: { olm_account_last_error(pointer) })
    }
}
