/// One HTTP request: method, absolute `http`/`https` URL, header fields, body bytes, and
/// optionally a total timeout of its own (a long-poll outlives the client's default).
///
/// Printing a request shows the method and the redacted URL (see ``HTTPRedaction``) and the
/// header names, never header values or the body.
public struct HTTPRequest: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    public var method: HTTPMethod
    public var url: String
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The most the whole exchange may take, overriding the client's default total timeout;
    /// `nil` for the default. A Matrix `/sync?timeout=30000` wants about 40 seconds.
    public var timeout: Duration?

    public init(
        method: HTTPMethod = .get,
        url: String,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// A request whose body is `text` in UTF-8.
    public init(method: HTTPMethod, url: String, headers: HTTPHeaders = [:], body text: String, timeout: Duration? = nil) {
        self.init(method: method, url: url, headers: headers, body: Array(text.utf8), timeout: timeout)
    }

    /// The method and the redacted URL, e.g. `GET https://example.org/sync?access_token=<redacted>`.
    public var redactedSummary: String { "\(method.rawValue) \(HTTPRedaction.redact(url: url))" }

    public var description: String {
        "\(redactedSummary) headers: \(headers.description), body: \(body.count) bytes"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["summary": description], displayStyle: .struct)
    }
}
