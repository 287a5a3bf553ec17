/// A place in a file a person edits (content, config): printed as `path:line`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible, Comparable {
    public var path: String
    /// 1-based line number; 0 means "the file as a whole".
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    public var description: String { line > 0 ? "\(path):\(line)" : path }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line) < (rhs.path, rhs.line)
    }
}
