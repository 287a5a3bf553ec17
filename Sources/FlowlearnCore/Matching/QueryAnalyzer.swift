/// Turns a chat question into ``QueryUnit``s against one index's vocabulary.
///
/// Language-aware and forgiving: chat shorthand is expanded ("ppl", "mn", "ipv"); every word is
/// stemmed in both languages (people mix them: "phishing melden"); the lexicon's phrases are found
/// in both, possessives included ("my boss" is a cue for the employee's side); question
/// scaffolding and function words are dropped; a word no lesson knows is split when it is a
/// Dutch compound of known words ("kennisdeelsessies"), else corrected when it is one edit from a
/// known word ("phisihng", corrected before phrases are looked up), else kept as an unknown unit
/// that lowers the confidence. A word's translations in the general dictionary
/// (``TranslationBridge``) are weak alternatives, so a question reaches the other language's lessons.
///
/// How much a word counts comes from the library, not from a list of known topics: its idf, and
/// its topicality (``IndexBuilder/Output/topicality``): a word the lessons that have it carry in
/// their title, tags or sample questions is a topic word; one they only use in their bodies is
/// general language, which counts less in ranking and in confidence.
struct QueryAnalyzer: Sendable {
    let lexicon: ConceptLexicon
    let stemTerms: [String: Int32]
    let conceptTerms: [Int32]
    let idf: [Float]
    let splitter: DutchCompoundSplitter
    let vocabulary: LessonVocabulary
    let topicality: [Float]
    let translations: TranslationBridge
    /// The weight of a word that no lesson knows.
    let unknownWeight: Float
    let parameters: RankingParameters

