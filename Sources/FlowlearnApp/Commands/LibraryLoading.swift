import FlowlearnCore

/// Loads the content a command answers from, failing with every problem listed.
enum LibraryLoading {
    /// The content library at `root`; throws when it has errors (a command must not answer from
    /// half a library), printing warnings to stderr.
    static func load(_ root: String, console: Console) throws -> ContentLibrary {
        let result = ContentLoader(root: root).load()
        for diagnostic in result.diagnostics { console.err(diagnostic.description) }
        guard result.isClean, let library = result.library else {
            throw ContentError(root: root, errorCount: result.diagnostics.errors.count)
        }
        return library
    }
}

/// The content folder has errors; they were printed above.
struct ContentError: Error, CustomStringConvertible {
    var root: String
    var errorCount: Int
    var description: String { "\(root): \(errorCount) error\(errorCount == 1 ? "" : "s") in the content; fix them and try again (`flowlearn check`)" }
}
