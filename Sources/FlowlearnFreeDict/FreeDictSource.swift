import CZlib
import Foundation
import FlowlearnCore

/// The FreeDict Dutch → English and English → Dutch dictionaries as installed by Debian
/// (`dict-freedict-nld-eng`, `dict-freedict-eng-nld`), behind the core's ``TranslationSource``.
///
/// They are GPL, so Flowlearn never copies them: the files are read where the packages put
/// them, each time a matcher is built, and only the pairs that touch the library are kept by the
/// core. A dictionary is a dictd `.index` (headword, offset, length, tab-separated; offsets in
/// dictd's base64) and a `.dict.dz` (dictzip, which is gzip).
public struct FreeDictSource: TranslationSource {
    /// Where Debian installs them.
    public static let defaultDirectory = "/usr/share/dictd"
    /// The Debian packages that hold them (for messages).
    public static let packages = ["dict-freedict-nld-eng", "dict-freedict-eng-nld"]

    /// A dictionary file is missing or cannot be read as one.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public let directory: String

    /// Checks that both dictionaries are there; throws ``Problem`` naming the first missing file.
    public init(directory: String = Self.defaultDirectory) throws {
        self.directory = directory
        for path in Self.files(in: directory) where !FileManager.default.isReadableFile(atPath: path) {
            throw Problem(path: path, message: "no such dictionary (install \(Self.packages.joined(separator: " and ")))")
        }
    }

    static func files(in directory: String) -> [String] {
        ["nld-eng", "eng-nld"].flatMap { ["\(directory)/freedict-\($0).index", "\(directory)/freedict-\($0).dict.dz"] }
    }

    public func forEachPair(_ body: (_ dutch: String, _ english: String) -> Void) throws {
        for (name, dutchFirst) in [("nld-eng", true), ("eng-nld", false)] {
            let base = "\(directory)/freedict-\(name)"
            let index = try Self.read(base + ".index")
            let text = try Self.inflate(try Self.read(base + ".dict.dz"), path: base + ".dict.dz")
            try Self.forEachEntry(index: index, text: text, path: base + ".index") { headword, translations in
                for translation in translations {
                    if dutchFirst { body(headword, translation) } else { body(translation, headword) }
                }
            }
        }
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(path: path, message: "cannot read the file")
        }
        return [UInt8](data)
    }

    /// The whole decompressed text of a gzip (dictzip) file.
    static func inflate(_ compressed: [UInt8], path: String) throws -> [UInt8] {
        var stream = z_stream()
        guard flowlearn_inflate_init_gzip(&stream) == Z_OK else { throw Problem(path: path, message: "zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(compressed.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        var input = compressed
        try input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END else {
                        throw Problem(path: path, message: "not a readable gzip file (zlib error \(status))")
                    }
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
            } while status != Z_STREAM_END && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard status == Z_STREAM_END else { throw Problem(path: path, message: "the compressed data ends too early") }
        return output
    }

    /// Calls `body` with every entry's normalised single-word headword and single-word translations.
    static func forEachEntry(index: [UInt8], text: [UInt8], path: String, _ body: (String, [String]) -> Void) throws {
        var lineNumber = 0
        for line in index.split(separator: UInt8(ascii: "\n")) {
            lineNumber += 1
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count >= 3, let offset = decode(fields[1]), let length = decode(fields[2]) else {
                throw Problem(path: "\(path):\(lineNumber)", message: "expected headword, offset and length separated by tabs")
            }
            guard offset + length <= text.count else {
                throw Problem(path: "\(path):\(lineNumber)", message: "the entry lies past the end of the dictionary")
            }
            let headword = String(decoding: fields[0], as: UTF8.self)
            if headword.hasPrefix("00-database") || headword.hasPrefix("00database") { continue }
            guard let word = singleWord(headword) else { continue }
            let entry = text[offset..<(offset + length)]
            var translations: [String] = []
            for (k, entryLine) in entry.split(separator: UInt8(ascii: "\n")).enumerated() where k > 0 {
                var sense = Substring(String(decoding: entryLine, as: UTF8.self))
                // "1. aanreiken, overhandigen": drop the sense number.
                if let dot = sense.firstIndex(of: "."), sense[..<dot].allSatisfy(\.isNumber), !sense[..<dot].isEmpty {
                    sense = sense[sense.index(after: dot)...]
                }
                for part in sense.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                    if let translation = singleWord(String(part)), !translations.contains(translation) { translations.append(translation) }
                }
            }
            if !translations.isEmpty { body(word, translations) }
        }
    }

    /// The normalised word when `text` is exactly one word of letters, else `nil`.
    static func singleWord(_ text: String) -> String? {
        let words = TextNormalizer.words(text, includeHyphenJoined: false)
        guard words.count == 1, let word = words.first, word.count >= 2, word.allSatisfy(\.isLetter) else { return nil }
        return word
    }

    /// A number in dictd's base64 (A–Z, a–z, 0–9, +, /, most significant digit first).
    static func decode(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }
}
