/// The lessons that are the same topic written twice, once per language. Declared twins: ids that
/// differ only in a `-nl` / `-en` suffix (`recognise-phishing-en` / `recognise-phishing-nl`), or two
/// lessons in different languages that name each other in `related`. Found twins (see
/// ``init(lessons:headings:declaredSides:fullCoverageWeight:)``): two lessons in
/// different languages whose titles, tags and sample questions say the same, as the bilingual
/// lexicon reads them (`feedback-geven-nl` / `give-feedback-en` in the shipped content, which no id
/// or `related` list pairs). The matcher answers with the twin in the asker's language, and never
/// offers the same topic twice.
struct TopicTwins: Sendable {
    /// Per lesson (by position): its twin's position, or -1.
    private let twinOf: [Int32]

    /// Found twins are at least this alike (weighted Jaccard of what their titles, tags and sample
    /// questions say, see the initialiser), and each one's title has at least ``minimumTitleShare``
    /// of the other's. Measured when they were chosen (November 2026): the five pairs in the shipped
    /// content score 0.31–0.67 with title shares of 0.35 and more, the six pairs of the corpus
    /// (whose ids do not pair them: `give-feedback-en` / `feedback-geven-nl`) 0.58–1.0 and 0.37;
    /// among the other cross-language lessons that are each other's closest, the most alike pair
    /// of the corpus scores 0.26 (the manager's review and the 1:1), and `datalek-melden` /
    /// `report-phishing` in the shipped content 0.33 — a lesson about reporting a data breach or
    /// phishing next to one about phishing alone, which share a topic but not the whole of it: their
    /// titles share only 0.17 and 0.25, so the title share keeps them apart.
    static let minimumSimilarity: Float = 0.30
    static let minimumTitleShare: Float = 0.30
    /// Terms in more lessons' headings than this are left out of the comparison (they say little
    /// about a topic, and the comparison costs about their document frequency squared).
    static let maximumDocumentFrequency = 64

    init(lessons: [Microlearning]) {
        twinOf = Self.declared(lessons)
    }

