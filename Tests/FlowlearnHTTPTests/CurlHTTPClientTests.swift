import Foundation
import Testing

@testable import FlowlearnHTTP

/// CurlHTTPClient against a real local HTTP server (`Fixtures/http_test_server.py`).
@Suite struct CurlHTTPClientTests {
    let client = CurlHTTPClient(version: "1.2.3-test")

    @Test func getRoundTripsHeadersAndSendsUserAgent() async throws {
        try await withServer { server in
            let request = HTTPRequest(
                url: server.url("/echo/_matrix/client/v3/sync?since=s1_2&timeout=0"),
                headers: ["X-Custom": "value one", "Authorization": "Bearer abc", "X-Empty": ""]
            )
            let response = try await client.send(request)
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "application/json")
            let echo = try Echo(response)
            #expect(echo.method == "GET")
            #expect(echo.path == "/echo/_matrix/client/v3/sync?since=s1_2&timeout=0")
            #expect(echo.header("X-Custom") == "value one")
            #expect(echo.header("Authorization") == "Bearer abc")
            #expect(echo.header("X-Empty") == "")
            #expect(echo.header("User-Agent") == "flowlearn/1.2.3-test")
            #expect(echo.header("Accept-Encoding")?.contains("gzip") == true)
            #expect(echo.header("Content-Length") == nil)
            #expect(echo.body == "")
        }
    }

    @Test func putSendsJSONBodyAndHeaders() async throws {
        try await withServer { server in
            // Over 1 KiB: curl would otherwise send "Expect: 100-continue" and wait for it.
            let json = #"{"msgtype":"m.text","body":"\#(String(repeating: "héllo ", count: 300))"}"#
            let request = HTTPRequest(
                method: .put,
                url: server.url("/echo/rooms/!room:example.org/send/m.room.message/txn-1"),
                headers: ["Content-Type": "application/json", "Authorization": "Bearer abc"],
                body: json
            )
            let response = try await client.send(request)
            #expect(response.status == 200)
            let echo = try Echo(response)
            #expect(echo.method == "PUT")
            #expect(echo.path == "/echo/rooms/!room:example.org/send/m.room.message/txn-1")
            #expect(echo.body == json)
            #expect(echo.header("Content-Type") == "application/json")
            #expect(echo.header("Content-Length") == String(json.utf8.count))
            #expect(echo.header("Expect") == nil)
        }
    }

    @Test func bodyWithoutContentTypeIsNotLabelledAsAForm() async throws {
        try await withServer { server in
            let echo = try Echo(try await client.send(HTTPRequest(method: .post, url: server.url("/echo"), body: "raw")))
            #expect(echo.method == "POST")
            #expect(echo.body == "raw")
            #expect(echo.header("Content-Type") == nil)
        }
    }

    @Test func emptyPutSendsContentLengthZero() async throws {
        try await withServer { server in
            let echo = try Echo(try await client.send(HTTPRequest(method: .put, url: server.url("/echo"))))
            #expect(echo.method == "PUT")
            #expect(echo.header("Content-Length") == "0")
        }
    }

    @Test func deleteWithoutBody() async throws {
        try await withServer { server in
            let echo = try Echo(try await client.send(HTTPRequest(method: .delete, url: server.url("/echo/thing"))))
            #expect(echo.method == "DELETE")
            #expect(echo.header("Content-Length") == nil)
        }
    }

    @Test func statusCodesAndResponseHeaders() async throws {
        try await withServer { server in
            for status in [201, 404, 418, 500] {
                let response = try await client.send(HTTPRequest(url: server.url("/status/\(status)")))
                #expect(response.status == status)
                #expect(response.isSuccess == (status < 300))
                #expect(response.bodyText == "status \(status)")
                #expect(response.headers["X-TEST-HEADER"] == "hello")
                #expect(response.headers["x-test-header"] == "hello")
                #expect(response.headers.values(for: "x-multi") == ["a", "b"])
                #expect(response.headers["Content-Length"] == String("status \(status)".utf8.count))
            }
        }
    }

    @Test func headReturnsNoBody() async throws {
        try await withServer { server in
            let response = try await client.send(HTTPRequest(method: .head, url: server.url("/status/200")))
            #expect(response.status == 200)
            #expect(response.body.isEmpty)
            #expect(response.headers["X-Test-Header"] == "hello")
        }
    }

    @Test func redirectsAreNotFollowed() async throws {
        try await withServer { server in
            let response = try await client.send(HTTPRequest(url: server.url("/redirect")))
            #expect(response.status == 302)
            #expect(response.headers["location"] == "/echo")
        }
    }

    @Test func gzipResponseIsDecoded() async throws {
        try await withServer { server in
            let response = try await client.send(HTTPRequest(url: server.url("/gzip?bytes=5000")))
            #expect(response.status == 200)
            #expect(response.headers["Content-Encoding"] == "gzip")
            #expect(response.body.count == 5000)
            #expect(response.bodyText.hasPrefix("flowlearn flowlearn"))
        }
    }

    @Test func slowResponseHitsTheTotalTimeout() async throws {
        let client = CurlHTTPClient(version: "1", configuration: .init(timeout: .milliseconds(500)))
        try await withServer { server in
            let clock = ContinuousClock()
            let start = clock.now
            let error = await errorThrown { try await client.send(HTTPRequest(url: server.url("/slow?seconds=300"))) }
            let elapsed = clock.now - start
            let httpError = try #require(error as? HTTPError)
            #expect(httpError.kind == "timeout")
            #expect(httpError.context.curlCode == 28)
            #expect(elapsed >= .milliseconds(500))
            // Well before the server would have answered (300 s); generous, so that a loaded 2-core
            // machine stalling the test process for half a minute does not fail it.
            #expect(elapsed < .seconds(90))
        }
    }

    @Test func requestTimeoutOverridesTheDefault() async throws {
        // A long-poll: the client's default would cut it off, the request's own limit does not.
        let client = CurlHTTPClient(version: "1", configuration: .init(timeout: .milliseconds(300)))
        try await withServer { server in
            let response = try await client.send(HTTPRequest(url: server.url("/slow?seconds=0.8"), timeout: .seconds(120)))
            #expect(response.bodyText == "slow")
            let shortened = await errorThrown {
                try await client.send(HTTPRequest(url: server.url("/slow?seconds=10"), timeout: .milliseconds(200)))
            }
            #expect((shortened as? HTTPError)?.kind == "timeout")
        }
    }

    @Test func unresponsiveHostHitsTheConnectTimeout() async throws {
        let socket = try LocalSocket(.unresponsive)
        let client = CurlHTTPClient(version: "1", configuration: .init(connectTimeout: .milliseconds(500), timeout: .seconds(300)))
        let clock = ContinuousClock()
        let start = clock.now
        let error = await errorThrown { try await client.send(HTTPRequest(url: "http://127.0.0.1:\(socket.port)/")) }
        let elapsed = clock.now - start
        let httpError = try #require(error as? HTTPError)
        #expect(httpError.kind == "connectTimeout")
        #expect(elapsed < .seconds(90)) // far below the 300 s total limit, on a loaded machine too
        withExtendedLifetime(socket) {}
    }

    @Test func refusedConnectionIsTyped() async throws {
        let socket = try LocalSocket(.refusing)
        let error = await errorThrown { try await client.send(HTTPRequest(url: "http://127.0.0.1:\(socket.port)/x")) }
        let httpError = try #require(error as? HTTPError)
        #expect(httpError.kind == "couldNotConnect")
        #expect(httpError.context.curlCode == 7)
        #expect(httpError.isTransient)
        #expect(httpError.description.contains("GET http://127.0.0.1:\(socket.port)/x"))
        withExtendedLifetime(socket) {}
    }

    @Test func unknownHostIsTyped() async throws {
        let error = await errorThrown { try await client.send(HTTPRequest(url: "http://flowlearn-test.invalid/")) }
        #expect((error as? HTTPError)?.kind == "couldNotResolveHost")
    }

    @Test(arguments: [
        "/big?bytes=100000",              // Content-Length over the limit: refused up front
        "/big?bytes=100000&chunked=1",    // no Content-Length: the write callback stops it
        "/gzip?bytes=100000",             // small on the wire, over the limit once decoded
    ])
    func responseOverTheLimitIsTyped(path: String) async throws {
        let client = CurlHTTPClient(version: "1", configuration: .init(maxResponseBytes: 10_000))
        try await withServer { server in
            let error = await errorThrown { try await client.send(HTTPRequest(url: server.url(path))) }
            let httpError = try #require(error as? HTTPError)
            #expect(httpError.kind == "responseTooLarge")
            #expect(httpError.description.contains("10000 bytes"))
            // A response of exactly the limit is fine.
            let exact = try await client.send(HTTPRequest(url: server.url("/big?bytes=10000&chunked=1")))
            #expect(exact.body.count == 10_000)
        }
    }

    @Test func cancellingALongPollAbortsPromptly() async throws {
        try await withServer { server in
            let longPoll = Task {
                try await client.send(HTTPRequest(url: server.url("/hang"), timeout: .seconds(600)))
            }
            // Returns once the server has the long-poll request in hand: it is in flight.
            let waited = try await client.send(HTTPRequest(url: server.url("/wait-hanging?count=1"), timeout: .seconds(300)))
            #expect(waited.bodyText == "1")

            let clock = ContinuousClock()
            let start = clock.now
            longPoll.cancel()
            let result = await longPoll.result
            let elapsed = clock.now - start
            #expect(elapsed < .seconds(90), "the server would answer after 300 s; cancellation took \(elapsed)")
            #expect(throws: CancellationError.self) { try result.get() }
        }
    }

    @Test func cancelledTaskDoesNotSend() async throws {
        try await withServer { server in
            let task = Task {
                withUnsafeCurrentTask { $0?.cancel() }
                return try await client.send(HTTPRequest(url: server.url("/hang")))
            }
            await #expect(throws: CancellationError.self) { try await task.value }
        }
    }

    @Test func longPollsDoNotBlockSwiftConcurrency() async throws {
        // More blocked transfers than the cooperative pool has threads: if a transfer blocked one
        // of them, the request after would never get to run.
        let count = ProcessInfo.processInfo.activeProcessorCount + 4
        try await withServer { server in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        await #expect(throws: CancellationError.self) {
                            try await client.send(HTTPRequest(url: server.url("/hang"), timeout: .seconds(600)))
                        }
                    }
                }
                let waited = try await client.send(HTTPRequest(url: server.url("/wait-hanging?count=\(count)"), timeout: .seconds(300)))
                #expect(waited.bodyText == String(count))
                let quick = try await client.send(HTTPRequest(url: server.url("/echo")))
                #expect(quick.status == 200)

                let clock = ContinuousClock()
                let start = clock.now
                group.cancelAll()
                try await group.waitForAll()
                #expect(clock.now - start < .seconds(90), "the server would answer after 300 s")
            }
        }
        #expect(client.idleHandleCount <= client.configuration.maxIdleHandles)
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await withServer { server in
            let first = try Echo(try await client.send(HTTPRequest(url: server.url("/echo/1"))))
            let second = try Echo(try await client.send(HTTPRequest(method: .put, url: server.url("/echo/2"), body: "{}")))
            let third = try Echo(try await client.send(HTTPRequest(url: server.url("/echo/3"))))
            #expect(first.connection == second.connection)
            #expect(second.connection == third.connection)
            #expect(first.client_port == third.client_port)
            #expect(third.connections == 1)

            // A second client has its own connection.
            let other = try Echo(try await CurlHTTPClient(version: "1").send(HTTPRequest(url: server.url("/echo/4"))))
            #expect(other.connection != first.connection)
        }
    }

    @Test func errorsNeverShowTheTokens() async throws {
        let token = "syt_c2VjcmV0_SECRETTOKENVALUE_1a2b3c"
        let socket = try LocalSocket(.refusing)
        let request = HTTPRequest(
            method: .put,
            url: "http://127.0.0.1:\(socket.port)/_matrix/client/v3/rooms/!r/send/m.room.message/1?access_token=\(token)",
            headers: ["Authorization": "Bearer \(token)"],
            body: "{}"
        )
        let refused = await errorThrown { try await client.send(request) }
        let refusedError = try #require(refused as? HTTPError)
        for text in [refusedError.description, String(describing: refused as Any), String(reflecting: refusedError)] {
            #expect(!text.contains(token))
            #expect(!text.contains("SECRETTOKENVALUE"))
        }
        #expect(refusedError.description.contains("PUT http://127.0.0.1:\(socket.port)/_matrix/client/v3/rooms/!r/send/m.room.message/1?access_token=<redacted>"))

        // A timeout too, where curl's own message is longer.
        let timeoutClient = CurlHTTPClient(version: "1", configuration: .init(timeout: .milliseconds(300)))
        try await withServer { server in
            var slow = request
            slow.url = server.url("/slow?seconds=5&access_token=\(token)")
            slow.method = .get
            let timedOut = await errorThrown { try await timeoutClient.send(slow) }
            let timeoutError = try #require(timedOut as? HTTPError)
            #expect(timeoutError.kind == "timeout")
            #expect(!timeoutError.description.contains(token))
            #expect(!String(describing: timeoutError.context).contains(token))
        }

        // The request itself prints without secrets.
        var printed = ""
        dump(request, to: &printed)
        for text in [request.description, "\(request)", String(reflecting: request), printed, request.headers.description] {
            #expect(!text.contains("SECRETTOKENVALUE"))
        }
        withExtendedLifetime(socket) {}
    }

    @Test func invalidRequestsAreRejectedBeforeSending() async throws {
        for url in ["ftp://example.org/", "not a url", "/relative/path", "http://exa mple.org/"] {
            let error = await errorThrown { try await client.send(HTTPRequest(url: url)) }
            #expect((error as? HTTPError)?.kind == "invalidURL", "\(url)")
        }
        let malformed = await errorThrown { try await client.send(HTTPRequest(url: "http://[::1/")) }
        #expect((malformed as? HTTPError)?.kind == "invalidURL")

        let injected = HTTPRequest(url: "http://127.0.0.1:9/", headers: ["Authorization": "Bearer secret-value\r\nX-Evil: 1"])
        let error = await errorThrown { try await client.send(injected) }
        let httpError = try #require(error as? HTTPError)
        #expect(httpError.kind == "invalidRequest")
        #expect(httpError.description.contains("Authorization"))
        #expect(!httpError.description.contains("secret-value"))

        let badName = await errorThrown { try await client.send(HTTPRequest(url: "http://127.0.0.1:9/", headers: ["Bad Name": "v"])) }
        #expect((badName as? HTTPError)?.kind == "invalidRequest")
        let badMethod = await errorThrown { try await client.send(HTTPRequest(method: "GET /x", url: "http://127.0.0.1:9/")) }
        #expect((badMethod as? HTTPError)?.kind == "invalidRequest")
    }

    @Test func workPreferringTheTransferThreadGetsItsResponsesThereWithoutAHop() async throws {
        try await withServer { server in
            let executor = try #require(client.preferredExecutor)
            let threads = try await withTaskExecutorPreference(executor) { () async throws -> [String] in
                var threads = [currentThreadName()]
                for path in ["/echo/1", "/echo/2"] {
                    let response = try await client.send(HTTPRequest(method: .put, url: server.url(path), body: "{}"))
                    #expect(response.status == 200)
                    threads.append(currentThreadName())
                }
                return threads
            }
            #expect(threads == ["flowlearn-net", "flowlearn-net", "flowlearn-net"])
        }
        // Without the preference, the caller's code stays off the transfer thread.
        try await withServer { server in
            _ = try await client.send(HTTPRequest(url: server.url("/echo")))
            #expect(currentThreadName() != "flowlearn-net")
        }
    }
}

/// The name of the thread running the caller, as the kernel knows it (a synchronous function:
/// async code cannot ask).
private func currentThreadName() -> String {
    let name = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
    return name.trimmingCharacters(in: .whitespacesAndNewlines)
}
