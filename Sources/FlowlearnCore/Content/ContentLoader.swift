import Foundation

/// Reads a content folder from disk into a ``ContentLibrary``, collecting every problem.
///
/// Layout: lessons are `*.md` files anywhere below the folder (a `README.md` is skipped);
/// `reflection/*.md` holds the weekly reflection questions; `paths/*.md` the learning paths;
/// `synonyms.txt` the organisation's synonyms; `phrasings.txt` the accepted phrasings
/// (``AcceptedPhrasings``). Paths in diagnostics are as given (relative stays relative).
public struct ContentLoader: Sendable {
    /// The result of one load: a library when the content is usable, and all problems found.
    public struct Result: Sendable {
        /// Built from the lessons that are valid; `nil` when the folder could not be read at all.
        public var library: ContentLibrary?
        public var diagnostics: [Diagnostic]
        /// True when there are no errors: only then should a running daemon swap this library in.
        public var isClean: Bool { diagnostics.errors.isEmpty && library != nil }
    }

    public var root: String

    public init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// Every file the loader reads, with its modification time: a change means a reload is due.
    public func fingerprint() -> [String: Date] {
        var result: [String: Date] = [:]
        for path in contentFiles() {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            result[path] = attributes?[.modificationDate] as? Date ?? .distantPast
        }
        return result
    }

    public func load() -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Result(library: nil, diagnostics: [.error(SourceLocation(path: root, line: 0), "content folder not found")])
        }
        var diagnostics: [Diagnostic] = []
        var lessons: [Microlearning] = []
        var reflection: [Language: ReflectionQuestionSet] = [:]
        var synonyms = SynonymTable()
        var paths: [LearningPath] = []
        var brokenPaths: [LearningPath] = []
        var phrasings = AcceptedPhrasings()
        let reflectionPrefix = root + "/reflection/"
        let pathsPrefix = root + "/paths/"

        for path in contentFiles() {
            guard let text = readText(path, into: &diagnostics) else { continue }
            if path == root + "/synonyms.txt" {
                let (table, problems) = SynonymTable.parse(text, path: path)
                synonyms = table
                diagnostics += problems
            } else if path == root + "/" + AcceptedPhrasings.fileName {
                let (table, problems) = AcceptedPhrasings.parse(text, path: path)
                phrasings = table
                diagnostics += problems
            } else if path.hasPrefix(reflectionPrefix) {
                let (set, problems) = ReflectionQuestionParser().parse(text, path: path)
                diagnostics += problems
                if let set {
                    if let existing = reflection[set.language] {
                        diagnostics.append(.error(set.location, "a second reflection file for `\(set.language.rawValue)`; the first is \(existing.location.path)"))
                    } else {
                        reflection[set.language] = set
                    }
                }
            } else if path.hasPrefix(pathsPrefix) {
                let id = String((path as NSString).lastPathComponent.dropLast(3))
                let (learningPath, problems) = LearningPathParser().parse(text, path: path, defaultID: id)
                diagnostics += problems
                if let learningPath {
                    if problems.errors.isEmpty { paths.append(learningPath) } else { brokenPaths.append(learningPath) }
                }
            } else {
                let name = (path as NSString).lastPathComponent
                let id = String(name.dropLast(3))
                let (lesson, problems) = MicrolearningParser().parse(text, path: path, defaultID: id)
                diagnostics += problems
                if let lesson { lessons.append(lesson) }
            }
        }
        let (library, problems) = ContentLibrary.validated(
            lessons: lessons, reflectionQuestions: reflection, synonyms: synonyms, phrasings: phrasings, paths: paths,
            brokenPaths: brokenPaths, contentRoot: root
        )
        diagnostics += problems
        return Result(library: library, diagnostics: diagnostics.sortedByLocation)
    }

    private func readText(_ path: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(SourceLocation(path: path, line: 0), "cannot read the file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error(SourceLocation(path: path, line: 0), "the file is not valid UTF-8 text"))
            return nil
        }
        return text
    }

    /// The content files below the root, sorted, so loads are deterministic.
    func contentFiles() -> [String] {
        // The enumerator does not descend into a root that is a symbolic link, so walk its target;
        // paths are still reported under the root as given.
        let resolved = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: resolved) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if relative == "synonyms.txt" || relative == AcceptedPhrasings.fileName {
                files.append(root + "/" + relative)
            } else if name.hasSuffix(".md") && name.lowercased() != "readme.md" {
                files.append(root + "/" + relative)
            }
        }
        return files.sorted()
    }
}
