/// Builds request paths and queries for the client-server API.
///
/// Every identifier goes into a path segment percent-encoded: room ids (`!abc:example.org`, or
/// `!abc` with no server part in room version 12), event ids (`$xyz`), user ids (`@a:b`),
/// transaction ids. Only RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) stay as they
/// are, so `!`, `:`, `$`, `/`, `?`, `#`, `%` and spaces can never change the path's meaning.
public enum MatrixPath {
    /// `text` percent-encoded for use as one path segment or one query value (UTF-8 bytes).
    public static func encode(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%"
                output.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                output.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return output
    }

    /// `/seg1/seg2/...` with each segment encoded. Literal segments (`rooms`, `send`) pass
    /// through the same encoding, which leaves them unchanged.
    public static func join(_ segments: [String]) -> String {
        segments.map { "/" + encode($0) }.joined()
    }

    /// `?a=1&b=2` with every value encoded; an empty string for no items.
    public static func query(_ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return "" }
        return "?" + items.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