    /// The units of `text`, a question in `language`.
    func units(of text: String, language: Language) -> [QueryUnit] {
        var words = ChatShorthand.expand(TextNormalizer.words(text))
        guard !words.isEmpty else { return [] }
        var stems: [[String]] = [
            words.map { lexicon.stemmers.stem($0, language: .en) },
            words.map { lexicon.stemmers.stem($0, language: .nl) },
        ]
        // The asker's language first: its stemmer decides what a word is; the other one only
        // bridges code-switching ("phishing melden"), so "boss" is never read as Dutch "boos".
        let order = language == .en ? [0, 1] : [1, 0]

        // Typos first, so that corrected words take part in phrases too ("yearly evalution").
        var factors = [Float](repeating: 1, count: words.count)
        for (i, word) in words.enumerated() where !TextAnalyzer.isQueryStopWord(word, primary: language) {
            guard !isKnown(word, stems: [stems[0][i], stems[1][i]]) else { continue }
            let parts = word.utf8.count >= LessonIndex.minimumCompoundLength ? splitter.split(word) : []
            if parts.contains(where: { isKnown($0, stems: [lexicon.stemmers.stem($0, language: .en), lexicon.stemmers.stem($0, language: .nl)]) }) { continue }
            if let base = Self.participleBases(of: word).first(where: { isKnown($0, stems: [lexicon.stemmers.stem($0, language: .en), lexicon.stemmers.stem($0, language: .nl)]) }) {
                words[i] = base
                stems[0][i] = lexicon.stemmers.stem(base, language: .en)
                stems[1][i] = lexicon.stemmers.stem(base, language: .nl)
                continue
            }
            guard let correction = vocabulary.corrections(for: word, limit: 1).first else { continue }
            words[i] = correction
            stems[0][i] = lexicon.stemmers.stem(correction, language: .en)
            stems[1][i] = lexicon.stemmers.stem(correction, language: .nl)
            factors[i] = parameters.typoFactor
        }

        // Concepts per word, from phrases in the asker's language; the other language's phrases
        // only for words that the first reading left without a concept.
        var conceptsAt = [[ConceptLexicon.Concept]](repeating: [], count: words.count)
        var positions: [Int] = []
        for (i, word) in words.enumerated() where !ConceptLexicon.isPhraseNoise(word) { positions.append(i) }
        for (pass, slot) in order.enumerated() {
            let tokens = positions.map { lexicon.token(word: words[$0], stem: stems[slot][$0]) }
            let before = conceptsAt.map(\.isEmpty)
            lexicon.forEachMatch(in: tokens) { matched, concepts in
                for k in matched {
                    let position = positions[k]
                    if pass > 0 && !before[position] { continue }
                    for concept in concepts where !conceptsAt[position].contains(concept) {
                        conceptsAt[position].append(concept)
                    }
                }
            }
        }

        var units: [QueryUnit] = []
        var unitWordIndex: [Int] = []
        for (i, word) in words.enumerated() {
            if TextAnalyzer.isQueryStopWord(word, primary: language) { continue }
            var alternatives = alternativesOf(words[i], stems: order.map { stems[$0][i] }, concepts: conceptsAt[i], factor: factors[i],
                                              language: language)

            // A hyphenated word comes as its parts followed by the joined form ("e", "mail", "email").
            if let parts = Self.hyphenParts(words, at: i) {
                if alternatives.isEmpty { continue }
                // The joined form is known: it stands for the parts, which then do not count on their own.
                while let last = unitWordIndex.last, parts.contains(last) {
                    alternatives = Self.merged(alternatives, units.removeLast().alternatives)
                    unitWordIndex.removeLast()
                }
            }
            if !alternatives.isEmpty {
                let topical = topicality(of: alternatives)
                let emphasis = parameters.generalWordEmphasis + (1 - parameters.generalWordEmphasis) * topical
                let weight = weight(of: alternatives) * (parameters.generalWordWeight + (1 - parameters.generalWordWeight) * topical)
                units.append(QueryUnit(word: word, alternatives: alternatives, weight: weight, emphasis: emphasis))
                unitWordIndex.append(i)
                continue
            }
            // The lexicon knows the word but no lesson has it: information the library does not cover.
            if !conceptsAt[i].isEmpty {
                units.append(QueryUnit(word: word, alternatives: [], weight: unknownWeight))
                unitWordIndex.append(i)
                continue
            }
            // A Dutch compound of known words: each part is a smaller unit.
            let parts = word.utf8.count >= LessonIndex.minimumCompoundLength ? splitter.split(word) : []
            let partUnits = parts.filter { !StopWords.isStopWord($0, language: .nl) }.map { part -> QueryUnit in
                let alternatives = alternativesOf(word: part, factor: 1)
                let weight = alternatives.isEmpty ? unknownWeight : self.weight(of: alternatives)
                return QueryUnit(word: part, alternatives: alternatives, weight: weight * parameters.compoundPartShare)
            }
            if partUnits.contains(where: { !$0.alternatives.isEmpty }) {
                units += partUnits
                unitWordIndex += partUnits.map { _ in i }
                continue
            }
            units.append(QueryUnit(word: word, alternatives: [], weight: unknownWeight))
            unitWordIndex.append(i)
        }
        return units
    }

