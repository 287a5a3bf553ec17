import Foundation

/// Keeps the bot's messages from pinging people by accident.
///
/// Every message carries `m.mentions` (empty, or only the person it replies to), which turns
/// off the homeserver's body-based mention rules for it. For clients that predate intentional
/// mentions, `@room` (any case) in the text gets an invisible WORD JOINER after the `@`: it
/// reads the same but no longer matches the room-notification rule.
public enum MentionSafety {
    /// The invisible character put after the `@` of `@room`.
    public static let joiner: Character = "\u{2060}"

    /// `text` with every `@room` neutralised.
    public static func neutralised(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let pattern = Array("@room".utf8)
        guard bytes.count >= pattern.count else { return text }
        var output: [UInt8] = []
        var index = 0
        var changed = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "@"), index + pattern.count <= bytes.count,
               (1..<pattern.count).allSatisfy({ bytes[index + $0] | 0x20 == pattern[$0] }) {
                if !changed { output.reserveCapacity(bytes.count + 16); output += bytes[..<index]; changed = true }
                output.append(UInt8(ascii: "@"))
                output += Array(String(joiner).utf8)
                output += bytes[(index + 1)..<(index + pattern.count)]
                index += pattern.count
            } else {
                if changed { output.append(bytes[index]) }
                index += 1
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }
}
