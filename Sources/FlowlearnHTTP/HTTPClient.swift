/// Sends one HTTP request and returns the response: the seam between the chat platforms and the
/// network. ``CurlHTTPClient`` is the real one; tests substitute fakes.
///
/// A response with any status code (404, 500, ...) is returned, not thrown; implementations throw
/// ``HTTPError`` when no response arrived at all, and `CancellationError` when the calling task
/// was cancelled before it did.
public protocol HTTPClient: Sendable {
    /// Sends `request` and waits for the whole response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// The executor on which responses arrive and requests start without a thread hop, if the
    /// client has one (``CurlHTTPClient``'s transfer thread).
    var preferredExecutor: (any TaskExecutor)? { get }
}

extension HTTPClient {
    public var preferredExecutor: (any TaskExecutor)? { nil }
}
