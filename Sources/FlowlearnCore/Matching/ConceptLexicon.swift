import Foundation

/// Maps words and phrases in either language to shared concepts, so "performance review",
/// "beoordelingsgesprek" and "appraisal" find the same lessons.
///
/// Built from synonym groups: the bilingual workplace lexicon that ships with the binary
/// (``BuiltInLexicon``), extended by the organisation's `synonyms.txt`. Every group is one concept.
/// Every term is stemmed in both languages, because a group mixes them; multi-word terms match as
/// phrases. Phrases are matched over *phrase tokens*: stems of the words that are not stop words
/// (verb particles and negations are kept: "turn down", "niet aangenomen"), plus one shared token
/// for the possessives ("my", "your", "mijn", "je", ...), so "my manager" and "your manager" are
/// the same phrase, and "talk to my manager" reads as "talk ~poss manager". One other word may
/// stand between two words of a phrase ("got some harsh comments" is "got comments").
///
/// Tokens and concepts are small integers, so matching a text costs one look-up per word and no
/// string building. The built-in groups are analysed once per process; a library's lexicon adds
/// its synonyms to a copy.
public struct ConceptLexicon: Sendable {
    /// A concept: the index of the group it comes from.
    typealias Concept = Int32

    /// One phrase that starts with a given token: the tokens after the first, and its concepts.
    struct Phrase: Sendable {
        var rest: [Int32]
        var concepts: [Concept]
    }

    /// Phrase token strings (stems, or ``possessiveToken``) → token ids.
    private var tokenIDs: [String: Int32] = [:]
    /// Per token id: the concepts of the token on its own.
    private var single: [[Concept]] = []
    /// Per token id: the phrases of two or more tokens that start with it, longest first.
    private var phrasesByFirst: [[Phrase]] = []
    /// The number of concepts (= groups).
    var conceptCount: Int { sourceGroups.count }
    /// The longest phrase, in tokens.
    private(set) var longestPhrase = 1

    /// The token every possessive pronoun becomes.
    static let possessiveToken = "~poss"
    /// Possessive pronouns, in normalised form, in both languages ("mn" and "m'n" included).
    static let possessives: Set<String> = ["my", "your", "our", "mijn", "mn", "je", "jouw", "uw", "onze", "ons"]

    /// Every distinct word of every group (normalised), sorted.
    private(set) var words: [String] = []
    /// The groups the lexicon was built from.
    private(set) var sourceGroups: [[String]] = []

    /// The stemmers its terms (and the text matched against them) are stemmed with.
    let stemmers: Stemmers

    /// A lexicon of `groups`.
    public init(groups: [[String]], stemmers: Stemmers) {
        self.stemmers = stemmers
        add(groups)
    }

    /// The lexicon for a library: the built-in groups plus the admin's synonyms.
    public init(synonyms: SynonymTable, stemmers: Stemmers) {
        self.init(groups: BuiltInLexicon.groups + synonyms.groups, stemmers: stemmers)
    }

    /// Adds `groups` as new concepts after the existing ones.
    private mutating func add(_ groups: [[String]]) {
        let firstConcept = sourceGroups.count
        sourceGroups += groups
        var all = Set(words)
        for (offset, group) in groups.enumerated() {
            let concept = Concept(firstConcept + offset)
            for term in group {
                for word in TextNormalizer.words(term) { all.insert(word) }
                // A hyphenated term is registered joined ("check-in" → "checkin") and as its parts
                // ("check in"): text yields both forms of a hyphenated word.
                let joined = TextNormalizer.words(String(term.unicodeScalars.filter { $0 != "-" }), includeHyphenJoined: false)
                let parts = TextNormalizer.words(term, includeHyphenJoined: false)
                for words in [joined, parts].uniqued() {
                    for language in Language.allCases { register(words, language: language, concept: concept) }
                }
            }
        }
        words = all.sorted()
    }

    /// Registers one spelling of a term, stemmed for `language`, as a phrase of `concept`.
    private mutating func register(_ words: [String], language: Language, concept: Concept) {
        var ids: [Int32] = []
        for word in words {
            guard let token = phraseToken(word, language: language) else { continue }
            if let id = tokenIDs[token] {
                ids.append(id)
            } else {
                let id = Int32(tokenIDs.count)
                tokenIDs[token] = id
                single.append([])
                phrasesByFirst.append([])
                ids.append(id)
            }
        }
        // A term of possessives only would match every "my"; a phrase that loses all but one word
        // to stop words ("how long" → "long") would match that word everywhere.
        guard let first = ids.first, ids.contains(where: { $0 != tokenIDs[Self.possessiveToken] }),
              words.count == 1 || ids.count >= 2 else { return }
        longestPhrase = max(longestPhrase, ids.count)
        if ids.count == 1 {
            if !single[Int(first)].contains(concept) { single[Int(first)].append(concept) }
            return
        }
        let rest = Array(ids.dropFirst())
        var phrases = phrasesByFirst[Int(first)]
        if let existing = phrases.firstIndex(where: { $0.rest == rest }) {
            if !phrases[existing].concepts.contains(concept) { phrases[existing].concepts.append(concept) }
        } else {
            // Longest first, then in token order, so matching is deterministic.
            let position = phrases.firstIndex {
                $0.rest.count < rest.count || ($0.rest.count == rest.count && rest.lexicographicallyPrecedes($0.rest))
            } ?? phrases.count
            phrases.insert(Phrase(rest: rest, concepts: [concept]), at: position)
        }
        phrasesByFirst[Int(first)] = phrases
    }

