import CCurl

/// `curl_global_init`, exactly once per process.
///
/// A global `let` is initialised lazily, on first use, under `swift_once`: thread-safe and never
/// twice, whichever threads get there first. It is never paired with `curl_global_cleanup`: the
/// library stays initialised until the process exits, as libcurl recommends for programs that
/// use it throughout.
enum CurlGlobal {
    private static let initResult: UInt32 = curl_global_init(Int(CURL_GLOBAL_ALL)).rawValue

    /// Initialises libcurl if nothing has yet; `nil` on success, else the failing `CURLcode`.
    static func initialize() -> CURLcode? {
        initResult == CURLE_OK.rawValue ? nil : CURLcode(rawValue: initResult)
    }

    /// libcurl's version and its libraries, e.g. `libcurl/7.88.1 OpenSSL/3.0.11 zlib/1.2.13 ...`.
    static var version: String {
        curl_version().map { String(cString: $0) } ?? "unknown"
    }
}
