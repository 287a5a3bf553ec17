/// How important a ``MatrixPlatformObserver`` log line is.
public enum MatrixLogLevel: String, Sendable, Equatable {
    case debug, info, notice, warning, error
}

/// Hears what the Matrix platform does and what goes wrong, for logs and `flowlearn status`.
/// Messages never contain the access token.
public protocol MatrixPlatformObserver: Sendable {
    /// A line for the log.
    func log(_ level: MatrixLogLevel, _ message: String)
    /// A request to the homeserver failed with a temporary error; the platform tries again
    /// after `retryIn` by itself (the daemon keeps running).
    func connectionFailed(_ error: MatrixError, retryIn: Duration)
    /// The homeserver answered again after `failures` failed attempts.
    func connectionRecovered(after failures: Int)
}

/// An observer that ignores everything (tests, tools).
public struct SilentMatrixObserver: MatrixPlatformObserver {
    public init() {}
    public func log(_ level: MatrixLogLevel, _ message: String) {}
    public func connectionFailed(_ error: MatrixError, retryIn: Duration) {}
    public func connectionRecovered(after failures: Int) {}
}
