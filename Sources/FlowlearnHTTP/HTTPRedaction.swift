/// Removes secrets from text bound for errors and logs.
///
/// Matrix clients may carry the access token in the query (`?access_token=...`) instead of an
/// `Authorization` header; URLs may carry a password in their user-info part. Neither may reach
/// a log line, so every URL this module prints goes through ``redact(url:)``.
public enum HTTPRedaction {
    /// What a removed secret is replaced with.
    public static let placeholder = "<redacted>"

    /// Query parameter names (compared case-insensitively, after percent-decoding) whose values are
    /// secrets.
    public static let secretQueryParameters: Set<String> = [
        "access_token", "refresh_token", "login_token", "logintoken", "password", "token",
    ]

    /// `url` with the user-info part (`user:password@`) and the values of secret query parameters
    /// replaced by ``placeholder``, and any fragment dropped. Works on malformed URLs too: it never
    /// fails, and text it cannot parse as a query parameter is kept only when it cannot be a secret.
    public static func redact(url: String) -> String {
        var rest = Substring(url)
        // Drop the fragment: never sent, and nothing in it is needed in a message.
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }

        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }

        var result = redactUserInfo(String(rest))
        if let query {
            result += "?" + redact(query: query)
        }
        return result
    }

    /// `text` (a message from curl) with `url` replaced by its redacted form, every occurrence of
    /// each of `secrets` (header values; those under 8 characters are not tokens and are kept)
    /// replaced by ``placeholder``, and any `access_token=...`-style parameter redacted.
    static func scrub(_ text: String, url: String, secrets: [String]) -> String {
        var text = text.replacingAll(url, with: redact(url: url))
        for secret in secrets where secret.utf8.count >= 8 {
            text = text.replacingAll(secret, with: placeholder)
        }
        for name in secretQueryParameters.sorted() {
            text = redactParameter(named: name, in: text)
        }
        return text
    }

    private static func redactUserInfo(_ url: String) -> String {
        guard let schemeEnd = url.firstRange(of: "://") else { return url }
        let authorityStart = schemeEnd.upperBound
        let authorityEnd = url[authorityStart...].firstIndex(of: "/") ?? url.endIndex
        let authority = url[authorityStart..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return url }
        return String(url[..<authorityStart]) + placeholder + String(url[at..<url.endIndex])
    }

    private static func redact(query: Substring) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else {
                // A bare word: keep it unless it names a secret.
                return isSecret(name: pair) ? placeholder : String(pair)
            }
            let name = pair[..<equals]
            return isSecret(name: name) ? String(name) + "=" + placeholder : String(pair)
        }.joined(separator: "&")
    }

    private static func isSecret(name: Substring) -> Bool {
        secretQueryParameters.contains(percentDecoded(name).lowercased())
    }

    /// Replaces the value in every `name=value` (name matched ASCII case-insensitively) in free
    /// text; the value runs to the next `&`, whitespace, quote, angle bracket or the end of text.
    private static func redactParameter(named name: String, in text: String) -> String {
        let pattern = Array((name + "=").utf8).map(asciiLowercased)
        let bytes = Array(text.utf8)
        guard bytes.count >= pattern.count else { return text }
        let stops = Set("& \t\r\n\"'".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let end = index + pattern.count
            if end <= bytes.count, zip(bytes[index..<end], pattern).allSatisfy({ asciiLowercased($0) == $1 }) {
                output += bytes[index..<end]
                output += placeholder.utf8
                index = end
                while index < bytes.count, !stops.contains(bytes[index]) { index += 1 }
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte + 32 : byte
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let high = hexValue(iterator[iterator.startIndex]),
               let low = hexValue(iterator[iterator.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                iterator = iterator.dropFirst(2)
            } else if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension String {
    /// Every non-overlapping occurrence of `target` replaced by `replacement` (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var output = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            output += rest[..<range.lowerBound]
            output += replacement
            rest = rest[range.upperBound...]
        }
        output += rest
        return output
    }
}
