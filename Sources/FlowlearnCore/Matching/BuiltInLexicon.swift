import Foundation

/// The bilingual (nl ↔ en) lexicon of general workplace language that ships with the binary:
/// words and short phrases that mean the same in any organisation (synonyms and translations:
/// "manager = leidinggevende = boss", "deal with = handle = omgaan met"). The general dictionary
/// (``TranslationSource``) bridges the rest of the two languages.
///
/// It holds no phrasing of a particular lesson: it was written from general knowledge of both
/// languages by someone who saw no lesson and no question file (issue 12). It replaced a lexicon
/// written from the lessons of the development sets, which knew those lessons rather than the
/// language. Entries are only ever added by someone who has not seen a question file.
///
/// Each group lists words and phrases that mean the same for the purpose of finding a lesson. The
/// groups are written in the same `a = b = c` format as the admin's `synonyms.txt`, one group per
/// line. The admin's file adds to this; it never needs to repeat it.
public enum BuiltInLexicon {
    /// All groups, parsed once.
    public static let groups: [[String]] = parse(
        [workplace]
    )

    /// Parses `a = b = c` lines ('#' starts a comment line); terms are trimmed and lowercased.
    static func parse(_ sections: [String]) -> [[String]] {
        var groups: [[String]] = []
        for section in sections {
            for line in section.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let terms = trimmed.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
                if terms.count >= 2 { groups.append(terms) }
            }
        }
        return groups
    }
}
