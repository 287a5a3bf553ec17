/// For every term, the lessons that contain it and the term's saturated BM25F weight in each,
/// stored flat (compressed sparse rows): one array of offsets, one of lessons, one of weights.
/// Eight bytes per posting and no per-term allocations.
struct PostingLists: Sendable {
    /// `starts[t] ..< starts[t + 1]` are term `t`'s postings.
    private let starts: [Int32]
    let lessons: [Int32]
    let weights: [Float]

    /// Builds the lists from per-lesson entries: `entryTerms`/`entryWeights` hold each lesson's
    /// terms in lesson order, lesson `l`'s entries ending at `lessonEntryEnds[l]`.
    init(termCount: Int, entryTerms: [Int32], entryWeights: [Float], lessonEntryEnds: [Int]) {
        var counts = [Int32](repeating: 0, count: termCount + 1)
        for term in entryTerms { counts[Int(term) + 1] += 1 }
        for t in 0..<termCount { counts[t + 1] += counts[t] }
        starts = counts
        var next = counts
        var lessons = [Int32](repeating: 0, count: entryTerms.count)
        var weights = [Float](repeating: 0, count: entryTerms.count)
        var entry = 0
        for (lesson, end) in lessonEntryEnds.enumerated() {
            while entry < end {
                let term = Int(entryTerms[entry])
                let slot = Int(next[term])
                next[term] += 1
                lessons[slot] = Int32(lesson)
                weights[slot] = entryWeights[entry]
                entry += 1
            }
        }
        self.lessons = lessons
        self.weights = weights
    }

    /// The range of `term`'s postings in ``lessons`` and ``weights``.
    @inline(__always) func range(of term: Int32) -> Range<Int> {
        Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }

    /// The number of lessons that contain `term` (its document frequency).
    func count(of term: Int32) -> Int { range(of: term).count }

    /// The total number of postings.
    var totalCount: Int { lessons.count }
}