    /// Stop words that phrases keep: verb particles ("turn down" is not "turn", "mess up" is not
    /// "mess", and in Dutch "spreek hem daarop aan" reads as "spreek aan"), negations and degree
    /// words ("not selected", "te laat", "too much"), and a few verbs that question scaffolding
    /// hides ("vraag om hulp", "alles zelf doen").
    static let particles: Set<String> = [
        "up", "down", "off", "out", "in", "on", "over", "away", "back",
        "not", "never", "always", "too", "much", "all",
        "aan", "af", "op", "uit", "door", "mee", "om", "toe", "weg", "voor", "na", "bij", "terug",
        "niet", "geen", "nooit", "altijd", "te", "alles", "vraag", "doe", "doen",
    ]

    /// The phrase token of a normalised word in `language`: `nil` for a stop word (it is skipped
    /// in phrases), the possessive token for a possessive, the word for a particle, else the stem.
    func phraseToken(_ word: String, language: Language) -> String? {
        if Self.possessives.contains(word) { return Self.possessiveToken }
        if Self.particles.contains(word) { return word }
        if StopWords.isStopWord(word, language: .en) || StopWords.isStopWord(word, language: .nl) { return nil }
        return stemmers.stem(word, language: language)
    }

    /// Whether a word is skipped in phrase matching (a stop word that is neither a possessive nor a particle).
    static func isPhraseNoise(_ word: String) -> Bool {
        !possessives.contains(word) && !particles.contains(word)
            && (StopWords.isStopWord(word, language: .en) || StopWords.isStopWord(word, language: .nl))
    }

    /// The token id of a word that is not phrase noise, given its stem; -1 when the lexicon does not know it.
    func token(word: String, stem: String) -> Int32 {
        if Self.possessives.contains(word) { return tokenIDs[Self.possessiveToken] ?? -1 }
        if Self.particles.contains(word) { return tokenIDs[word] ?? -1 }
        return tokenIDs[stem] ?? -1
    }

    /// The token id of a phrase token string, or -1.
    func token(_ string: String) -> Int32 { tokenIDs[string] ?? -1 }

    /// How many other words may stand between two words of a phrase: "got some harsh comments"
    /// still reads as "got comments", "schrijf ik dat concreet op" as "schrijf op".
    static let phraseSlop = 1

    /// Calls `body(positions, concepts)` for every phrase found in `tokens` (phrase tokens in
    /// order, -1 for words the lexicon does not know) at any position, overlapping matches
    /// included ("my manager" is both the asker's-manager phrase and the concept manager).
    /// `positions` are the indices in `tokens` of the phrase's words, in order; a word of a
    /// phrase may follow the previous one after at most ``phraseSlop`` other tokens.
    func forEachMatch(in tokens: [Int32], _ body: ([Int], [Concept]) -> Void) {
        var positions: [Int] = []
        positions.reserveCapacity(longestPhrase)
        for i in tokens.indices {
            let first = Int(tokens[i])
            guard first >= 0 else { continue }
            if !single[first].isEmpty {
                positions.removeAll(keepingCapacity: true)
                positions.append(i)
                body(positions, single[first])
            }
            let phrases = phrasesByFirst[first]
            guard !phrases.isEmpty, i + 1 < tokens.count else { continue }
            let next = tokens[i + 1], afterNext = i + 2 < tokens.count ? tokens[i + 2] : -1
            for phrase in phrases {
                let second = phrase.rest[0]
                guard second == next || (Self.phraseSlop > 0 && second == afterNext) else { continue }
                positions.removeAll(keepingCapacity: true)
                positions.append(i)
                var last = i
                for token in phrase.rest {
                    var found = -1
                    var k = last + 1
                    while k < tokens.count && k <= last + 1 + Self.phraseSlop {
                        if tokens[k] == token { found = k; break }
                        k += 1
                    }
                    if found < 0 { break }
                    positions.append(found)
                    last = found
                }
                if positions.count == phrase.rest.count + 1 { body(positions, phrase.concepts) }
            }
        }
    }

    /// The distinct concepts a sequence of normalised words expresses (the parts of a compound, tests).
    func concepts(ofWords words: [String], language: Language) -> [Concept] {
        let tokens = words.compactMap { phraseToken($0, language: language) }.map { token($0) }
        var found: [Concept] = []
        forEachMatch(in: tokens) { _, concepts in
            for concept in concepts where !found.contains(concept) { found.append(concept) }
        }
        return found
    }
}

private extension Array where Element == [String] {
    /// The distinct elements, in order.
    func uniqued() -> [[String]] {
        var result: [[String]] = []
        for element in self where !result.contains(element) { result.append(element) }
        return result
    }
}
