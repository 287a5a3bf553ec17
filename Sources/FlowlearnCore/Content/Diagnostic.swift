/// One problem found in a file a person edits, with the place it is at.
///
/// Printed as `path:line: message` for errors and `path:line: warning: message` for warnings,
/// the form editors and CI logs understand.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    /// How bad a problem is: errors stop a file from being used, warnings do not.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var description: String {
        switch severity {
        case .error: return "\(location): \(message)"
        case .warning: return "\(location): warning: \(message)"
        }
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics that are errors.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// The diagnostics that are warnings.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    /// Sorted by file and line, errors before warnings at the same place.
    public var sortedByLocation: [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            return a.severity == .error && b.severity == .warning
        }
    }
}
