import Foundation

/// The bilingual (nl ↔ en) lexicon of common workplace terms that ships with the binary: single
/// words that mean the same in any organisation (synonyms, translations, chat words, inflections
/// that stemming does not join: "gave", "kreeg", "gekregen"). The general dictionary
/// (``TranslationSource``) bridges the rest of the two languages.
///
/// It holds no phrasing of a particular lesson: every multi-word phrasing the earlier lexicon had,
/// and every word it had that occurs in a labelled question file but in no lesson, was deleted
/// (issue 12). Entries are only ever deleted here, never added by someone who has seen a question
/// file: a new general list is written by someone who has not.
///
/// Each group lists words and phrases that mean the same for the purpose of finding a lesson; a
/// word may sit in several groups. The groups are written in the same `a = b = c` format as the
/// admin's `synonyms.txt`, one group per line, by domain (one file per domain). The admin's file
/// adds to this; it never needs to repeat it. Phrases may contain a possessive ("my manager",
/// "mijn leidinggevende"): all possessives match each other, so such a phrase is a cue for whose
/// side the asker is on.
public enum BuiltInLexicon {
    /// All groups, parsed once.
    public static let groups: [[String]] = parse(
        [people, conversations, feedbackAndReviews, onboardingAndLearning, recruitment, meetings,
         communication, customers, security, healthAndSafety, workload, leadership, general, situations, skills]
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
