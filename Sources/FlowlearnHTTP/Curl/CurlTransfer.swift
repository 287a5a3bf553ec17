import CCurl
import Foundation

/// Set by the task's cancellation handler on any thread, read by the ``TransferLoop``.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    func cancel() { lock.withLock { cancelled = true } }
    var isCancelled: Bool { lock.withLock { cancelled } }
}

/// A request checked and turned into what curl needs, before any thread is started.
struct PreparedRequest: Sendable {
    let method: String
    let url: String
    /// `Name: value` lines for `CURLOPT_HTTPHEADER`, including the suppressions below.
    let headerLines: [String]
    /// nil: no request body at all (GET, HEAD, DELETE without one).
    let body: [UInt8]?
    let connectTimeout: Duration
    let totalTimeout: Duration
    let maxResponseBytes: Int
    let userAgent: String
    let caFile: String?
    /// Header values, to scrub from curl's messages should one ever quote them.
    let secrets: [String]

    var context: HTTPError.Context { HTTPError.Context(method: method, url: HTTPRedaction.redact(url: url)) }

    init(_ request: HTTPRequest, configuration: CurlHTTPClient.Configuration, userAgent: String) throws(HTTPError) {
        method = request.method.rawValue
        url = request.url
        secrets = request.headers.map(\.value)
        // Built only for an error: redacting the URL costs more than the rest of this check.
        var context: HTTPError.Context { HTTPError.Context(method: request.method.rawValue, url: HTTPRedaction.redact(url: request.url)) }

        guard request.method.isValidToken else {
            throw .invalidRequest(context, reason: "the method is not a valid HTTP token")
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { throw .invalidURL(context) }
        guard !url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { throw .invalidURL(context) }

        var lines: [String] = []
        for (index, field) in request.headers.enumerated() {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(HTTPHeaders.isTokenByte) else {
                throw .invalidRequest(context, reason: "header #\(index + 1) has an invalid name")
            }
            guard !field.value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
                throw .invalidRequest(context, reason: "the value of header \(field.name) contains CR, LF or NUL")
            }
            // "Name:" would make curl drop the header; "Name;" is curl's way to send an empty one.
            lines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }

        let hasBody = !request.body.isEmpty || [HTTPMethod.post, .put, .patch].contains(request.method)
        body = hasBody && request.method != .head ? request.body : nil
        if body != nil, !request.headers.contains("Content-Type") {
            // Else curl would claim application/x-www-form-urlencoded.
            lines.append("Content-Type:")
        }
        if !request.headers.contains("Expect") {
            // No "Expect: 100-continue" round trip (and its 1 s wait) before larger bodies.
            lines.append("Expect:")
        }
        headerLines = lines

        connectTimeout = configuration.connectTimeout
        totalTimeout = request.timeout ?? configuration.timeout
        guard totalTimeout > .zero else {
            throw .invalidRequest(context, reason: "the total timeout must be positive")
        }
        maxResponseBytes = configuration.maxResponseBytes
        self.userAgent = userAgent
        caFile = configuration.caFile
    }
}

/// Collects one response on the transfer thread, from inside curl's callbacks.
final class ResponseCollector {
    let limit: Int
    var body: [UInt8] = []
    var headers: [HTTPHeaders.Field] = []
    private var headerBytes = 0
    private(set) var exceededLimit = false

    init(limit: Int) {
        self.limit = limit
    }

    /// `CURLOPT_WRITEFUNCTION`: appends, or refuses (aborting the transfer) past the limit.
    func receiveBody(_ data: UnsafeRawBufferPointer) -> Int {
        guard body.count + data.count <= limit else {
            exceededLimit = true
            return 0  // anything but data.count: curl aborts with CURLE_WRITE_ERROR
        }
        body.append(contentsOf: data)
        return data.count
    }

