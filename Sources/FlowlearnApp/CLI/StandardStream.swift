#if canImport(Glibc)
import Glibc
#endif

/// The process's stdout or stderr, written with `write(2)`. Unlike `FileHandle.write`, a closed
/// reader (`flowlearn ask … | head -1`, a journald restart) is not a crash: the text is dropped
/// and the caller goes on. SIGPIPE is ignored process-wide by ``FlowlearnCLI/main(_:)``.
enum StandardStream: Int32, Sendable {
    case output = 1
    case error = 2

    /// Writes all of `text`, retrying short writes and interrupted calls; gives up silently on
    /// any other error (there is nowhere left to report it).
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(rawValue, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
