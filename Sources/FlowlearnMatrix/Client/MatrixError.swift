import FlowlearnHTTP

/// Why a Matrix client-server API call failed. Every case names the endpoint (`PUT
/// /_matrix/client/v3/rooms/%21abc/send/m.room.message/42`, without the query); none carries the
/// access token, which travels only in the `Authorization` header.
public enum MatrixError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No HTTP response at all: the homeserver is unreachable, timed out, TLS failed.
    case transport(endpoint: String, HTTPError)
    /// The homeserver answered with an error status and (usually) a Matrix `errcode`.
    case server(endpoint: String, status: Int, errcode: String?, message: String?, retryAfter: Duration?)
    /// A success status whose body is not what the endpoint promises.
    case invalidResponse(endpoint: String, status: Int, reason: String)

    /// The endpoint that failed, e.g. `GET /_matrix/client/v3/sync`.
    public var endpoint: String {
        switch self {
        case .transport(let endpoint, _), .server(let endpoint, _, _, _, _), .invalidResponse(let endpoint, _, _):
            return endpoint
        }
    }

    /// The Matrix error code (`M_UNKNOWN_TOKEN`, `M_LIMIT_EXCEEDED`, ...), when the server sent one.
    public var errcode: String? {
        if case .server(_, _, let errcode, _, _) = self { return errcode }
        return nil
    }

    /// The HTTP status, when there was a response.
    public var status: Int? {
        switch self {
        case .transport: return nil
        case .server(_, let status, _, _, _), .invalidResponse(_, let status, _): return status
        }
    }

    /// The access token is no longer (or never was) valid: 401 with `M_UNKNOWN_TOKEN` or
    /// `M_MISSING_TOKEN`. Retrying cannot help; a person must issue a new token.
    public var isUnknownToken: Bool {
        guard case .server(_, 401, let errcode, _, _) = self else { return false }
        return errcode == nil || errcode == "M_UNKNOWN_TOKEN" || errcode == "M_MISSING_TOKEN"
    }

    /// The server asked us to slow down (429 / `M_LIMIT_EXCEEDED`).
    public var isRateLimited: Bool {
        guard case .server(_, let status, let errcode, _, _) = self else { return false }
        return status == 429 || errcode == "M_LIMIT_EXCEEDED"
    }

    /// How long the server asked us to wait (`retry_after_ms` or `Retry-After`), if it said.
    public var retryAfter: Duration? {
        if case .server(_, _, _, _, let retryAfter) = self { return retryAfter }
        return nil
    }

    /// Whether the same request may succeed later: network failures and timeouts, 5xx, 429, and
    /// a gateway's 502/503/504 while the homeserver restarts.
    public var isTransient: Bool {
        switch self {
        case .transport(_, let error): return error.isTransient
        case .server(_, let status, _, _, _): return status >= 500 || isRateLimited || status == 408
        case .invalidResponse(_, let status, _): return status >= 500
        }
    }

    public var description: String {
        switch self {
        case .transport(let endpoint, let error):
            return "\(endpoint): \(Self.describe(error))"
        case .server(let endpoint, let status, let errcode, let message, let retryAfter):
            var text = "\(endpoint): HTTP \(status)"
            if let errcode { text += " \(errcode)" }
            if let message, !message.isEmpty { text += ": \(message)" }
            if let retryAfter { text += " (retry after \(retryAfter))" }
            return text
        case .invalidResponse(let endpoint, let status, let reason):
            return "\(endpoint): unexpected response (HTTP \(status)): \(reason)"
        }
    }

    /// A few words for a status line: "could not connect to the homeserver", "HTTP 502".
    public var shortReason: String {
        switch self {
        case .transport(_, let error): return Self.summary(of: error)
        case .server(_, let status, let errcode, _, _): return "HTTP \(status)" + (errcode.map { " \($0)" } ?? "")
        case .invalidResponse(_, let status, _): return "unexpected response, HTTP \(status)"
        }
    }

    /// What went wrong on the wire, without the URL (the endpoint is already named; the URL's
    /// query can be long, e.g. a sync filter).
    static func describe(_ error: HTTPError) -> String {
        var text = summary(of: error)
        let context = error.context
        if let code = context.curlCode {
            text += " (curl \(code)"
            if let detail = context.detail ?? context.curlMessage, !detail.isEmpty { text += ": \(detail)" }
            text += ")"
        }
        return text
    }

    private static func summary(of error: HTTPError) -> String {
        let text: String
        switch error {
        case .invalidURL: text = "invalid homeserver URL"
        case .invalidRequest(_, let reason): text = "invalid request: \(reason)"
        case .connectTimeout(_, let limit): text = "no connection to the homeserver within \(limit)"
        case .timeout(_, let limit): text = "no answer from the homeserver within \(limit)"
        case .couldNotResolveHost: text = "could not resolve the homeserver's host name"
        case .couldNotConnect: text = "could not connect to the homeserver"
        case .tls: text = "TLS failure talking to the homeserver"
        case .responseTooLarge(_, let limit): text = "response larger than \(limit) bytes"
        case .curl: text = "transfer failed"
        }
        return text
    }
}