    /// `CURLOPT_HEADERFUNCTION`: one whole header line per call, status lines included.
    func receiveHeaderLine(_ data: UnsafeRawBufferPointer) -> Int {
        headerBytes += data.count
        guard headerBytes <= limit else {
            exceededLimit = true
            return 0
        }
        var line = Array(data)[...]
        while let last = line.last, last == 0x0A || last == 0x0D { line.removeLast() }
        if line.starts(with: Array("HTTP/".utf8)) {
            // A new response begins (after a 100 Continue, a proxy's CONNECT reply, ...): only the
            // final response's headers count.
            headers.removeAll()
        } else if let first = line.first, first == 0x20 || first == 0x09 {
            // Obsolete line folding: continues the previous value.
            if !headers.isEmpty {
                headers[headers.count - 1].value += " " + Self.trimmed(line)
            }
        } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            let name = Self.trimmed(line[..<colon])
            let value = Self.trimmed(line[(colon + 1)...])
            if !name.isEmpty { headers.append(HTTPHeaders.Field(name: name, value: value)) }
        }
        return data.count
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// One transfer in curl's hands: the easy handle set up for a request, and everything curl reads
/// or writes through pointers until it is done (header list, body, collector). Lives on the
/// ``TransferLoop``'s thread.
final class CurlTransfer {
    let request: PreparedRequest
    let handle: EasyHandle
    let flag: CancellationFlag
    private let collector: ResponseCollector
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// curl reads POSTFIELDS in place during the transfer, so the body lives as long as this.
    private let bodyBuffer: UnsafeMutablePointer<UInt8>
    private let bodyCapacity: Int
    private var completion: (@Sendable (Result<HTTPResponse, any Error>) -> Void)?
    private let started = ContinuousClock.now

    /// Sets `handle` up for `request`; throws ``HTTPError`` when curl refuses an option.
    init(_ request: PreparedRequest, handle: EasyHandle, flag: CancellationFlag,
         completion: @escaping @Sendable (Result<HTTPResponse, any Error>) -> Void) throws {
        self.request = request
        self.handle = handle
        self.flag = flag
        self.completion = completion
        collector = ResponseCollector(limit: request.maxResponseBytes)
        // Always a valid pointer, even for an empty body (a NULL one would make curl read stdin).
        let bytes = request.body ?? []
        bodyCapacity = max(1, bytes.count)
        bodyBuffer = .allocate(capacity: bodyCapacity)
        bodyBuffer.initialize(repeating: 0, count: bodyCapacity)
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { bodyBuffer.update(from: base, count: source.count) }
        }
        try configure()
    }

    deinit {
        curl_slist_free_all(headerList)
        bodyBuffer.deinitialize(count: bodyCapacity)
        bodyBuffer.deallocate()
    }

    /// Hands `result` to the waiting caller (once; later calls do nothing).
    func complete(_ result: Result<HTTPResponse, any Error>) {
        let completion = self.completion
        self.completion = nil
        completion?(result)
    }

