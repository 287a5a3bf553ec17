import CStemmer
import FlowlearnCore
import Synchronization

/// A Snowball stemmer (libstemmer) for one language, behind the core's ``Stemmer`` protocol.
///
/// A libstemmer stemmer keeps its working buffer in the stemmer object, so calls are serialised
/// by a lock; a stem takes well under a microsecond, and a question has a handful of words.
public final class SnowballStemmer: Stemmer {
    /// The stemmer could not be created (an algorithm name libstemmer does not know).
    public struct Unavailable: Error, CustomStringConvertible {
        public var algorithm: String
        public var description: String { "libstemmer has no stemmer named `\(algorithm)`" }
    }

    private struct Handle: @unchecked Sendable { let pointer: OpaquePointer }
    private let handle: Mutex<Handle>

    /// `algorithm`: a libstemmer name such as `english` or `dutch`.
    public init(algorithm: String) throws {
        guard let pointer = sb_stemmer_new(algorithm, "UTF_8") else { throw Unavailable(algorithm: algorithm) }
        handle = Mutex(Handle(pointer: pointer))
    }

    deinit {
        handle.withLock { sb_stemmer_delete($0.pointer) }
    }

    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
            return handle.withLock { handle -> String in
                guard let stemmed = sb_stemmer_stem(handle.pointer, base, Int32(bytes.count)) else { return String(decoding: bytes, as: UTF8.self) }
                let length = Int(sb_stemmer_length(handle.pointer))
                return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
            }
        }
    }
}

extension Stemmers {
    /// The Snowball stemmers for English and Dutch.
    public static func snowball() throws -> Stemmers {
        Stemmers(english: try SnowballStemmer(algorithm: "english"), dutch: try SnowballStemmer(algorithm: "dutch"))
    }
}
