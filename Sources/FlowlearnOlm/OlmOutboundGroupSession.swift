import COlm

/// The sending side of a Megolm session: one room's ratchet for the bot's own messages. Its
/// ``sessionKey`` is shared with the room's devices over Olm; after that every message is
/// encrypted once for all of them.
///
/// Save it with ``pickle(with:)`` after every ``encrypt(_:)``, before the ciphertext is sent: a
/// message index must never be used twice.
public final class OlmOutboundGroupSession {
    let memory: OlmMemory<OlmOutboundGroupSession>
    var pointer: OpaquePointer { memory.pointer }

    private init() {
        memory = OlmMemory(size: olm_outbound_group_session_size(), initialise: { olm_outbound_group_session($0) },
                           clear: { _ = olm_clear_outbound_group_session($0) })
    }

    /// A new session with fresh keys.
    public static func create() throws -> OlmOutboundGroupSession {
        let session = OlmOutboundGroupSession()
        var random = SecureRandom.bytes(olm_init_outbound_group_session_random_length(session.pointer))
        defer { random.wipe() }
        _ = try session.check(olm_init_outbound_group_session(session.pointer, &random, random.count), "creating a Megolm session")
        return session
    }

    public static func unpickle(_ pickle: String, with key: PickleKey) throws -> OlmOutboundGroupSession {
        let session = OlmOutboundGroupSession()
        var buffer = pickle.bytes
        _ = try session.check(olm_unpickle_outbound_group_session(session.pointer, key.bytes, key.bytes.count, &buffer, buffer.count),
                              "unpickling a Megolm session")
        return session
    }

    public func pickle(with key: PickleKey) throws -> String {
        var buffer = [UInt8](repeating: 0, count: olm_pickle_outbound_group_session_length(pointer))
        let length = try check(olm_pickle_outbound_group_session(pointer, key.bytes, key.bytes.count, &buffer, buffer.count),
                               "pickling a Megolm session")
        return Array(buffer.prefix(length)).text
    }

    public var id: String {
        var buffer = [UInt8](repeating: 0, count: olm_outbound_group_session_id_length(pointer))
        let length = olm_outbound_group_session_id(pointer, &buffer, buffer.count)
        return Array(buffer.prefix(length)).text
    }

    /// The index the next message gets (how many were encrypted so far).
    public var messageIndex: Int { Int(olm_outbound_group_session_message_index(pointer)) }

    /// The key that lets others decrypt from the current index on (for `m.room_key`).
    public var sessionKey: String {
        var buffer = [UInt8](repeating: 0, count: olm_outbound_group_session_key_length(pointer))
        let length = olm_outbound_group_session_key(pointer, &buffer, buffer.count)
        return Array(buffer.prefix(length)).text
    }

    /// Encrypts `plaintext` (the event JSON) and advances the ratchet.
    public func encrypt(_ plaintext: String) throws -> String {
        var plain = plaintext.bytes
        defer { plain.wipe() }
        var output = [UInt8](repeating: 0, count: olm_group_encrypt_message_length(pointer, plain.count))
        let length = try check(olm_group_encrypt(pointer, plain, plain.count, &output, output.count), "encrypting a Megolm message")
        return Array(output.prefix(length)).text
    }

    func check(_ result: Int, _ operation: String) throws -> Int {
        try checked(result, operation, lastError: { olm_outbound_group_session_last_error(pointer) })
    }
}