    /// The response, or the error a finished transfer's `code` stands for.
    func result(of code: CURLcode) -> Result<HTTPResponse, any Error> {
        guard code == CURLE_OK else {
            return .failure(Self.error(for: code, request: request, handle: handle, collector: collector, flag: flag,
                                       elapsed: ContinuousClock.now - started))
        }
        var status = 0
        _ = flowlearn_curl_getinfo_long(handle.raw, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: HTTPHeaders(collector.headers), body: collector.body))
    }

    private func configure() throws {
        let curl = handle.raw
        let request = self.request
        func set(_ code: CURLcode, _ what: String) throws(HTTPError) {
            guard code == CURLE_OK else { throw .curl(Self.failure(request, code: code, detail: "setting CURLOPT_\(what) failed")) }
        }

        for line in request.headerLines {
            guard let appended = curl_slist_append(headerList, line) else {
                throw HTTPError.curl(request.context.with(detail: "curl_slist_append failed"))
            }
            headerList = appended
        }
        let userdata = Unmanaged.passUnretained(collector).toOpaque()

        try set(flowlearn_curl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, handle.errorBuffer), "ERRORBUFFER")
        try set(flowlearn_curl_setopt_string(curl, CURLOPT_URL, request.url), "URL")
        try set(flowlearn_curl_setopt_string(curl, CURLOPT_PROTOCOLS_STR, "http,https"), "PROTOCOLS_STR")
        try set(flowlearn_curl_setopt_string(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "REDIR_PROTOCOLS_STR")
        // Signals (SIGALRM for DNS timeouts) and threads do not mix.
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1), "NOSIGNAL")
        // Redirects are not followed: a 3xx is returned as is (and credentials never travel to
        // another host).
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_FOLLOWLOCATION, 0), "FOLLOWLOCATION")
        // TLS verification: on, stated explicitly although it is curl's default.
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_SSL_VERIFYPEER, 1), "SSL_VERIFYPEER")
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_SSL_VERIFYHOST, 2), "SSL_VERIFYHOST")
        if let caFile = request.caFile {
            try set(flowlearn_curl_setopt_string(curl, CURLOPT_CAINFO, caFile), "CAINFO")
        }
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT_MS, request.connectTimeout.milliseconds), "CONNECTTIMEOUT_MS")
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_TIMEOUT_MS, request.totalTimeout.milliseconds), "TIMEOUT_MS")
        // Keep-alive probes, so an idle long-poll connection survives NAT and firewalls.
        try set(flowlearn_curl_setopt_long(curl, CURLOPT_TCP_KEEPALIVE, 1), "TCP_KEEPALIVE")
        // "": offer every encoding this libcurl decodes (gzip, deflate, ...) and decode the body.
        try set(flowlearn_curl_setopt_string(curl, CURLOPT_ACCEPT_ENCODING, ""), "ACCEPT_ENCODING")
        try set(flowlearn_curl_setopt_string(curl, CURLOPT_USERAGENT, request.userAgent), "USERAGENT")
        // Refuses up front a response whose Content-Length is over the limit; the write callback
        // enforces the limit on the decoded bytes of every response.
        try set(flowlearn_curl_setopt_offset(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)), "MAXFILESIZE_LARGE")
        try set(flowlearn_curl_setopt_slist(curl, CURLOPT_HTTPHEADER, headerList), "HTTPHEADER")

        switch (request.method, request.body) {
        case ("HEAD", _):
            try set(flowlearn_curl_setopt_long(curl, CURLOPT_NOBODY, 1), "NOBODY")
        case (let method, nil):
            try set(flowlearn_curl_setopt_long(curl, CURLOPT_HTTPGET, 1), "HTTPGET")
            if method != "GET" { try set(flowlearn_curl_setopt_string(curl, CURLOPT_CUSTOMREQUEST, method), "CUSTOMREQUEST") }
        case (let method, .some(let body)):
            try set(flowlearn_curl_setopt_offset(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)), "POSTFIELDSIZE_LARGE")
            try set(flowlearn_curl_setopt_pointer(curl, CURLOPT_POSTFIELDS, bodyBuffer), "POSTFIELDS")
            if method != "POST" { try set(flowlearn_curl_setopt_string(curl, CURLOPT_CUSTOMREQUEST, method), "CUSTOMREQUEST") }
        }

        try set(flowlearn_curl_setopt_write_callback(curl, CURLOPT_WRITEFUNCTION) { data, size, count, userdata in
            guard let userdata else { return 0 }
            let collector = Unmanaged<ResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
            return collector.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        }, "WRITEFUNCTION")
        try set(flowlearn_curl_setopt_pointer(curl, CURLOPT_WRITEDATA, userdata), "WRITEDATA")
        // Same signature as a write callback.
        try set(flowlearn_curl_setopt_write_callback(curl, CURLOPT_HEADERFUNCTION) { data, size, count, userdata in
            guard let userdata else { return 0 }
            let collector = Unmanaged<ResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
            return collector.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
        }, "HEADERFUNCTION")
        try set(flowlearn_curl_setopt_pointer(curl, CURLOPT_HEADERDATA, userdata), "HEADERDATA")
    }

    /// The error a failed transfer's `code` stands for.
    private static func error(
        for code: CURLcode, request: PreparedRequest, handle: EasyHandle, collector: ResponseCollector,
        flag: CancellationFlag, elapsed: Duration
    ) -> any Error {
        // Cancellation wins over whatever else went wrong at the same time.
        if flag.isCancelled { return CancellationError() }
        let context = failure(request, code: code, detail: handle.errorMessage)
        if collector.exceededLimit || code == CURLE_FILESIZE_EXCEEDED {
            return HTTPError.responseTooLarge(context, limit: request.maxResponseBytes)
        }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            // curl reports both timeouts as 28. The total timeout cannot have fired before it had
            // elapsed (this thread's clock started before curl's), so anything earlier was the
            // connect timeout.
            if request.connectTimeout < request.totalTimeout, elapsed < request.totalTimeout {
                return HTTPError.connectTimeout(context, limit: request.connectTimeout)
            }
            return HTTPError.timeout(context, limit: request.totalTimeout)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return HTTPError.couldNotResolveHost(context)
        case CURLE_COULDNT_CONNECT:
            return HTTPError.couldNotConnect(context)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return HTTPError.invalidURL(context)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED,
             CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
             CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            return HTTPError.tls(context)
        default:
            return HTTPError.curl(context)
        }
    }

    /// The request's context with curl's code, its message and `detail`, secrets scrubbed.
    private static func failure(_ request: PreparedRequest, code: CURLcode, detail: String) -> HTTPError.Context {
        var context = request.context.with(detail: HTTPRedaction.scrub(detail, url: request.url, secrets: request.secrets))
        context.curlCode = Int32(bitPattern: code.rawValue)
        context.curlMessage = curl_easy_strerror(code).map { String(cString: $0) }
        return context
    }

}

extension HTTPError.Context {
    /// This context with `detail` set.
    func with(detail: String) -> HTTPError.Context {
        var context = self
        context.detail = detail
        return context
    }
}
