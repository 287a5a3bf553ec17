import Foundation
import Testing
import FlowlearnHTTP
@testable import FlowlearnMatrix

@Suite struct MatrixErrorTests {
    func serverError(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> MatrixError {
        MatrixClient.serverError(endpoint: "GET /_matrix/client/v3/sync", response: HTTPResponse(status: status, headers: headers, body: Array(body.utf8)))
    }

    @Test func unknownTokenIsRecognisedAndNotTransient() {
        let error = serverError(401, #"{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed.","soft_logout":false}"#)
        #expect(error.isUnknownToken)
        #expect(!error.isTransient)
        #expect(error.errcode == "M_UNKNOWN_TOKEN")
        #expect(error.description == "GET /_matrix/client/v3/sync: HTTP 401 M_UNKNOWN_TOKEN: Invalid access token passed.")
        #expect(serverError(401, #"{"errcode":"M_MISSING_TOKEN"}"#).isUnknownToken)
        #expect(!serverError(403, #"{"errcode":"M_FORBIDDEN"}"#).isUnknownToken)
    }

    @Test func rateLimitsCarryTheirWait() {
        let error = serverError(429, #"{"errcode":"M_LIMIT_EXCEEDED","error":"Too Many Requests","retry_after_ms":2500}"#)
        #expect(error.isRateLimited && error.isTransient)
        #expect(error.retryAfter == .milliseconds(2500))
        let header = serverError(429, "{}", headers: ["Retry-After": "3"])
        #expect(header.retryAfter == .seconds(3))
    }

    @Test func serverErrorsAndNetworkFailuresAreTransient() {
        #expect(serverError(502, "<html>Bad Gateway</html>").isTransient)
        #expect(serverError(502, "<html>Bad Gateway</html>").description.contains("Bad Gateway"))
        #expect(!serverError(400, #"{"errcode":"M_BAD_JSON"}"#).isTransient)
        let refused = MatrixError.transport(endpoint: "GET /_matrix/client/v3/sync",
                                           .couldNotConnect(.init(method: "GET", url: "http://127.0.0.1:1/_matrix/client/v3/sync?filter=x", curlCode: 7,
                                                                  curlMessage: "Couldn't connect to server")))
        #expect(refused.isTransient)
        #expect(refused.description == "GET /_matrix/client/v3/sync: could not connect to the homeserver (curl 7: Couldn't connect to server)")
        #expect(MatrixError.invalidResponse(endpoint: "x", status: 200, reason: "no event_id").description.contains("no event_id"))
    }
}
