/// Each lesson's title and sample questions kept apart, as the index terms of their words, so a
/// question can be compared with the single closest one ("how people ask for this lesson")
/// rather than with all of them pooled: "hoe geef ik feedback" says all of "Hoe geef ik feedback
/// aan een collega?" but only part of "How can I ask my manager for more feedback?", although
/// both lessons have every word of it somewhere in their questions. Pooled, a lesson with many
/// sample questions matches a bit of everything; one sentence at a time, the question has to
/// say what one of them says.
///
/// Stored flat (compressed sparse rows): lesson → sentences → words → terms. A word's terms are its
/// stem, the parts of a Dutch compound and the concepts of the phrases it takes part in; its
/// weight is the highest idf among them.
struct SampleSentences: Sendable {
    /// `lessonStart[l] ..< lessonStart[l + 1]`: lesson `l`'s sentences.
    private(set) var lessonStart: [Int32] = [0]
    /// `wordStart[s] ..< wordStart[s + 1]`: sentence `s`'s words.
    private(set) var wordStart: [Int32] = [0]
    /// `termStart[w] ..< termStart[w + 1]`: word `w`'s terms in ``terms``.
    private(set) var termStart: [Int32] = [0]
    private(set) var terms: [Int32] = []
    /// Per word: how much information it carries (the highest idf of its terms).
    private(set) var wordWeight: [Float] = []

    /// Adds one word (its distinct terms) to the current sentence.
    mutating func appendWord(_ wordTerms: [Int32]) {
        guard !wordTerms.isEmpty else { return }
        terms += wordTerms
        termStart.append(Int32(terms.count))
    }

    /// Ends the current sentence (an empty one is dropped).
    mutating func endSentence() {
        let words = Int32(termStart.count - 1)
        if words > wordStart[wordStart.count - 1] { wordStart.append(words) }
    }

    /// Ends the current lesson.
    mutating func endLesson() {
        lessonStart.append(Int32(wordStart.count - 1))
    }

    /// Sets every word's weight from the terms' idf, once the index knows them.
    mutating func weigh(idf: [Float]) {
        wordWeight = (0..<(termStart.count - 1)).map { w in
            var best: Float = 0
            for t in Int(termStart[w])..<Int(termStart[w + 1]) where Int(terms[t]) < idf.count { best = max(best, idf[Int(terms[t])]) }
            return best
        }
    }

    /// How closely `lesson`'s closest sentence matches a question, 0–1: the largest share of a
    /// sentence's information that the question has (a word counts with the factor of the
    /// question's alternative it matches: a synonym or a typo counts a little less). `queryTerms`
    /// holds the terms of the question's alternatives with their factors, sorted by term.
    func closeness(lesson: Int, queryTerms: [(term: Int32, factor: Float)]) -> Float {
        var best: Float = 0
        for s in Int(lessonStart[lesson])..<Int(lessonStart[lesson + 1]) {
            var information: Float = 0, covered: Float = 0
            for w in Int(wordStart[s])..<Int(wordStart[s + 1]) {
                let weight = wordWeight[w]
                information += weight
                var wordBest: Float = 0
                for t in Int(termStart[w])..<Int(termStart[w + 1]) {
                    let term = terms[t]
                    var low = 0, high = queryTerms.count
                    while low < high {
                        let mid = (low + high) / 2
                        if queryTerms[mid].term < term { low = mid + 1 } else { high = mid }
                    }
                    while low < queryTerms.count && queryTerms[low].term == term {
                        wordBest = max(wordBest, queryTerms[low].factor)
                        low += 1
                    }
                }
                covered += weight * wordBest
            }
            if information > 0 { best = max(best, covered / information) }
        }
        return best
    }

    /// Bytes held (for the benchmark's memory figures).
    var byteCount: Int { (lessonStart.count + wordStart.count + termStart.count + terms.count + wordWeight.count) * 4 }
}