    /// The verbs a Dutch past participle that no lesson uses may come from, most likely first:
    /// "gestart" → "start", "starten"; "opgestart" → "opstart"; "gejat" → "jat", "jatten" is not
    /// tried (only the stem and the -en form). Empty for words that do not look like one.
    static func participleBases(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 6, letters.allSatisfy({ $0.isLetter }), let last = letters.last, last == "t" || last == "d" else { return [] }
        // The "ge" after a separable prefix (op-ge-start, aan-ge-vraagd, in-ge-vuld) or at the start.
        let prefixes = ["", "aan", "af", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit", "voor", "weg"]
        var result: [String] = []
        for prefix in prefixes where word.hasPrefix(prefix + "ge") {
            let rest = String(letters[(prefix.count + 2)...])
            guard rest.count >= 3 else { continue }
            let stem = prefix + String(rest.dropLast())
            result.append(prefix + rest)  // gestart → start (the stem ends in t/d itself)
            result.append(stem)           // gewerkt → werk
            result.append(stem + "en")    // gevraagd → vraag(en)
        }
        return result
    }

    /// Alternatives of a single word on its own (a part of a Dutch compound).
    private func alternativesOf(word: String, factor: Float) -> [QueryUnit.Alternative] {
        let stems = [lexicon.stemmers.stem(word, language: .nl), lexicon.stemmers.stem(word, language: .en)]
        var concepts: [ConceptLexicon.Concept] = []
        for stem in stems {
            let token = lexicon.token(word: word, stem: stem)
            guard token >= 0 else { continue }
            lexicon.forEachMatch(in: [token]) { _, found in
                for concept in found where !concepts.contains(concept) { concepts.append(concept) }
            }
        }
        return alternativesOf(word, stems: stems, concepts: concepts, factor: factor, language: .nl)
    }

    /// Whether the index, the lexicon or the dictionary knows a word (by either stem: English first).
    private func isKnown(_ word: String, stems: [String]) -> Bool {
        stems.contains { stemTerms[$0] != nil || lexicon.token(word: word, stem: $0) >= 0 }
            || !translations.translations(ofStem: stems[0], language: .en).isEmpty
            || stems.count > 1 && !translations.translations(ofStem: stems[1], language: .nl).isEmpty
    }

    /// Alternatives from stems, concepts and translations. `stems` holds the stem in `language`
    /// (the asker's) first and then in the other language; the second counts a little less when
    /// it differs, unless lessons in that language use the word itself ("phishing" in English
    /// lessons, not "boss" in Dutch ones). A translation counts as ``RankingParameters/translationFactor``.
    private func alternativesOf(_ word: String, stems: [String], concepts: [ConceptLexicon.Concept], factor: Float,
                                language: Language) -> [QueryUnit.Alternative] {
        var result: [QueryUnit.Alternative] = []
        for (k, stem) in stems.enumerated() {
            let trusted = k == 0 || stem == stems[0] || vocabulary.languages(of: word).contains(LessonVocabulary.Languages(language.other))
            let f = trusted ? factor : factor * parameters.otherLanguageFactor
            if let term = stemTerms[stem] { result = Self.merged(result, [.init(term: term, factor: f)]) }
        }
        for (k, stem) in stems.enumerated() {
            let source = k == 0 ? language : language.other
            let f = factor * parameters.translationFactor * (k == 0 ? 1 : parameters.otherLanguageFactor)
            for term in translations.translations(ofStem: stem, language: source) {
                result = Self.merged(result, [.init(term: term, factor: f)])
            }
        }
        for concept in concepts {
            let term = conceptTerms[Int(concept)]
            if term >= 0 { result = Self.merged(result, [.init(term: term, factor: factor * parameters.conceptFactor)]) }
        }
        return result
    }

    private func weight(of alternatives: [QueryUnit.Alternative]) -> Float {
        alternatives.reduce(0) { max($0, idf[Int($1.term)]) }
    }

    /// The topicality of the alternative that carries the most information.
    private func topicality(of alternatives: [QueryUnit.Alternative]) -> Float {
        var best: (idf: Float, topicality: Float) = (-1, 0)
        for alternative in alternatives where idf[Int(alternative.term)] > best.idf {
            best = (idf[Int(alternative.term)], topicality[Int(alternative.term)])
        }
        return best.topicality
    }

    /// The union of two alternative lists, keeping the higher factor for a term both have.
    static func merged(_ a: [QueryUnit.Alternative], _ b: [QueryUnit.Alternative]) -> [QueryUnit.Alternative] {
        var result = a
        for alternative in b {
            if let i = result.firstIndex(where: { $0.term == alternative.term }) {
                result[i].factor = max(result[i].factor, alternative.factor)
            } else {
                result.append(alternative)
            }
        }
        return result
    }

    /// When `words[i]` is the joined form of the hyphenated word just before it, the positions of its parts.
    static func hyphenParts(_ words: [String], at i: Int) -> Range<Int>? {
        var joined = ""
        var k = i - 1
        while k >= 0 && k >= i - 4 {
            joined = words[k] + joined
            if joined.utf8.count > words[i].utf8.count { return nil }
            if i - k >= 2 && joined == words[i] { return k..<i }
            k -= 1
        }
        return nil
    }
}
