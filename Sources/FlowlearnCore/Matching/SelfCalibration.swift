/// Calibrates a ``MatchPolicy`` on the library itself, when a matcher is built, so the decision
/// between answering, offering a choice and saying "nothing yet" fits whatever lessons an
/// organisation has, and stays fitted when lessons are added or removed.
///
/// The library yields labelled questions of its own. The topics (a lesson, or two twins) are
/// split into ``folds`` groups; for each group an index is built over the other topics, with one
/// sample question of each of their lessons held out. Asking it the held-out questions gives
/// in-scope examples (the right lesson is known, its wording is not in the index); asking it the
/// sample questions of the group's own lessons gives out-of-scope examples (questions about
/// a topic the library does not have, worded like real ones). Every policy on a grid is scored on
/// these examples by what a reply is worth to the asker (``Worth``), and the best one is taken.
///
/// **Chat shift.** Sample questions are written by the lesson's author, in the lesson's words; a
/// question typed in chat carries words no lesson has (context, chat shorthand, typos), so its
/// confidence runs lower for the same fit. The fitted thresholds are therefore scaled by
/// ``chatShift`` before use. That one number was measured on the two labelled development sets
/// (the shipped content's questions and the independent corpus's), whose chat questions have a
/// median confidence of 0.58–0.79 times that of the held-out sample questions, and chosen from
/// 1, 0.8, 0.7, 0.6 for the best balance of right answers, rejection and wrong answers on both.
///
/// Bounded cost: a library of more than ``maximumLessons`` lessons is calibrated on an even sample
/// of its topics, and each fold asks at most ``maximumQuestions`` questions of each kind.
public enum SelfCalibration {
    /// What a reply is worth, per question. In-scope and out-of-scope questions are weighed so
    /// that out-of-scope ones make ``outOfScopeShare`` of the total, whatever their counts.
    enum Worth {
        static let rightAnswer = 1.0
        static let rightAmongChoices = 0.6
        static let choicesWithoutTheRightOne = -0.2
        /// A wrong lesson shown as the answer costs more than any other mistake.
        static let wrongAnswer = -2.0
        static let rejected = 0.0
        static let outOfScopeRejected = 1.0
        static let outOfScopeChoices = -0.3
        static let outOfScopeAnswered = -2.0
        static let outOfScopeShare = 0.2
    }

    static let folds = 3
    static let chatShift = 0.9
    static let maximumLessons = 300
    static let maximumQuestions = 150
    /// Fewer examples than this of either kind: the library is too small; ``MatchPolicy/standard`` is used.
    static let minimumExamples = 8

    /// The calibrated policy and what it was fitted on.
    public struct Report: Sendable, Equatable {
        public var policy: MatchPolicy
        public var inScopeExamples: Int
        public var outOfScopeExamples: Int
        /// On the calibration examples, under the fitted policy before the chat shift: the share of in-scope ones answered right, reached in one
        /// reply (answer or choice), answered wrong; and of out-of-scope ones rejected.
        public var answeredRight: Double
        public var reached: Double
        public var answeredWrong: Double
        public var rejected: Double
        /// False when the library was too small and the policy is the standard one.
        public var calibrated: Bool
    }

    /// One calibration question: what the index ranked first, second, third.
    public struct Example: Sendable {
        public var inScope: Bool
        /// Per rank: confidence and score...
        public var ranked: [(confidence: Double, score: Double)]
        /// ...and whether it is the right lesson (or its twin).
        public var right: [Bool]

        public init(inScope: Bool, ranked: [(confidence: Double, score: Double)], right: [Bool]) {
            self.inScope = inScope
            self.ranked = ranked
            self.right = right
        }
    }

    static func calibrate(library: ContentLibrary, index: LessonIndex, language: LanguageResources) -> Report {
        let examples = self.examples(index: index, language: language)
        return fit(examples)
    }

