import COlm

/// An Olm session with one other device: the Double Ratchet that carries to-device messages
/// (room keys) between two Curve25519 identity keys.
///
/// Save it with ``pickle(with:)`` after every ``encrypt(_:)`` and ``decrypt(_:)``, before the
/// ciphertext leaves the process or the plaintext is acted on: a ratchet step that is lost and
/// made again would reuse a message key.
public final class OlmSession {
    let memory: OlmMemory<OlmSession>
    var pointer: OpaquePointer { memory.pointer }

    /// An Olm message: `0` a pre-key message (it starts a session), `1` a normal one; the body is base64.
    public struct Message: Sendable, Equatable {
        public var type: Int
        public var body: String
        public init(type: Int, body: String) {
            self.type = type
            self.body = body
        }
        public var isPreKey: Bool { type == Int(OLM_MESSAGE_TYPE_PRE_KEY) }
    }

    private init() {
        memory = OlmMemory(size: olm_session_size(), initialise: { olm_session($0) }, clear: { _ = olm_clear_session($0) })
    }

    /// A session to the device with identity key `theirIdentityKey`, using one of its one-time
    /// (or fallback) keys, claimed from the homeserver.
    public static func outbound(from account: OlmAccount, theirIdentityKey: String, theirOneTimeKey: String) throws -> OlmSession {
        let session = OlmSession()
        let identity = theirIdentityKey.bytes, oneTime = theirOneTimeKey.bytes
        var random = SecureRandom.bytes(olm_create_outbound_session_random_length(session.pointer))
        defer { random.wipe() }
        _ = try session.check(olm_create_outbound_session(session.pointer, account.pointer, identity, identity.count, oneTime, oneTime.count,
                                                          &random, random.count), "creating an outbound Olm session")
        return session
    }

    /// The session a peer started with `preKeyMessage`. Remove the one-time key it used from the
    /// account afterwards (``OlmAccount/removeOneTimeKeys(usedBy:)``).
    public static func inbound(to account: OlmAccount, theirIdentityKey: String, preKeyMessage: String) throws -> OlmSession {
        let session = OlmSession()
        let identity = theirIdentityKey.bytes
        var message = preKeyMessage.bytes
        _ = try session.check(olm_create_inbound_session_from(session.pointer, account.pointer, identity, identity.count, &message, message.count),
                              "creating an inbound Olm session")
        return session
    }

    /// The session saved by ``pickle(with:)``.
    public static func unpickle(_ pickle: String, with key: PickleKey) throws -> OlmSession {
        let session = OlmSession()
        var buffer = pickle.bytes
        _ = try session.check(olm_unpickle_session(session.pointer, key.bytes, key.bytes.count, &buffer, buffer.count), "unpickling an Olm session")
        return session
    }

    public func pickle(with key: PickleKey) throws -> String {
        try written(capacity: olm_pickle_session_length(pointer)) {
            try check(olm_pickle_session(pointer, key.bytes, key.bytes.count, &$0, $0.count), "pickling an Olm session")
        }
    }

    /// The session's id (the same on both devices).
    public var id: String {
        written(capacity: olm_session_id_length(pointer)) {
            olm_session_id(pointer, &$0, $0.count)
        }
    }

    /// Whether the peer has answered on this session (until then, messages are pre-key messages).
    public var hasReceivedMessage: Bool { olm_session_has_received_message(pointer) != 0 }

    /// Whether the pre-key message `preKeyMessage` from `theirIdentityKey` belongs to this session.
    public func matches(preKeyMessage: String, from theirIdentityKey: String) -> Bool {
        let identity = theirIdentityKey.bytes
        var message = preKeyMessage.bytes
        return olm_matches_inbound_session_from(pointer, identity, identity.count, &message, message.count) == 1
    }

    /// Encrypts `plaintext` (a JSON text) for the peer.
    public func encrypt(_ plaintext: String) throws -> Message {
        var plain = plaintext.bytes
        defer { plain.wipe() }
        let type = try check(olm_encrypt_message_type(pointer), "encrypting an Olm message")
        var random = SecureRandom.bytes(olm_encrypt_random_length(pointer))
        defer { random.wipe() }
        var output = [UInt8](repeating: 0, count: olm_encrypt_message_length(pointer, plain.count))
        let length = try check(olm_encrypt(pointer, plain, plain.count, &random, random.count, &output, output.count), "encrypting an Olm message")
        return Message(type: type, body: Array(output.prefix(length)).text)
    }

    /// Decrypts a message from the peer.
    public func decrypt(_ message: Message) throws -> String {
        var probe = message.body.bytes
        let maximum = try check(olm_decrypt_max_plaintext_length(pointer, message.type, &probe, probe.count), "decrypting an Olm message")
        var input = message.body.bytes
        var output = [UInt8](repeating: 0, count: maximum)
        defer { output.wipe() }
        let length = try check(olm_decrypt(pointer, message.type, &input, input.count, &output, output.count), "decrypting an Olm message")
        return Array(output.prefix(length)).text
    }

    func check(_ result: Int, _ operation: String) throws -> Int {
        try checked(result, operation, lastError: { olm_session_last_error(pointer) })
    }
}
