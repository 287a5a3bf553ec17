/// The `---` delimited header of a Markdown file, in a strict YAML subset.
///
/// Only `key: value`, flow lists `[a, b]`, block lists (`key:` then `- item` lines) and
/// double-quoted strings are accepted. Anything YAML would read differently from how it looks
/// (anchors, tags, nested maps, tabs, block scalars, single quotes, inline comments) is an error,
/// not a guess.
public struct FrontMatter: Sendable, Equatable {
    /// One value in the header.
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case list([String])
    }

    /// One `key: value` entry, with the line it starts on.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: Value
        public var line: Int
        /// The line of each list item (empty for a scalar).
        public var itemLines: [Int]
    }

    /// The entries in file order.
    public var entries: [Entry]
    /// The line where the body starts (the line after the closing `---`).
    public var bodyStartLine: Int
    /// Everything after the closing `---`.
    public var body: String

    /// The entry for `key`, if present.
    public subscript(key: String) -> Entry? { entries.first { $0.key == key } }
}
