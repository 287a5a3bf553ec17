import Foundation
import Testing
@testable import FlowlearnMatrixCrypto
import FlowlearnOlm

/// The key store on its own: private files, what survives a reopen, and the rotation rule.
struct CryptoStoreTests {
    func temporaryPath() -> String {
        NSTemporaryDirectory() + "flowlearn-crypto-\(UUID().uuidString).sqlite"
    }

    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func theStoreAndItsJournalAreReadableByTheOwnerOnly() throws {
        let path = temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try CryptoStore(path: path)
        try store.saveRoomEncryption("!room", RoomEncryption())
        for suffix in ["", "-wal", "-shm"] { #expect(try mode(path + suffix) == 0o600, "\(suffix)") }
        store.close()

        // A copy made readable by others (a careless backup restored) is made private on opening.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let reopened = try CryptoStore(path: path)
        #expect(try mode(path) == 0o600)
        #expect(try reopened.roomEncryption("!room") == .some(RoomEncryption()))
        #expect(try reopened.roomEncryption("!other") == nil)
        reopened.close()
    }

    @Test func keysAndHeldMessagesSurviveAReopen() throws {
        let path = temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let key = PickleKey(Array("a pickle key of thirty-two bytes!".utf8))!
        let session = try OlmOutboundGroupSession.create()
        let inbound = try OlmInboundGroupSession.create(sessionKey: session.sessionKey)
        let ciphertext = try session.encrypt(#"{"type":"m.room.message"}"#)
        do {
            let store = try CryptoStore(path: path)
            try store.saveRoomKey(room: "!r", session: inbound.id, .init(sender: "@ann:x", senderKey: "curve", firstIndex: 0,
                                                                        pickle: try inbound.pickle(with: key)), at: Date())
            try store.hold(.init(eventID: "$e", room: "!r", event: "{}", heldAt: Date(timeIntervalSince1970: 100)))
            try store.markReleased(["$e"])
            store.close()
        }
        let store = try CryptoStore(path: path)
        defer { store.close() }
        let row = try #require(try store.roomKey(room: "!r", session: inbound.id))
        #expect(try OlmInboundGroupSession.unpickle(row.pickle, with: key).decrypt(ciphertext).plaintext == #"{"type":"m.room.message"}"#)
        // Released before a crash but perhaps not handled: held again.
        #expect(try store.heldEvents().map(\.eventID) == ["$e"])
    }

    @Test func aRoomSessionIsReplacedAfterItsPeriodOrItsMessages() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let defaults = RoomEncryption()
        #expect(!defaults.needsRotation(createdAt: start, messages: 99, now: start.addingTimeInterval(6 * 86_400)))
        #expect(defaults.needsRotation(createdAt: start, messages: 100, now: start))
        #expect(defaults.needsRotation(createdAt: start, messages: 1, now: start.addingTimeInterval(7 * 86_400)))
        let strict = RoomEncryption(rotationPeriodMilliseconds: 3_600_000, rotationPeriodMessages: 5)
        #expect(strict.needsRotation(createdAt: start, messages: 5, now: start))
        #expect(strict.needsRotation(createdAt: start, messages: 0, now: start.addingTimeInterval(3_600)))
        #expect(!strict.needsRotation(createdAt: start, messages: 4, now: start.addingTimeInterval(3_599)))
    }
}
