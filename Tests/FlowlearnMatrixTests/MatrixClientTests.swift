import Foundation
import MatrixTestSupport
#if canImport(Glibc)
import Glibc
#endif
import Testing
import FlowlearnHTTP
@testable import FlowlearnMatrix

/// The typed client against a real Synapse.
@Suite struct MatrixClientTests {
    @Test func whoamiProfileAndAccountData() async throws {
        let server = try await SynapseServer.shared()
        let account = try await server.newUser("client")
        let client = server.client(account)
        #expect(try await client.whoami().userID == account.userID)
        try await client.setDisplayName("Flowlearn Test", of: account.userID)
        #expect(try await client.displayName(of: account.userID) == "Flowlearn Test")
        #expect(try await client.accountData("m.direct", of: account.userID) == nil)
        try await client.setAccountData("m.direct", of: account.userID, to: ["@a:localhost": ["!x"]])
        #expect(try await client.accountData("m.direct", of: account.userID) == ["@a:localhost": ["!x"]])
    }

    @Test func roomIDsOfBothShapesAndEventIDsArePercentEncoded() async throws {
        let server = try await SynapseServer.shared()
        let alice = MatrixTestUser(account: try await server.newUser("alice"), server: server)
        let old = try await alice.openRoom(inviting: [], name: "v10", roomVersion: "10")
        let new = try await alice.openRoom(inviting: [], name: "v12")
        #expect(old.hasPrefix("!") && old.contains(":"), "room version 10 ids are !opaque:server")
        #expect(new.hasPrefix("!") && !new.contains(":"), "room version 12 ids are !opaque")
        for room in [old, new] {
            let id = try await alice.say("hello in \(room)", in: room)
            #expect(id.hasPrefix("$"))
            let event = try await alice.client.event(roomID: room, eventID: id)
            #expect(event.content["body"]?.stringValue == "hello in \(room)")
        }
        #expect(try await alice.client.joinedRooms().contains(new))
    }

    @Test func theSameTransactionIDTwiceSendsOneEvent() async throws {
        let server = try await SynapseServer.shared()
        let alice = MatrixTestUser(account: try await server.newUser("alice"), server: server)
        let room = try await alice.openRoom(inviting: [])
        let content: JSONValue = ["msgtype": "m.text", "body": "only once"]
        let first = try await alice.client.send(roomID: room, transactionID: "outbox-42/retry", content: content)
        let second = try await alice.client.send(roomID: room, transactionID: "outbox-42/retry", content: content)
        #expect(first == second)
        try await alice.prime()
        let messages = await alice.events(in: room, from: alice.userID).filter { $0.content["body"]?.stringValue == "only once" }
        #expect(messages.count == 1)
    }

    @Test func errorsNameTheEndpointAndErrcodeButNeverTheToken() async throws {
        let server = try await SynapseServer.shared()
        let alice = try await server.newUser("alice")
        let bob = MatrixTestUser(account: try await server.newUser("bob"), server: server)
        let room = try await bob.openRoom(inviting: [])
        let client = server.client(alice)
        do {
            _ = try await client.send(roomID: room, transactionID: "t1", content: ["msgtype": "m.text", "body": "not a member"])
            Issue.record("sending into a room alice is not in succeeded")
        } catch let error as MatrixError {
            #expect(error.status == 403)
            #expect(error.errcode == "M_FORBIDDEN")
            #expect(error.endpoint == "PUT /_matrix/client/v3/rooms/\(MatrixPath.encode(room))/send/m.room.message/t1")
            #expect(!error.description.contains(alice.accessToken))
        }
        // A revoked token: 401 M_UNKNOWN_TOKEN, recognised as such.
        try await client.logout()
        do {
            _ = try await client.whoami()
            Issue.record("whoami with a revoked token succeeded")
        } catch let error as MatrixError {
            #expect(error.isUnknownToken)
            #expect(error.errcode == "M_UNKNOWN_TOKEN")
            #expect(!"\(error)".contains(alice.accessToken))
        }
    }

    @Test func anUnreachableHomeserverIsATransientTransportError() async throws {
        // A port nobody listens on: bind one, then close it.
        let client = MatrixClient(homeserver: "http://127.0.0.1:\(try closedPort())/", accessToken: "secret-token-123456",
                                  http: SynapseServer.http)
        #expect(client.homeserver.hasSuffix("/") == false)
        do {
            _ = try await client.whoami()
            Issue.record("reached a closed port")
        } catch let error as MatrixError {
            guard case .transport = error else { Issue.record("not a transport error: \(error)"); return }
            #expect(error.isTransient)
            #expect(error.description.hasPrefix("GET /_matrix/client/v3/account/whoami: could not connect"))
            #expect(!error.description.contains("secret-token"))
        }
    }
}

/// A local TCP port that was free a moment ago and has nothing listening on it.
func closedPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    guard bound else { throw SynapseServer.Failure(description: "could not bind a port") }
    return Int(UInt16(bigEndian: address.sin_port))
}
