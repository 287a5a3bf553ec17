import Foundation

/// The bilingual (nl ↔ en) lexicon of common workplace terms that ships with the binary, so a
/// content folder without its own synonyms file still bridges Dutch and English questions,
/// synonyms, chat words and inflections that stemming does not join ("gave", "kreeg", "gekregen").
///
/// Each group lists words and phrases that mean the same for the purpose of finding a lesson; a
/// word may sit in several groups. The groups are written in the same `a = b = c` format as the
/// admin's `synonyms.txt`, one group per line, by domain (one file per domain). The admin's file
/// adds to this; it never needs to repeat it. Phrases may contain a possessive ("my manager",
/// "mijn leidinggevende"): all possessives match each other, so such a phrase is a cue for whose
/// side the asker is on.
public enum BuiltInLexicon {
    /// All groups, parsed once: the workplace vocabulary, then the service topics.
    public static let groups: [[String]] = topicGroups + serviceTopicGroups

    /// The workplace and learning vocabulary.
    static let topicGroups: [[String]] = parse(
        [people, conversations, feedbackAndReviews, onboardingAndLearning, recruitment, meetings,
         communication, customers, security, healthAndSafety, workload, leadership, general, situations, skills]
    )

    /// Topics a learning library usually does not cover (facilities, IT support, pay, leave):
    /// see ``serviceTopics``. They are the last groups of ``groups``.
    static let serviceTopicGroups: [[String]] = parse([serviceTopics])

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
