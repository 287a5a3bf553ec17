import COlm

/// The receiving side of someone's Megolm session in a room, from the `session_key` they shared
/// over Olm: decrypts their room messages from ``firstKnownIndex`` on.
public final class OlmInboundGroupSession {
    let memory: OlmMemory<OlmInboundGroupSession>
    var pointer: OpaquePointer { memory.pointer }

    private init() {
        memory = OlmMemory(size: olm_inbound_group_session_size(), initialise: { olm_inbound_group_session($0) },
                           clear: { _ = olm_clear_inbound_group_session($0) })
    }

    /// The session from an `m.room_key`'s `session_key`.
    public static func create(sessionKey: String) throws -> OlmInboundGroupSession {
        let session = OlmInboundGroupSession()
        var key = sessionKey.bytes
        defer { key.wipe() }
        _ = try session.check(olm_init_inbound_group_session(session.pointer, key, key.count), "reading a room key")
        return session
    }

    public static func unpickle(_ pickle: String, with key: PickleKey) throws -> OlmInboundGroupSession {
        let session = OlmInboundGroupSession()
        var buffer = pickle.bytes
        _ = try session.check(olm_unpickle_inbound_group_session(session.pointer, key.bytes, key.bytes.count, &buffer, buffer.count),
                              "unpickling a room key")
        return session
    }

    public func pickle(with key: PickleKey) throws -> String {
        try written(capacity: olm_pickle_inbound_group_session_length(pointer)) {
            try check(olm_pickle_inbound_group_session(pointer, key.bytes, key.bytes.count, &$0, $0.count), "pickling a room key")
        }
    }

    public var id: String {
        written(capacity: olm_inbound_group_session_id_length(pointer)) {
            olm_inbound_group_session_id(pointer, &$0, $0.count)
        }
    }

    /// The first message index this session can decrypt.
    public var firstKnownIndex: Int { Int(olm_inbound_group_session_first_known_index(pointer)) }

    /// Decrypts a room message's `ciphertext`: the plaintext (event JSON) and its message index.
    public func decrypt(_ ciphertext: String) throws -> (plaintext: String, messageIndex: Int) {
        var probe = ciphertext.bytes
        let maximum = try check(olm_group_decrypt_max_plaintext_length(pointer, &probe, probe.count), "decrypting a Megolm message")
        var input = ciphertext.bytes
        var output = [UInt8](repeating: 0, count: maximum)
        defer { output.wipe() }
        var index: UInt32 = 0
        let length = try check(olm_group_decrypt(pointer, &input, input.count, &output, output.count, &index), "decrypting a Megolm message")
        return (Array(output.prefix(length)).text, Int(index))
    }

    func check(_ result: Int, _ operation: String) throws -> Int {
        try checked(result, operation, lastError: { olm_inbound_group_session_last_error(pointer) })
    }
}
