import Foundation
import FlowlearnHTTP

/// Sends statements to a learning record store's xAPI endpoint (`POST statements`, xAPI 1.0.3,
/// HTTP Basic) over any ``HTTPClient``, and says what the answer means for the queue.
public struct LRSClient: Sendable {
    /// What became of a batch.
    public enum Outcome: Sendable, Equatable {
        /// Stored (or already there: a statement id the store knows with the same content).
        case stored
        /// The store refuses the statements as they are (400, 422, 413 …): sending them again
        /// will not help. `message` is the store's own explanation.
        case refused(status: Int, message: String)
        /// The store already holds a different statement with one of these ids (409).
        case conflict(message: String)
        /// Worth trying again later: no answer, 5xx, 429, or a problem of ours (401/403 wrong
        /// credentials, 404 wrong endpoint) that an admin fixes without touching the statements.
        case unavailable(reason: String, retryAfter: Duration?)
    }

    let http: any HTTPClient
    /// `<endpoint>statements`.
    public let statementsURL: String
    let authorization: String

    public init(http: any HTTPClient, endpoint: String, username: String, password: String) {
        self.http = http
        statementsURL = (endpoint.hasSuffix("/") ? endpoint : endpoint + "/") + "statements"
        authorization = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    public func send(_ statements: [XAPIStatement]) async -> Outcome {
        let body: [UInt8]
        do { body = try XAPIStatement.json(statements) } catch {
            return .refused(status: 0, message: "cannot encode the statements: \(error)")
        }
        let request = HTTPRequest(method: .post, url: statementsURL, headers: [
            "X-Experience-API-Version": "1.0.3", "Content-Type": "application/json", "Authorization": authorization,
        ], body: body)
        let response: HTTPResponse
        do {
            response = try await http.send(request)
        } catch is CancellationError {
            return .unavailable(reason: "cancelled", retryAfter: nil)
        } catch {
            return .unavailable(reason: "\(error)", retryAfter: nil)
        }
        let message = Self.message(response)
        switch response.status {
        case 200..<300: return .stored
        case 409: return .conflict(message: message)
        case 401, 403: return .unavailable(reason: "the LRS refused the credentials (HTTP \(response.status)): \(message)", retryAfter: nil)
        case 404: return .unavailable(reason: "no xAPI statements resource at \(HTTPRedaction.redact(url: statementsURL)) (HTTP 404); check [xapi] endpoint", retryAfter: nil)
        case 408, 425, 429: return .unavailable(reason: "HTTP \(response.status): \(message)", retryAfter: Self.retryAfter(response))
        case 400..<500: return .refused(status: response.status, message: message)
        default: return .unavailable(reason: "HTTP \(response.status): \(message)", retryAfter: Self.retryAfter(response))
        }
    }

    /// The store's explanation: its JSON `detail`/`message`, else the start of the body.
    static func message(_ response: HTTPResponse) -> String {
        let text = response.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        if let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] {
            for key in ["detail", "message", "error"] {
                if let value = object[key] {
                    let described = (value as? String) ?? (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]))
                        .map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
                    return String(described.prefix(600))
                }
            }
        }
        return text.isEmpty ? "(no explanation)" : String(text.prefix(600))
    }

    static func retryAfter(_ response: HTTPResponse) -> Duration? {
        response.headers.values(for: "Retry-After").first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.map { .seconds(min($0, 3600)) }
    }
}
