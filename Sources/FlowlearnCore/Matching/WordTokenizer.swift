/// Turns lesson text into word ids at index build time, fast: pure ASCII text is split and
/// lowercased byte by byte and looked up in an open-addressing table of byte strings, so no
/// `String` is made for a word the table already knows. Text with any non-ASCII byte goes through
/// ``TextNormalizer/words(_:includeHyphenJoined:)``. Both paths give exactly the words that
/// `TextNormalizer.words` gives (hyphen-joined forms included).
struct WordTokenizer {
    /// The distinct words, by id.
    private(set) var words: [String] = []
    /// The words' bytes, one after the other: word `i` is `arena[starts[i] ..< starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open-addressing slots: word id + 1, 0 when empty. The count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1 << 12)

    init() {}

    /// Appends the ids of the words of `text` to `ids`, adding new words to the table.
    mutating func tokenize(_ text: String, into ids: inout [Int32]) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            return splitASCII(bytes, into: &ids)
        }
        if !done {
            for word in TextNormalizer.words(text) {
                var word = word
                ids.append(word.withUTF8 { id(of: $0) })
            }
        }
    }

    /// Splits ASCII bytes the way `TextNormalizer.words` does: letters and digits make words,
    /// lowercased; a hyphen between two of them continues a run whose joined form follows its
    /// parts. Returns false, having added nothing to `ids`, for a run longer than the buffer.
    private mutating func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) -> Bool {
        let capacity = 256
        let firstID = ids.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { buffer -> Bool in
            let current = buffer.baseAddress!, joined = current + capacity
            var length = 0, joinedLength = 0, parts = 0
            func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            }
            func finishPart() -> Bool {
                guard length > 0 else { return true }
                guard joinedLength + length <= capacity else { return false }
                ids.append(id(of: UnsafeBufferPointer(start: current, count: length)))
                (joined + joinedLength).update(from: current, count: length)
                joinedLength += length
                parts += 1
                length = 0
                return true
            }
            func finishGroup() -> Bool {
                guard finishPart() else { return false }
                if parts > 1 { ids.append(id(of: UnsafeBufferPointer(start: joined, count: joinedLength))) }
                joinedLength = 0
                parts = 0
                return true
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                var ok = true
                if isWordByte(byte) {
                    if length < capacity {
                        current[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                        length += 1
                    } else {
                        ok = false
                    }
                } else if byte == UInt8(ascii: "-"), length > 0, index + 1 < bytes.count, isWordByte(bytes[index + 1]) {
                    ok = finishPart()
                } else {
                    ok = finishGroup()
                }
                if !ok {
                    ids.removeSubrange(firstID...)
                    return false
                }
            }
            guard finishGroup() else {
                ids.removeSubrange(firstID...)
                return false
            }
            return true
        }
    }

    /// The id of a normalised word given as UTF-8 bytes, adding it when new.
    private mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let id = entry - 1
            if hashes[id] == hash && starts[id + 1] - starts[id] == bytes.count
                && arena[starts[id]..<starts[id + 1]].elementsEqual(bytes) {
                return Int32(id)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(words.count)
        words.append(String(decoding: bytes, as: UTF8.self))
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = id + 1
        if words.count * 2 > slots.count {
            // Grow: rehash every word into a table twice the size.
            slots = [Int32](repeating: 0, count: slots.count * 2)
            mask = slots.count - 1
            for (i, h) in hashes.enumerated() {
                var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
                while slots[s] != 0 { s = (s + 1) & mask }
                slots[s] = Int32(i + 1)
            }
        }
        return id
    }
}