    /// The labelled examples the library yields (see above).
    public static func examples(of matcher: LessonMatcher, language: LanguageResources) -> [Example] {
        examples(index: matcher.index, language: language)
    }

    static func examples(index: LessonIndex, language: LanguageResources) -> [Example] {
        let lessons = index.lessons
        // Topics: a lesson and its twin together.
        var topics: [[Int]] = []
        var seen = Set<Int>()
        for position in lessons.indices.sorted(by: { lessons[$0].id < lessons[$1].id }) where !seen.contains(position) {
            var topic = [position]
            seen.insert(position)
            if let twin = index.twins.twin(of: position), seen.insert(twin).inserted { topic.append(twin) }
            topics.append(topic)
        }
        guard topics.count >= folds * 2 else { return [] }
        // An even sample of topics for large libraries.
        if lessons.count > maximumLessons {
            let stride = Double(lessons.count) / Double(maximumLessons)
            var sample: [[Int]] = []
            var next = 0.0
            for (k, topic) in topics.enumerated() where Double(k) >= next {
                sample.append(topic)
                next += stride
            }
            topics = sample
        }
        var twinID: [String: String] = [:]
        for (position, lesson) in lessons.enumerated() {
            if let twin = index.twins.twin(of: position) { twinID[lesson.id] = lessons[twin].id }
        }
        var examples: [Example] = []
        for fold in 0..<folds {
            var kept: [Microlearning] = []
            var heldOut: [(question: String, lesson: Microlearning)] = []
            var absent: [(question: String, lesson: Microlearning)] = []
            for (k, topic) in topics.enumerated() {
                for position in topic {
                    var lesson = lessons[position]
                    if k % folds == fold {
                        for question in lesson.questions { absent.append((question, lesson)) }
                        continue
                    }
                    if lesson.questions.count >= 2 {
                        let q = (fold + k) % lesson.questions.count
                        heldOut.append((lesson.questions[q], lesson))
                        lesson.questions.remove(at: q)
                    }
                    kept.append(lesson)
                }
            }
            let foldIndex = LessonIndex(lessons: kept, lexicon: index.lexicon, translations: language.translations == nil ? nil : index.translationPairs,
                                        parameters: index.parameters)
            let matcher = LessonMatcher(library: ContentLibrary(lessons: kept), index: foldIndex,
                                        policy: MatchPolicy(minimumConfidence: 0, answerConfidence: 0, ambiguityRatio: 2))
            func ask(_ question: String, _ lesson: Microlearning, inScope: Bool) -> Example {
                let result = matcher.match(question, fallbackLanguage: lesson.language, candidateLimit: 3)
                let top = result.candidates.prefix(3)
                return Example(inScope: inScope, ranked: top.map { ($0.confidence, $0.score) },
                               right: top.map { inScope && ($0.lesson.id == lesson.id || $0.lesson.id == twinID[lesson.id]) })
            }
            for (question, lesson) in evenly(heldOut, maximumQuestions) { examples.append(ask(question, lesson, inScope: true)) }
            for (question, lesson) in evenly(absent, maximumQuestions) { examples.append(ask(question, lesson, inScope: false)) }
        }
        return examples
    }

    /// At most `limit` elements, spread evenly over `items`.
    static func evenly<T>(_ items: [T], _ limit: Int) -> [T] {
        guard items.count > limit else { return items }
        return (0..<limit).map { items[$0 * items.count / limit] }
    }

