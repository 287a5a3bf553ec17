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
        try written(capacity: olm_pickle_outbound_group_session_length(pointer)) {
            try check(olm_pickle_outbound_group_session(pointer, key.bytes, key.bytes.count, &$0, $0.count), "pickling a Megolm session")
        }
    }

    public var id: String {
        written(capacity: olm_outbound_group_session_id_length(pointer)) {
            olm_outbound_group_session_id(pointer, &$0, $0.count)
        }
    }

    /// The index the next message gets (how many were encrypted so far).
    public var messageIndex: Int { Int(olm_outbound_group_session_message_index(pointer)) }

    /// The key that lets others decrypt from the current index on (for `m.room_key`).
    public var sessionKey: String {
        written(capacity: olm_outbound_group_session_key_length(pointer)) {
            olm_outbound_group_session_key(pointer, &$0, $0.count)
        }
    }

    /// Encrypts `plaintext` (the event JSON) and advances the ratchet.
    public func encrypt(_ plaintext: String) throws -> String {
        var plain = plaintext.bytes
        defer { plain.wipe() }
        return try written(capacity: olm_group_encrypt_message_length(pointer, plain.count)) {
            try check(olm_group_encrypt(pointer, plain, plain.count, &$0, $0.count), "encrypting a Megolm message")
        }
    }

    func check(_ result: Int, _ operation: String) throws -> Int {
        try checked(result, operation, lastError: { olm_outbound_group_session_last_error(pointer) })
    }
}
