import Foundation

/// Builds the arrays of a ``LessonIndex`` from lessons: tokenises every field once, analyses
/// every distinct word once per language (stem, Dutch compound parts and their concepts, lexicon
/// token), finds the lexicon's phrases, and turns field-weighted term frequencies into BM25F
/// posting weights.
///
/// Everything that costs string work happens once per distinct word, not once per occurrence,
/// and the per-occurrence loop only reads flat integer arrays, so building is linear in the text
/// with a small constant.
struct IndexBuilder {
    /// The finished index data.
    struct Output {
        var stemTerms: [String: Int32]
        var conceptTerms: [Int32]
        var postings: PostingLists
        var idf: [Float]
        var splitter: DutchCompoundSplitter
        var vocabulary: LessonVocabulary
        var sentences: SampleSentences
        /// Per lesson, the terms of its title, sample questions and tags with their saturated
        /// weight from those fields alone: `headingTerms[headingStart[l] ..< headingStart[l + 1]]`
        /// (for finding ``TopicTwins``).
        var headingStart: [Int32]
        var headingTerms: [Int32]
        var headingWeights: [Float]
        /// Per heading entry: whether the term is in the title.
        var headingInTitle: [Bool]
        /// Per term: the share (0–1) of the lessons that have it that have it in their title,
        /// tags or sample questions: how much of a topic word it is in this library.
        var topicality: [Float]
        /// The dictionary's bridges into the library (see ``TranslationBridge``).
        var translations: TranslationBridge

        /// The positions of `lesson`'s entries in ``headingTerms``.
        func headingEntries(of lesson: Int) -> Range<Int> {
            Int(headingStart[lesson])..<Int(headingStart[lesson + 1])
        }
    }

    /// What each word contributes in one language, by word id, in flat arrays.
    private struct WordContributions {
        /// The term of the word's stem; -1 for a stop word or a word not used in this language.
        var stemTerm: [Int32] = []
        /// The lexicon phrase token: -1 when the lexicon does not know the word, -2 for phrase noise.
        var phraseToken: [Int32] = []
        /// `parts[partStart[w] ..< partStart[w + 1]]`: the terms of a Dutch compound's parts and of
        /// their concepts ("beoordelingsgesprek" → beoordeling, gesprek, review, conversation).
        var partStart: [Int32] = [0]
        var parts: [Int32] = []
    }

    let lexicon: ConceptLexicon
    let parameters: RankingParameters
    let translations: (any TranslationSource)?

    init(lexicon: ConceptLexicon, parameters: RankingParameters, translations: (any TranslationSource)? = nil) {
        self.lexicon = lexicon
        self.parameters = parameters
        self.translations = translations
    }

