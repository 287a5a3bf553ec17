/// The part of a general dictionary (``TranslationSource``) that reaches into one library: for
/// a word's stem in one language, the index terms of its translations that lessons in the other
/// language use. Everything else of the dictionary is dropped while reading, so a library of a
/// few thousand words keeps a few thousand entries, whatever the dictionary's size.
///
/// A translation is a weak bridge (``RankingParameters/translationFactor``): a general dictionary
/// lists every sense of a word ("hand" → "arbeider", "werkkracht"), so it finds the other
/// language's lesson without outranking the asker's own words.
struct TranslationBridge: Sendable {
    /// Per source language (0 en, 1 nl): a stem → the terms of its translations.
    private var terms: [[String: [Int32]]] = [[:], [:]]
    /// Why the dictionary could not be read, if it could not.
    private(set) var problem: String?
    /// The dictionary's pairs that touch the library: all a part of the library needs (the
    /// calibration's smaller indexes read them instead of the dictionary files).
    private(set) var pairs = KeptPairs(pairs: [])

    /// The dictionary's Dutch words whose stem Dutch lessons use ("herkenning" for a library that
    /// says "herkennen"): known parts for splitting a question's compounds ("phishingherkenning").
    private(set) var dutchWords: Set<String> = []

    /// How many stems have a bridge (for diagnostics).
    var count: Int { terms[0].count + terms[1].count }

    init() {}

    /// `termLanguages`: per term, bit 0 when English lessons use it, bit 1 when Dutch ones do.
    init(source: (any TranslationSource)?, stemmers: Stemmers, stemTerms: [String: Int32], termLanguages: [UInt8]) {
        guard let source else { return }
        var english: [String: String] = [:], dutch: [String: String] = [:] // word → stem, once per word
        func stem(_ word: String, _ language: Language, _ cache: inout [String: String]) -> String? {
            if StopWords.isStopWord(word, language: language) { return nil }
            if let known = cache[word] { return known }
            let stemmed = stemmers.stem(word, language: language)
            cache[word] = stemmed
            return stemmed
        }
        do {
            try source.forEachPair { nl, en in
                guard let nlStem = stem(nl, .nl, &dutch), let enStem = stem(en, .en, &english) else { return }
                // Dutch word → the English lessons' term, and the other way round.
                var kept = false
                if let term = stemTerms[enStem], termLanguages[Int(term)] & 1 != 0, stemTerms[nlStem] != term {
                    add(term, for: nlStem, from: 1)
                    kept = true
                }
                if let term = stemTerms[nlStem], termLanguages[Int(term)] & 2 != 0, stemTerms[enStem] != term {
                    add(term, for: enStem, from: 0)
                    kept = true
                }
                if let term = stemTerms[nlStem], termLanguages[Int(term)] & 2 != 0, nl.utf8.count >= DutchCompoundSplitter.minimumPartLength,
                   dutchWords.insert(nl).inserted {
                    kept = true
                }
                if kept { pairs.pairs.append((nl, en)) }
            }
        } catch {
            terms = [[:], [:]]
            problem = "\(error)"
        }
    }

    private mutating func add(_ term: Int32, for stem: String, from slot: Int) {
        if terms[slot][stem]?.contains(term) == true { return }
        terms[slot][stem, default: []].append(term)
    }

    /// A dictionary of pairs held in memory.
    struct KeptPairs: TranslationSource {
        var pairs: [(dutch: String, english: String)]
        func forEachPair(_ body: (String, String) -> Void) throws {
            for pair in pairs { body(pair.dutch, pair.english) }
        }
    }

    /// Per term, a representative shared by the terms the dictionary says translate each other
    /// ("hand" in Dutch lessons and "hand" in English ones, "wassen" and "wash"), so lessons in two
    /// languages can be compared term by term (``TopicTwins``).
    func representatives(termCount: Int, stemTerms: [String: Int32]) -> [Int32] {
        var parent = (0..<termCount).map { Int32($0) }
        func root(_ t: Int32) -> Int32 {
            var t = t
            while parent[Int(t)] != t { parent[Int(t)] = parent[Int(parent[Int(t)])]; t = parent[Int(t)] }
            return t
        }
        for slot in 0..<2 {
            for (stem, targets) in terms[slot] {
                guard let own = stemTerms[stem] else { continue }
                for target in targets {
                    let (a, b) = (root(own), root(target))
                    if a != b { parent[Int(max(a, b))] = min(a, b) }
                }
            }
        }
        return (0..<termCount).map { root(Int32($0)) }
    }

    /// The terms of the translations of a word whose stem in `language` is `stem`.
    func translations(ofStem stem: String, language: Language) -> [Int32] {
        terms[language == .en ? 0 : 1][stem] ?? []
    }
}
