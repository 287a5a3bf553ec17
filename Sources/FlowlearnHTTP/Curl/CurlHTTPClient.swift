import CCurl
import Foundation

/// The ``HTTPClient`` over libcurl's easy API.
///
/// - TLS: peer and host verification always on, against the system CA bundle (libcurl's built-in
///   default on Debian: `/etc/ssl/certs/ca-certificates.crt`), or ``Configuration/caFile``.
/// - Timeouts: a connect timeout, and a total timeout per request (``Configuration/timeout``, or
///   the request's own ``HTTPRequest/timeout`` for a long-poll).
/// - Connections: kept in the multi handle's connection cache and reused: sequential requests to
///   one server run over one kept-alive TCP/TLS connection; concurrent ones each get their own.
/// - Responses: gzip/deflate offered and decoded (`ACCEPT_ENCODING ""`); bodies over
///   ``Configuration/maxResponseBytes`` abort the transfer with ``HTTPError/responseTooLarge(_:limit:)``.
///   Redirects are not followed.
/// - Proxies: libcurl's own environment handling is left on: `http_proxy` (lower case only),
///   `https_proxy`/`HTTPS_PROXY`, `all_proxy`/`ALL_PROXY` and `no_proxy`/`NO_PROXY`.
/// - `User-Agent: flowlearn/<version>`, unless a request sets its own.
/// - Threads: all transfers run side by side on one thread of the client's own, the
///   ``TransferLoop`` (libcurl's multi interface), never on a Swift concurrency thread, so a 30 s
///   long-poll holds up nothing else. Work that prefers ``preferredExecutor`` runs on that thread
///   too: reading a response and sending the next request then takes no thread hop at all.
/// - Cancellation: cancelling the calling task aborts the transfer at once and `send` throws
///   `CancellationError`. A transfer that completed anyway returns its response.
public final class CurlHTTPClient: HTTPClient {
    /// The client's settings.
    public struct Configuration: Sendable {
        /// The most name resolution plus the TCP and TLS handshakes may take.
        public var connectTimeout: Duration
        /// The most a whole exchange may take, unless the request sets its own.
        public var timeout: Duration
        /// The largest response body (after decoding) accepted; larger ones abort the transfer.
        public var maxResponseBytes: Int
        /// A PEM file of CA certificates to trust instead of the system bundle; `nil` for the system's.
        public var caFile: String?
        /// How many idle easy handles (each with its open connections) are kept for reuse.
        public var maxIdleHandles: Int

        public init(
            connectTimeout: Duration = .seconds(10),
            timeout: Duration = .seconds(30),
            maxResponseBytes: Int = 16 * 1024 * 1024,
            caFile: String? = nil,
            maxIdleHandles: Int = 4
        ) {
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.maxResponseBytes = maxResponseBytes
            self.caFile = caFile
            self.maxIdleHandles = maxIdleHandles
        }
    }

    /// The settings this client was made with.
    public let configuration: Configuration
    /// The `User-Agent` sent: `flowlearn/<version>`.
    public let userAgent: String
    private let pool: EasyHandlePool
    private let loop: TransferLoop

    /// The thread that runs this client's transfers, as an executor: a task that prefers it
    /// (`withTaskExecutorPreference`) handles responses and starts requests without thread hops.
    public var preferredExecutor: (any TaskExecutor)? { loop }

    /// A client sending `User-Agent: flowlearn/<version>`.
    public init(version: String, configuration: Configuration = Configuration()) {
        self.configuration = configuration
        let cleanVersion = String(version.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        userAgent = "flowlearn/\(cleanVersion.isEmpty ? "unknown" : cleanVersion)"
        pool = EasyHandlePool(capacity: configuration.maxIdleHandles)
        loop = TransferLoop(pool: pool)
    }

    deinit { loop.release() }

    /// The libcurl in use and its libraries, e.g. `libcurl/7.88.1 OpenSSL/3.0.11 zlib/1.2.13 ...`.
    public static var curlVersion: String { CurlGlobal.version }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let prepared = try PreparedRequest(request, configuration: configuration, userAgent: userAgent)
        try Task.checkCancellation()
        let flag = CancellationFlag()
        let loop = self.loop
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                loop.start(prepared, flag: flag) { continuation.resume(with: $0) }
            }
        } onCancel: {
            flag.cancel()
            loop.wakeUp()
        }
    }

    /// The number of idle easy handles kept for reuse, for tests.
    var idleHandleCount: Int { pool.idleCount }
}