    /// The policy with the highest worth on `examples` over a grid of thresholds and ratios, the
    /// worth of each point smoothed over its neighbours on the grid: a few examples more or less
    /// (a lesson added, a compound read differently) must not move the policy to another corner of
    /// a flat optimum.
    static func fit(_ examples: [Example]) -> Report {
        let inScope = examples.filter(\.inScope), outOfScope = examples.filter { !$0.inScope }
        guard inScope.count >= minimumExamples, outOfScope.count >= minimumExamples else {
            return Report(policy: .standard, inScopeExamples: inScope.count, outOfScopeExamples: outOfScope.count,
                          answeredRight: 0, reached: 0, answeredWrong: 0, rejected: 0, calibrated: false)
        }
        let inWeight = (1 - Worth.outOfScopeShare) / Double(inScope.count)
        let outWeight = Worth.outOfScopeShare / Double(outOfScope.count)
        let steps = stride(from: 0.05, through: 0.9001, by: 0.025).map { $0 }
        let ratios = stride(from: 0.6, through: 1.0001, by: 0.05).map { $0 }
        // worth[i][j][k]: minimum steps[i], answer steps[j] (j >= i), ratio ratios[k].
        var worth = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: .nan, count: ratios.count), count: steps.count),
                                 count: steps.count)
        for i in steps.indices {
            for j in i..<steps.count {
                for (k, ratio) in ratios.enumerated() {
                    let policy = MatchPolicy(minimumConfidence: steps[i], answerConfidence: steps[j], ambiguityRatio: ratio)
                    var total = 0.0
                    for example in examples {
                        total += (example.inScope ? inWeight : outWeight) * value(of: example, under: policy)
                    }
                    worth[i][j][k] = total
                }
            }
        }
        var best: (worth: Double, i: Int, j: Int, k: Int)?
        for i in steps.indices {
            for j in i..<steps.count {
                for k in ratios.indices {
                    var sum = 0.0, count = 0.0
                    for di in -1...1 {
                        for dj in -1...1 {
                            for dk in -1...1 {
                                let (a, b, c) = (i + di, j + dj, k + dk)
                                guard steps.indices.contains(a), steps.indices.contains(b), ratios.indices.contains(c), b >= a else { continue }
                                sum += worth[a][b][c]
                                count += 1
                            }
                        }
                    }
                    let smoothed = sum / count
                    if best == nil || smoothed > best!.worth + 1e-12 { best = (smoothed, i, j, k) }
                }
            }
        }
        let policy = MatchPolicy(minimumConfidence: steps[best!.i], answerConfidence: steps[best!.j], ambiguityRatio: ratios[best!.k])
        var right = 0, reached = 0, wrong = 0, rejected = 0
        for example in inScope {
            switch outcome(of: example, under: policy) {
            case .answer: if example.right[0] { right += 1; reached += 1 } else { wrong += 1 }
            case .choose(let count): if example.right.prefix(count).contains(true) { reached += 1 }
            case .nothing: break
            }
        }
        for example in outOfScope where outcome(of: example, under: policy) == .nothing { rejected += 1 }
        let shifted = MatchPolicy(minimumConfidence: policy.minimumConfidence * chatShift, answerConfidence: policy.answerConfidence * chatShift,
                                  ambiguityRatio: policy.ambiguityRatio, maximumChoices: policy.maximumChoices)
        return Report(policy: shifted, inScopeExamples: inScope.count, outOfScopeExamples: outOfScope.count,
                      answeredRight: Double(right) / Double(inScope.count), reached: Double(reached) / Double(inScope.count),
                      answeredWrong: Double(wrong) / Double(inScope.count), rejected: Double(rejected) / Double(outOfScope.count),
                      calibrated: true)
    }

    static func outcome(of example: Example, under policy: MatchPolicy) -> MatchPolicy.Outcome {
        policy.decide(example.ranked)
    }

    static func value(of example: Example, under policy: MatchPolicy) -> Double {
        switch outcome(of: example, under: policy) {
        case .answer:
            if !example.inScope { return Worth.outOfScopeAnswered }
            return example.right[0] ? Worth.rightAnswer : Worth.wrongAnswer
        case .choose(let count):
            if !example.inScope { return Worth.outOfScopeChoices }
            return example.right.prefix(count).contains(true) ? Worth.rightAmongChoices : Worth.choicesWithoutTheRightOne
        case .nothing:
            return example.inScope ? Worth.rejected : Worth.outOfScopeRejected
        }
    }
}
