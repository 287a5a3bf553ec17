/// An HTTP response: the final status code, its header fields (looked up case-insensitively),
/// and the body bytes, already decoded when the server compressed them.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }

    /// The body as UTF-8 text, invalid sequences replaced.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