    func build(_ lessons: [Microlearning]) -> Output {
        // 1. Tokenise every field once into word ids: title, sample questions, tags, body.
        var tokenizer = WordTokenizer()
        var tokens: [Int32] = []
        var fieldEnds: [Int] = [] // 4 per lesson: the end of each field's tokens
        fieldEnds.reserveCapacity(lessons.count * 4)
        // The title and each sample question end a sentence (see ``SampleSentences``).
        var sentenceEnds: [Int] = []
        sentenceEnds.reserveCapacity(lessons.count * 5)
        var lessonSentenceEnds: [Int] = []
        lessonSentenceEnds.reserveCapacity(lessons.count)
        for lesson in lessons {
            tokenizer.tokenize(lesson.title, into: &tokens)
            fieldEnds.append(tokens.count)
            sentenceEnds.append(tokens.count)
            for question in lesson.questions {
                tokenizer.tokenize(question, into: &tokens)
                sentenceEnds.append(tokens.count)
            }
            lessonSentenceEnds.append(sentenceEnds.count)
            fieldEnds.append(tokens.count)
            for tag in lesson.tags { tokenizer.tokenize(tag, into: &tokens) }
            fieldEnds.append(tokens.count)
            tokenizer.tokenize(lesson.body, into: &tokens)
            fieldEnds.append(tokens.count)
        }
        let words = tokenizer.words
        var wordCounts = [Int32](repeating: 0, count: words.count)
        var usedIn = [UInt8](repeating: 0, count: words.count) // bit 0: an English lesson, bit 1: a Dutch one
        var start = 0
        for (l, lesson) in lessons.enumerated() {
            let bit: UInt8 = lesson.language == .nl ? 2 : 1
            let end = fieldEnds[l * 4 + 3]
            for t in start..<end {
                let id = Int(tokens[t])
                wordCounts[id] += 1
                usedIn[id] |= bit
            }
            start = end
        }

        // 2. The vocabulary for splitting Dutch compounds: Dutch lesson words and lexicon words.
        var splitVocabulary: Set<String> = []
        for (id, word) in words.enumerated() where usedIn[id] & 2 != 0 && word.utf8.count >= 3 { splitVocabulary.insert(word) }
        for word in lexicon.words where word.utf8.count >= 3 { splitVocabulary.insert(word) }
        let splitter = DutchCompoundSplitter(vocabulary: splitVocabulary)

        // 3. Analyse each distinct word once per language it is used in.
        var stemTerms: [String: Int32] = [:]
        var termCount: Int32 = 0
        func stemTerm(_ stem: String) -> Int32 {
            if let id = stemTerms[stem] { return id }
            defer { termCount += 1 }
            stemTerms[stem] = termCount
            return termCount
        }
        var conceptTerms = [Int32](repeating: -1, count: lexicon.conceptCount)
        func conceptTerm(_ concept: ConceptLexicon.Concept) -> Int32 {
            let existing = conceptTerms[Int(concept)]
            if existing >= 0 { return existing }
            defer { termCount += 1 }
            conceptTerms[Int(concept)] = termCount
            return termCount
        }
        var contributions = [WordContributions(), WordContributions()] // [en, nl]
        for (slot, language) in [(0, Language.en), (1, Language.nl)] {
            var table = WordContributions()
            table.stemTerm.reserveCapacity(words.count)
            table.phraseToken.reserveCapacity(words.count)
            table.partStart.reserveCapacity(words.count + 1)
            let bit: UInt8 = language == .nl ? 2 : 1
            for (id, word) in words.enumerated() {
                defer { table.partStart.append(Int32(table.parts.count)) }
                guard usedIn[id] & bit != 0 else {
                    table.stemTerm.append(-1)
                    table.phraseToken.append(-2)
                    continue
                }
                let stem = lexicon.stemmers.stem(word, language: language)
                let isStop = StopWords.isStopWord(word, language: language)
                table.stemTerm.append(isStop ? -1 : stemTerm(stem))
                table.phraseToken.append(ConceptLexicon.isPhraseNoise(word) ? -2 : lexicon.token(word: word, stem: stem))
                if !isStop && language == .nl && word.utf8.count >= LessonIndex.minimumCompoundLength {
                    let parts = splitter.split(word)
                    for part in parts where !StopWords.isStopWord(part, language: .nl) {
                        table.parts.append(stemTerm(lexicon.stemmers.stem(part, language: .nl)))
                    }
                    if !parts.isEmpty {
                        for concept in lexicon.concepts(ofWords: parts, language: .nl) { table.parts.append(conceptTerm(concept)) }
                    }
                }
            }
            contributions[slot] = table
        }

        // 4. Field lengths (words that are not stop words) and their averages.
        var lengths: [SIMD4<Float>] = []
        lengths.reserveCapacity(lessons.count)
        var totals = SIMD4<Float>(repeating: 0)
        start = 0
        for (l, lesson) in lessons.enumerated() {
            let stemTermOf = contributions[lesson.language == .nl ? 1 : 0].stemTerm
            var length = SIMD4<Float>(repeating: 0)
            for f in 0..<4 {
                let end = fieldEnds[l * 4 + f]
                var count: Float = 0
                for t in start..<end where stemTermOf[Int(tokens[t])] >= 0 { count += 1 }
                length[f] = count
                start = end
            }
            lengths.append(length)
            totals += length
        }
        let n = Float(max(lessons.count, 1))
        let averages = (totals / n).replacing(with: 1, where: totals / n .< 1)
        let fieldWeights = parameters.fieldWeights
        let k1 = parameters.k1, b = parameters.b
        let partWeight = parameters.compoundPartWeight

        // 5. Per lesson: field-weighted term frequencies, length-normalised and saturated.
        // Concept terms may still be created here, so the accumulator has room for all of them.
        var accumulated = [SIMD4<Float>](repeating: .zero, count: Int(termCount) + lexicon.conceptCount)
        var touched: [Int32] = []
        var entryTerms: [Int32] = []
        var entryWeights: [Float] = []
        var lessonEntryEnds: [Int] = []
        lessonEntryEnds.reserveCapacity(lessons.count)
        var headingStart: [Int32] = [0]
        headingStart.reserveCapacity(lessons.count + 1)
        var headingTerms: [Int32] = []
        var headingWeights: [Float] = []
        var headingInTitle: [Bool] = []
        let headingLanes = SIMD4<Float>(1, 1, 1, 0)
        var phraseStream: [Int32] = []
        // Per concept: where its last match in the current field ended, valid when its stamp is
        // the field's: a concept found by overlapping phrases counts once per stretch of text.
        var conceptEnd = [Int](repeating: 0, count: lexicon.conceptCount)
        var conceptStamp = [Int](repeating: -1, count: lexicon.conceptCount)
        var found: [ConceptLexicon.Concept] = []
        start = 0
        for (l, lesson) in lessons.enumerated() {
            let table = contributions[lesson.language == .nl ? 1 : 0]
            let scale = fieldWeights / (1 - b + b * lengths[l] / averages)
            for f in 0..<4 {
                let end = fieldEnds[l * 4 + f]
                var lane = SIMD4<Float>(repeating: 0)
                lane[f] = 1
                func add(_ term: Int32, _ amount: Float) {
                    let t = Int(term)
                    if accumulated[t] == .zero { touched.append(term) }
                    accumulated[t] += lane * amount
                }
                phraseStream.removeAll(keepingCapacity: true)
                for t in start..<end {
                    let word = Int(tokens[t])
                    let stem = table.stemTerm[word]
                    if stem >= 0 { add(stem, 1) }
                    let partsStart = Int(table.partStart[word]), partsEnd = Int(table.partStart[word + 1])
                    if partsStart < partsEnd { for p in partsStart..<partsEnd { add(table.parts[p], partWeight) } }
                    let token = table.phraseToken[word]
                    if token != -2 { phraseStream.append(token) }
                }
                let stamp = l * 4 + f
                found.removeAll(keepingCapacity: true)
                lexicon.forEachMatch(in: phraseStream) { positions, concepts in
                    let position = positions[0], end = positions[positions.count - 1] + 1
                    for concept in concepts {
                        let c = Int(concept)
                        if conceptStamp[c] == stamp && conceptEnd[c] > position {
                            conceptEnd[c] = max(conceptEnd[c], end)
                            continue
                        }
                        conceptStamp[c] = stamp
                        conceptEnd[c] = end
                        found.append(concept)
                    }
                }
                for concept in found { add(conceptTerm(concept), 1) }
                start = end
            }
            touched.sort()
            for term in touched {
                let tf = (accumulated[Int(term)] * scale).sum()
                let headingTF = (accumulated[Int(term)] * scale * headingLanes).sum()
                if headingTF > 0 {
                    headingTerms.append(term)
                    headingWeights.append(headingTF / (k1 + headingTF))
                    headingInTitle.append(accumulated[Int(term)][0] > 0)
                }
                accumulated[Int(term)] = .zero
                entryTerms.append(term)
                entryWeights.append(tf / (k1 + tf))
            }
            touched.removeAll(keepingCapacity: true)
            lessonEntryEnds.append(entryTerms.count)
            headingStart.append(Int32(headingTerms.count))
        }

        // 5b. The title and sample questions one by one: per word its stem, compound parts and
        // the concepts of the phrases it is part of.
        var sentences = SampleSentences()
        var wordTerms: [[Int32]] = []
        var streamWord: [Int] = []
        var sentence = 0
        for (l, lesson) in lessons.enumerated() {
            let table = contributions[lesson.language == .nl ? 1 : 0]
            var sentenceStart = l == 0 ? 0 : fieldEnds[l * 4 - 1]
            while sentence < lessonSentenceEnds[l] {
                let end = sentenceEnds[sentence]
                wordTerms.removeAll(keepingCapacity: true)
                phraseStream.removeAll(keepingCapacity: true)
                streamWord.removeAll(keepingCapacity: true)
                for t in sentenceStart..<end {
                    let word = Int(tokens[t])
                    var own: [Int32] = []
                    let stem = table.stemTerm[word]
                    if stem >= 0 { own.append(stem) }
                    let partsStart = Int(table.partStart[word]), partsEnd = Int(table.partStart[word + 1])
                    if partsStart < partsEnd { for p in partsStart..<partsEnd where !own.contains(table.parts[p]) { own.append(table.parts[p]) } }
                    let token = table.phraseToken[word]
                    if token != -2 {
                        phraseStream.append(token)
                        streamWord.append(wordTerms.count)
                    }
                    wordTerms.append(own)
                }
                lexicon.forEachMatch(in: phraseStream) { positions, concepts in
                    for position in positions {
                        let w = streamWord[position]
                        guard !wordTerms[w].isEmpty else { continue }
                        for concept in concepts {
                            let term = conceptTerm(concept)
                            if !wordTerms[w].contains(term) { wordTerms[w].append(term) }
                        }
                    }
                }
                for own in wordTerms { sentences.appendWord(own) }
                sentences.endSentence()
                sentenceStart = end
                sentence += 1
            }
            sentences.endLesson()
        }

        // 6. Posting lists (lessons in order within each term) and idf. The per-lesson arrays
        // are released first and after, to keep the peak memory of a build low.
        tokens = []
        accumulated = []
        let postings = PostingLists(termCount: Int(termCount), entryTerms: entryTerms, entryWeights: entryWeights, lessonEntryEnds: lessonEntryEnds)
        entryTerms = []
        entryWeights = []
        var idf = [Float](repeating: 0, count: Int(termCount))
        for t in 0..<Int(termCount) {
            let df = Float(postings.count(of: Int32(t)))
            idf[t] = log(1 + (n - df + 0.5) / (df + 0.5))
        }
        sentences.weigh(idf: idf)
        var topicality = [Float](repeating: 0, count: Int(termCount))
        for term in headingTerms { topicality[Int(term)] += 1 }
        for t in 0..<Int(termCount) {
            let df = Float(postings.count(of: Int32(t)))
            topicality[t] = df > 0 ? min(1, topicality[t] / df) : 0
        }

        // 6b. The dictionary, kept only where it reaches a word of the library in the other language.
        var termLanguages = [UInt8](repeating: 0, count: Int(termCount))
        for (slot, bit) in [(0, UInt8(1)), (1, UInt8(2))] {
            for term in contributions[slot].stemTerm where term >= 0 { termLanguages[Int(term)] |= bit }
        }
        let bridge = TranslationBridge(source: translations, stemmers: lexicon.stemmers, stemTerms: stemTerms, termLanguages: termLanguages)
        // A question's compounds may be split into the dictionary's forms of the lessons' words too.
        let querySplitter = bridge.dutchWords.isSubset(of: splitVocabulary) ? splitter
            : DutchCompoundSplitter(vocabulary: splitVocabulary.union(bridge.dutchWords))

        // 7. The vocabulary (languages, typo tolerance): the lessons' words, and the lexicon's words.
        var entries: [String: LessonVocabulary.Entry] = [:]
        entries.reserveCapacity(words.count + lexicon.words.count)
        for (id, word) in words.enumerated() {
            entries[word] = LessonVocabulary.Entry(count: Int(wordCounts[id]), languages: LessonVocabulary.Languages(rawValue: usedIn[id]))
        }
        for word in lexicon.words where entries[word] == nil { entries[word] = LessonVocabulary.Entry(count: 1, languages: []) }
        let vocabulary = LessonVocabulary(words: entries)

        return Output(stemTerms: stemTerms, conceptTerms: conceptTerms, postings: postings, idf: idf, splitter: querySplitter, vocabulary: vocabulary, sentences: sentences,
                      headingStart: headingStart, headingTerms: headingTerms, headingWeights: headingWeights, headingInTitle: headingInTitle,
                      topicality: topicality, translations: bridge)
    }
}