    /// The declared twins, and then the found ones among the lessons without a declared twin: a
    /// lesson's twin is the lesson in the other language most like it, when each is the other's
    /// closest, they are at least ``minimumSimilarity`` alike, their titles share at least
    /// ``minimumTitleShare`` both ways, and neither declares a side (``SideCues``: manager or
    /// employee, giving or receiving) or an audience the other does not.
    ///
    /// Alike is measured on what the titles, tags and sample questions say, by the terms two
    /// languages can share: the lexicon's concepts (a word and its translation are one concept)
    /// and words that lessons in both languages use ("feedback", "phishing"). Each term counts with
    /// its idf times how strongly the lesson has it; the similarity is the weighted Jaccard.
    init(lessons: [Microlearning], headings: IndexBuilder.Output, declaredSides: [SideCues.Mask], fullCoverageWeight: Float) {
        let idf = headings.idf
        var twin = Self.declared(lessons)
        let n = lessons.count
        let termCount = idf.count
        // Per term: in how many headings it occurs, and in which languages' (bit 0 en, bit 1 nl).
        var frequency = [Int32](repeating: 0, count: termCount)
        var languages = [UInt8](repeating: 0, count: termCount)
        var isConcept = [Bool](repeating: false, count: termCount)
        for term in headings.conceptTerms where term >= 0 && Int(term) < termCount { isConcept[Int(term)] = true }
        for l in 0..<n {
            let bit: UInt8 = lessons[l].language == .nl ? 2 : 1
            for e in headings.headingEntries(of: l) {
                let term = Int(headings.headingTerms[e])
                frequency[term] += 1
                languages[term] |= bit
            }
        }
        func counts(_ term: Int) -> Bool {
            frequency[term] <= Self.maximumDocumentFrequency && (isConcept[term] || languages[term] == 3)
        }
        // Per term, the undeclared lessons whose headings have it, for accumulating overlaps.
        var holderStart = [Int32](repeating: 0, count: termCount + 1)
        var total = [Float](repeating: 0, count: n)
        func value(_ e: Int) -> Float {
            idf[Int(headings.headingTerms[e])] * min(1, headings.headingWeights[e] / fullCoverageWeight)
        }
        for l in 0..<n where twin[l] < 0 {
            for e in headings.headingEntries(of: l) where counts(Int(headings.headingTerms[e])) {
                holderStart[Int(headings.headingTerms[e]) + 1] += 1
                total[l] += value(e)
            }
        }
        for t in 0..<termCount { holderStart[t + 1] += holderStart[t] }
        var next = holderStart
        var holderLesson = [Int32](repeating: 0, count: Int(holderStart[termCount]))
        var holderValue = [Float](repeating: 0, count: holderLesson.count)
        for l in 0..<n where twin[l] < 0 {
            for e in headings.headingEntries(of: l) where counts(Int(headings.headingTerms[e])) {
                let term = Int(headings.headingTerms[e])
                holderLesson[Int(next[term])] = Int32(l)
                holderValue[Int(next[term])] = value(e)
                next[term] += 1
            }
        }
        // Per lesson: its most similar lesson in the other language.
        var best = [Int32](repeating: -1, count: n)
        var bestSimilarity = [Float](repeating: 0, count: n)
        var overlap = [Float](repeating: 0, count: n)
        var touched: [Int] = []
        for a in 0..<n where twin[a] < 0 && total[a] > 0 {
            for e in headings.headingEntries(of: a) where counts(Int(headings.headingTerms[e])) {
                let term = Int(headings.headingTerms[e])
                let mine = value(e)
                for h in Int(holderStart[term])..<Int(holderStart[term + 1]) {
                    let b = Int(holderLesson[h])
                    guard lessons[b].language != lessons[a].language else { continue }
                    if overlap[b] == 0 { touched.append(b) }
                    overlap[b] += min(mine, holderValue[h])
                }
            }
            for b in touched {
                let union = total[a] + total[b] - overlap[b]
                let similarity = union > 0 ? overlap[b] / union : 0
                if similarity > bestSimilarity[a] || (similarity == bestSimilarity[a] && b < Int(best[a])) {
                    bestSimilarity[a] = similarity
                    best[a] = Int32(b)
                }
                overlap[b] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        // The share of lesson a's title (its counted terms, by idf) that lesson b's title has too.
        func titleCoverage(_ a: Int, _ b: Int) -> Float {
            var other: Set<Int32> = []
            for e in headings.headingEntries(of: b) where headings.headingInTitle[e] { other.insert(headings.headingTerms[e]) }
            var all: Float = 0, shared: Float = 0
            for e in headings.headingEntries(of: a) where headings.headingInTitle[e] && counts(Int(headings.headingTerms[e])) {
                let term = headings.headingTerms[e]
                all += idf[Int(term)]
                if other.contains(term) { shared += idf[Int(term)] }
            }
            return all > 0 ? shared / all : 0
        }
        for a in 0..<n where twin[a] < 0 && best[a] >= 0 {
            let b = Int(best[a])
            guard a < b, best[b] == Int32(a), twin[b] < 0, bestSimilarity[a] >= Self.minimumSimilarity,
                  titleCoverage(a, b) >= Self.minimumTitleShare, titleCoverage(b, a) >= Self.minimumTitleShare,
                  declaredSides[a] == declaredSides[b], Self.sameAudience(lessons[a], lessons[b]) else { continue }
            twin[a] = Int32(b)
            twin[b] = Int32(a)
        }
        twinOf = twin
    }

    /// Whether two lessons are written for the same readers, as far as they say.
    static func sameAudience(_ a: Microlearning, _ b: Microlearning) -> Bool {
        guard let x = a.audience?.lowercased(), let y = b.audience?.lowercased() else { return true }
        return x == y
    }

    /// The twins the ids and `related` lists declare.
    private static func declared(_ lessons: [Microlearning]) -> [Int32] {
        var twin = [Int32](repeating: -1, count: lessons.count)
        var byBase: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        for (i, lesson) in lessons.enumerated() {
            if byID[lesson.id] == nil { byID[lesson.id] = i }
            if let base = Self.base(of: lesson.id) { byBase[base, default: []].append(i) }
        }
        for indices in byBase.values where indices.count == 2 {
            let (a, b) = (indices[0], indices[1])
            if lessons[a].language != lessons[b].language { twin[a] = Int32(b); twin[b] = Int32(a) }
        }
        for (a, lesson) in lessons.enumerated() where twin[a] < 0 {
            for id in lesson.related {
                guard let b = byID[id], twin[b] < 0, b != a, lessons[b].language != lesson.language,
                      lessons[b].related.contains(lesson.id) else { continue }
                twin[a] = Int32(b)
                twin[b] = Int32(a)
                break
            }
        }
        return twin
    }

    /// The position of the twin of the lesson at `index`, if it has one.
    func twin(of index: Int) -> Int? {
        let t = twinOf[index]
        return t >= 0 ? Int(t) : nil
    }

    /// The id without its language suffix, for ids that end in `-nl` or `-en`.
    static func base(of id: String) -> String? {
        for suffix in ["-nl", "-en"] where id.hasSuffix(suffix) { return String(id.dropLast(3)) }
        return nil
    }
}
