import Testing

@testable import FlowlearnHTTP

@Suite struct HTTPHeadersTests {
    @Test func lookupIgnoresCase() {
        let headers: HTTPHeaders = ["Content-Type": "application/json", "X-Multi": "a", "x-multi": "b"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers["X-MULTI"] == "a")
        #expect(headers.values(for: "x-Multi") == ["a", "b"])
        #expect(headers["missing"] == nil)
        #expect(headers.contains("x-multi"))
        #expect(!headers.contains("x-mult"))
    }

    @Test func settingReplacesAndRemoves() {
        var headers: HTTPHeaders = ["A": "1", "B": "2", "a": "3"]
        headers["a"] = "new"
        #expect(headers.fields == [.init(name: "A", value: "new"), .init(name: "B", value: "2")])
        headers["C"] = "4"
        #expect(headers.count == 3)
        headers["b"] = nil
        #expect(headers.fields.map(\.name) == ["A", "C"])
        headers.add(name: "C", value: "5")
        #expect(headers.values(for: "c") == ["4", "5"])
        headers.remove("C")
        #expect(headers.fields.map(\.name) == ["A"])
    }

    @Test func printingShowsNamesOnly() {
        let headers: HTTPHeaders = ["Authorization": "Bearer hunter2hunter2", "Accept": "text/plain"]
        var dumped = ""
        dump(headers, to: &dumped)
        for text in [headers.description, headers.debugDescription, "\(headers)", dumped] {
            #expect(text.contains("Authorization"))
            #expect(!text.contains("hunter2"))
            #expect(!text.contains("text/plain"))
        }
    }
}

@Suite struct HTTPRedactionTests {
    @Test(arguments: [
        ("https://m.org/_matrix/client/v3/sync?access_token=abc&since=s1", "https://m.org/_matrix/client/v3/sync?access_token=<redacted>&since=s1"),
        ("https://m.org/x?since=s1&ACCESS_TOKEN=abc", "https://m.org/x?since=s1&ACCESS_TOKEN=<redacted>"),
        ("https://m.org/x?access%5Ftoken=abc", "https://m.org/x?access%5Ftoken=<redacted>"),
        ("https://m.org/x?access_token", "https://m.org/x?<redacted>"),
        ("https://m.org/x?password=p&user=u#frag", "https://m.org/x?password=<redacted>&user=u"),
        ("https://user:pass@m.org/x", "https://<redacted>@m.org/x"),
        ("https://m.org/x@y", "https://m.org/x@y"),
        ("https://m.org/plain", "https://m.org/plain"),
        ("not a url at all", "not a url at all"),
    ])
    func redactsURLs(url: String, expected: String) {
        #expect(HTTPRedaction.redact(url: url) == expected)
    }

    @Test func scrubsCurlMessages() {
        let url = "http://h/x?access_token=tok123"
        let message = "Failed on http://h/x?access_token=tok123 and access_token=other9 with Bearer abcdefgh12345"
        let scrubbed = HTTPRedaction.scrub(message, url: url, secrets: ["Bearer abcdefgh12345", "short"])
        #expect(!scrubbed.contains("tok123"))
        #expect(!scrubbed.contains("other9"))
        #expect(!scrubbed.contains("abcdefgh12345"))
        #expect(scrubbed.contains("http://h/x?access_token=<redacted>"))
    }
}

@Suite struct HTTPErrorTests {
    @Test func descriptionNamesMethodURLAndCurl() {
        let context = HTTPError.Context(
            method: "GET", url: "https://m.org/sync?access_token=<redacted>",
            curlCode: 28, curlMessage: "Timeout was reached", detail: "Operation timed out after 40000 milliseconds"
        )
        let error = HTTPError.timeout(context, limit: .seconds(40))
        #expect(error.description == "HTTP GET https://m.org/sync?access_token=<redacted>: timed out after the total timeout of 40 s (curl 28 Timeout was reached: Operation timed out after 40000 milliseconds)")
        #expect(HTTPError.connectTimeout(context, limit: .milliseconds(1500)).description.contains("connect timeout of 1.5 s"))
        #expect(HTTPError.invalidURL(HTTPError.Context(method: "GET", url: "x")).description == "HTTP GET x: invalid URL")
    }

    @Test func durationMilliseconds() {
        #expect(Duration.seconds(40).milliseconds == 40_000)
        #expect(Duration.milliseconds(1).milliseconds == 1)
        #expect(Duration.nanoseconds(1).milliseconds == 1)  // never 0, which curl reads as "no limit"
        #expect(Duration.zero.milliseconds == 0)
        #expect(Duration.seconds(Int64.max).milliseconds == Int.max)
    }
}
