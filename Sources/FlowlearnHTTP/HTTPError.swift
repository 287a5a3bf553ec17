/// Why an HTTP exchange produced no response (a response with an error status is not an error).
///
/// Every case carries a ``Context``: the method, the redacted URL, and curl's code and messages
/// when curl reported the failure. Descriptions name the method and the URL but never a header
/// value, and the URL's secret query parameters (`access_token`, ...) are redacted.
public enum HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not an absolute `http` or `https` URL that curl accepts.
    case invalidURL(Context)
    /// The request cannot be sent as given: an invalid method or header name, or a header value
    /// with CR, LF or NUL in it. `reason` names the header, never its value.
    case invalidRequest(Context, reason: String)
    /// No connection within the connect timeout (name resolution and the TCP and TLS handshakes).
    case connectTimeout(Context, limit: Duration)
    /// The whole exchange took longer than its total timeout.
    case timeout(Context, limit: Duration)
    /// The host name (or the proxy's) did not resolve.
    case couldNotResolveHost(Context)
    /// The server (or proxy) refused or did not accept the connection.
    case couldNotConnect(Context)
    /// The TLS handshake failed, including certificate verification.
    case tls(Context)
    /// The response body grew past the client's limit; the transfer was aborted.
    case responseTooLarge(Context, limit: Int)
    /// Any other curl failure; the context has curl's code and messages.
    case curl(Context)

    /// What the failed request was, and what curl said about it.
    public struct Context: Sendable, Equatable {
        /// The request method.
        public var method: String
        /// The request URL, redacted by ``HTTPRedaction/redact(url:)``.
        public var url: String
        /// The `CURLcode`, when curl reported the failure.
        public var curlCode: Int32?
        /// `curl_easy_strerror` for ``curlCode``.
        public var curlMessage: String?
        /// curl's error buffer, the specific message, with secrets scrubbed.
        public var detail: String?

        public init(method: String, url: String, curlCode: Int32? = nil, curlMessage: String? = nil, detail: String? = nil) {
            self.method = method
            self.url = url
            self.curlCode = curlCode
            self.curlMessage = curlMessage
            self.detail = detail
        }
    }

    /// The failed request and curl's report.
    public var context: Context {
        switch self {
        case .invalidURL(let context), .invalidRequest(let context, _), .connectTimeout(let context, _),
             .timeout(let context, _), .couldNotResolveHost(let context), .couldNotConnect(let context),
             .tls(let context), .responseTooLarge(let context, _), .curl(let context):
            return context
        }
    }

    /// Whether retrying the same request later may succeed: timeouts, resolution and connection
    /// failures. TLS failures, invalid requests and oversized responses will not fix themselves.
    public var isTransient: Bool {
        switch self {
        case .connectTimeout, .timeout, .couldNotResolveHost, .couldNotConnect: return true
        case .invalidURL, .invalidRequest, .tls, .responseTooLarge: return false
        case .curl(let context):
            // 52 empty reply, 55 send error, 56 receive error, 92 HTTP/2 stream error.
            return [52, 55, 56, 92].contains(context.curlCode ?? 0)
        }
    }

    public var description: String {
        let what: String
        switch self {
        case .invalidURL: what = "invalid URL"
        case .invalidRequest(_, let reason): what = "invalid request: \(reason)"
        case .connectTimeout(_, let limit): what = "could not connect within the connect timeout of \(Self.seconds(limit))"
        case .timeout(_, let limit): what = "timed out after the total timeout of \(Self.seconds(limit))"
        case .couldNotResolveHost: what = "could not resolve the host"
        case .couldNotConnect: what = "could not connect"
        case .tls: what = "TLS failure"
        case .responseTooLarge(_, let limit): what = "response larger than the limit of \(limit) bytes"
        case .curl: what = "transfer failed"
        }
        let context = self.context
        var text = "HTTP \(context.method) \(context.url): \(what)"
        if let code = context.curlCode {
            text += " (curl \(code)"
            if let message = context.curlMessage, !message.isEmpty { text += " \(message)" }
            if let detail = context.detail, !detail.isEmpty, detail != context.curlMessage { text += ": \(detail)" }
            text += ")"
        }
        return text
    }

    private static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.milliseconds
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(Double(milliseconds) / 1000) s"
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a positive duration never becomes 0 (which curl reads as
    /// "no timeout"), clamped to what fits an `Int`.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        guard seconds < Int64(Int.max / 1000) - 1 else { return Int.max }
        let fraction = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(seconds) * 1000 + Int(fraction)
    }
}
