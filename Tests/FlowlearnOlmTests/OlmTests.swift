import Testing
@testable import FlowlearnOlm

/// libolm through the typed wrappers: two devices set up a session and exchange messages, a room
/// key carries a Megolm session, pickles come back only with their key, signatures check out.
struct OlmTests {
    let key = PickleKey(Array("correct horse battery staple, 32+".utf8))!

    @Test func twoDevicesTalkOverOlmAndTheSessionSurvivesAPickle() throws {
        let alice = try OlmAccount.create(), bob = try OlmAccount.create()
        try bob.generateOneTimeKeys(1)
        let bobOneTimeKey = try #require(bob.unpublishedOneTimeKeys.values.first)
        bob.markKeysAsPublished()
        #expect(bob.unpublishedOneTimeKeys.isEmpty)

        let outbound = try OlmSession.outbound(from: alice, theirIdentityKey: bob.identityKeys.curve25519, theirOneTimeKey: bobOneTimeKey)
        let first = try outbound.encrypt(#"{"type":"m.room_key"}"#)
        #expect(first.isPreKey)

        let inbound = try OlmSession.inbound(to: bob, theirIdentityKey: alice.identityKeys.curve25519, preKeyMessage: first.body)
        #expect(inbound.matches(preKeyMessage: first.body, from: alice.identityKeys.curve25519))
        try bob.removeOneTimeKeys(usedBy: inbound)
        #expect(try inbound.decrypt(first) == #"{"type":"m.room_key"}"#)
        #expect(inbound.id == outbound.id)

        // Bob answers; from then on Alice sends normal messages. Both sides survive a pickle.
        let answer = try inbound.encrypt("pong")
        let restoredAlice = try OlmSession.unpickle(try outbound.pickle(with: key), with: key)
        #expect(try restoredAlice.decrypt(answer) == "pong")
        let second = try restoredAlice.encrypt("second")
        #expect(!second.isPreKey)
        let restoredBob = try OlmSession.unpickle(try inbound.pickle(with: key), with: key)
        #expect(try restoredBob.decrypt(second) == "second")

        // A message replayed to a session that already used its key is refused.
        #expect(throws: OlmError.self) { try restoredBob.decrypt(second) }
    }

    @Test func aRoomKeyLetsOthersReadMegolmMessagesFromItsIndexOn() throws {
        let outbound = try OlmOutboundGroupSession.create()
        let early = try outbound.encrypt("before the key was shared")
        let inbound = try OlmInboundGroupSession.create(sessionKey: outbound.sessionKey)
        #expect(inbound.id == outbound.id && inbound.firstKnownIndex == 1)
        let text = #"{"type":"m.room.message","content":{"body":"hoe geef ik feedback?"}}"#
        let ciphertext = try outbound.encrypt(text)
        #expect(outbound.messageIndex == 2)
        let decrypted = try inbound.decrypt(ciphertext)
        #expect(decrypted.plaintext == text && decrypted.messageIndex == 1)
        let error = try #require(throws: OlmError.self) { try inbound.decrypt(early) }
        #expect(error.isUnknownMessageIndex)

        // After a pickle the outbound session goes on at the next index; the copy reads it.
        let restored = try OlmOutboundGroupSession.unpickle(try outbound.pickle(with: key), with: key)
        #expect(restored.messageIndex == 2)
        let copy = try OlmInboundGroupSession.unpickle(try inbound.pickle(with: key), with: key)
        #expect(try copy.decrypt(try restored.encrypt("next")).messageIndex == 2)
    }

    @Test func aPickleOpensOnlyWithItsKey() throws {
        let account = try OlmAccount.create()
        let pickle = try account.pickle(with: key)
        #expect(!pickle.contains(account.identityKeys.ed25519))
        #expect(try OlmAccount.unpickle(pickle, with: key).identityKeys.curve25519 == account.identityKeys.curve25519)
        let wrong = PickleKey(Array("another key of thirty-two bytes!!".utf8))!
        let error = try #require(throws: OlmError.self) { try OlmAccount.unpickle(pickle, with: wrong) }
        #expect(error.isWrongPickleKey, "\(error)")
        #expect(PickleKey(Array("short".utf8)) == nil)
        #expect(!"\(key)".contains("staple"))
    }

    @Test func oneTimeAndFallbackKeysAreListedUntilPublished() throws {
        let account = try OlmAccount.create()
        try account.generateOneTimeKeys(5)
        try account.generateFallbackKey()
        #expect(account.unpublishedOneTimeKeys.count == 5)
        #expect(account.unpublishedFallbackKey.count == 1)
        #expect(account.maximumOneTimeKeys >= 50)
        account.markKeysAsPublished()
        #expect(account.unpublishedOneTimeKeys.isEmpty && account.unpublishedFallbackKey.isEmpty)
    }

    @Test func signaturesVerifyAndTamperingIsCaught() throws {
        let account = try OlmAccount.create()
        let message = #"{"device_id":"ABC","user_id":"@bot:example.org"}"#
        let signature = account.sign(message)
        #expect(Ed25519.verify(signature: signature, of: message, by: account.identityKeys.ed25519))
        #expect(!Ed25519.verify(signature: signature, of: message.replacingOccurrences(of: "ABC", with: "ABD"), by: account.identityKeys.ed25519))
        // The signing example of the Matrix specification's appendix (seed YJDBA9Xn…).
        #expect(Ed25519.verify(signature: "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ",
                               of: "{}", by: "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"))
        #expect(!Ed25519.verify(signature: "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ",
                                of: "{ }", by: "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"))
    }
}
