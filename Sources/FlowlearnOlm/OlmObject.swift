import COlm

/// The memory of one libolm object (account, session, group session, utility): allocated with the
/// size libolm asks for, initialised by libolm, wiped with libolm's `clear` and freed on deinit.
final class OlmMemory<Object> {
    let pointer: OpaquePointer
    private let raw: UnsafeMutableRawPointer
    private let clear: (OpaquePointer) -> Void

    init(size: Int, initialise: (UnsafeMutableRawPointer) -> OpaquePointer?, clear: @escaping (OpaquePointer) -> Void) {
        raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        pointer = initialise(raw)!
        self.clear = clear
    }

    deinit {
        clear(pointer)
        raw.deallocate()
    }
}

/// Checks one libolm call: `olm_error()` means failure, and the object's last error says why.
@inline(__always)
func checked(_ result: Int, _ operation: @autoclosure () -> String, lastError: () -> UnsafePointer<CChar>?) throws -> Int {
    if result == olm_error() {
        throw OlmError(operation: operation(), reason: lastError().map { String(cString: $0) } ?? "UNKNOWN_ERROR")
    }
    return result
}

/// The text a libolm call writes into a buffer of `capacity` bytes (keys, ids, pickles, ciphertexts);
/// `write` returns how many bytes it wrote.
func written(capacity: Int, _ write: (inout [UInt8]) throws -> Int) rethrows -> String {
    var buffer = [UInt8](repeating: 0, count: capacity)
    let length = try write(&buffer)
    return Array(buffer.prefix(length)).text
}

extension Array where Element == UInt8 {
    /// The bytes as text (libolm's keys, pickles and messages are base64 or JSON, all ASCII/UTF-8).
    var text: String { String(decoding: self, as: UTF8.self) }

    /// Overwrites the bytes (plaintexts and keys that should not linger in freed memory).
    mutating func wipe() {
        for index in indices { self[index] = 0 }
    }
}

extension String {
    /// The UTF-8 bytes, as a fresh mutable buffer (libolm overwrites some of its inputs).
    var bytes: [UInt8] { Array(utf8) }
}
