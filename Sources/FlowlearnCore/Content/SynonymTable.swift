import Foundation

/// Groups of words and phrases that mean the same thing, used to bridge how people ask and how
/// lessons are written, including between Dutch and English.
///
/// The admin's `content/synonyms.txt` extends the built-in lexicon with the organisation's own
/// words: one group per line, `functioneringsgesprek = beoordelingsgesprek = performance review`.
public struct SynonymTable: Sendable, Hashable {
    /// Each group of equivalent terms, lowercased, diacritics kept as written.
    public private(set) var groups: [[String]]

    public init(groups: [[String]] = []) {
        self.groups = groups.filter { $0.count >= 2 }
    }

    /// Adds the groups of `other` after this table's groups.
    public func merged(with other: SynonymTable) -> SynonymTable {
        SynonymTable(groups: groups + other.groups)
    }

    /// Parses a synonyms file, reporting each malformed line.
    public static func parse(_ text: String, path: String) -> (SynonymTable, [Diagnostic]) {
        var groups: [[String]] = []
        var diagnostics: [Diagnostic] = []
        for (offset, raw) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let location = SourceLocation(path: path, line: offset + 1)
            let terms = line.split(separator: "=", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            if terms.count < 2 {
                diagnostics.append(.error(location, "expected terms separated by `=`, like `bila = one-on-one`"))
                continue
            }
            if terms.contains(where: \.isEmpty) {
                diagnostics.append(.error(location, "empty term: every `=` needs a word or phrase on both sides"))
                continue
            }
            if Set(terms).count < terms.count {
                diagnostics.append(.warning(location, "a term is listed twice in this group"))
            }
            groups.append(terms)
        }
        return (SynonymTable(groups: groups), diagnostics)
    }
}
