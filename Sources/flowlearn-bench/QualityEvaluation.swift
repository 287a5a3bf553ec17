import Foundation
import FlowlearnCore

/// `flowlearn-bench --eval`: answer quality on labelled questions, per half of the question file
/// (A: lines 1, 3, 5, ...; B: lines 2, 4, 6, ...; develop on one, check the other for overfitting)
/// and on the whole, and the sweep that calibrates ``MatchPolicy/minimumConfidence``.
enum QualityEvaluation {
    /// The calibration rule (documented on ``MatchPolicy``): among the thresholds 0.00, 0.01 ... 1.00,
    /// those that keep confidently-wrong answers at or under this share of in-scope questions, on
    /// each half as well as on all questions...
    static let confidentlyWrongLimit = 0.03
    /// ...the one with the highest top-1 accuracy plus out-of-scope rejection (the lowest on a tie).
    static func calibrationScore(_ e: AnswerEvaluation) -> Double { e.top1Accuracy + e.outOfScopeRejection }

    static func run(content: String?, questions path: String?, threshold: Double?, ratio: Double?, sweep: Bool, misses: String?, features: String? = nil) -> Int32 {
        guard let content, let path else {
            print("usage: flowlearn-bench --eval --content DIR --questions FILE [--threshold X] [--ratio R] [--sweep] [--misses [A|B]] [--features FILE]")
            return 2
        }
        let loaded = ContentLoader(root: content).load()
        guard let library = loaded.library else {
            loaded.diagnostics.forEach { print($0) }
            return 1
        }
        guard let questions = readQuestions(path) else { return 1 }
        var policy = MatchPolicy.standard
        if let threshold { policy.minimumConfidence = threshold }
        if let ratio { policy.ambiguityRatio = ratio }
        let halves: [(String, [LabelledQuestion])] = [
            ("A (lines 1,3,5…)", questions.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)),
            ("B (lines 2,4,6…)", questions.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)),
            ("all", questions),
        ]
        let clock = ContinuousClock()
        var matcher: LessonMatcher?
        let build = clock.measure { matcher = LessonMatcher(library: library, policy: policy) }
        guard let matcher else { return 1 }
        var rankingMatcher = matcher
        rankingMatcher.policy.minimumConfidence = 0
        print("\(library.lessons.count) lessons, \(questions.count) questions, index built in \(build)")
        print(String(format: "policy: minimum confidence %.2f, ambiguity ratio %.2f", policy.minimumConfidence, policy.ambiguityRatio))
        print("half              | ranking top-1 | top-3 | MRR   | top-1 | oos-rejection | confidently-wrong")
        for (name, set) in halves {
            let r = AnswerEvaluation(matcher: rankingMatcher, questions: set)
            let e = AnswerEvaluation(matcher: matcher, questions: set)
            print(String(format: "%@ | %6.1f%%       | %5.1f%% | %.3f | %5.1f%% | %6.1f%%       | %5.1f%%",
                         name.padding(toLength: 17, withPad: " ", startingAt: 0), r.top1Accuracy * 100, r.top3Recall * 100,
                         r.meanReciprocalRank, e.top1Accuracy * 100, e.outOfScopeRejection * 100, e.confidentlyWrongRate * 100))
        }
        if let featuresPath = features {
            // Calibration data: one row per question (half, in scope, top-1 right, features).
            var rows = "half\tinscope\tright\tcoverage\trunnerUp\tratio\tunknown\tanchored\tcloseness\tservice\tunits\tq\n"
            for (offset, question) in questions.enumerated() {
                let top = rankingMatcher.match(question.text, fallbackLanguage: .en).candidates.first?.lesson.id
                let f = matcher.confidenceFeatures(of: question.text, fallbackLanguage: .en)
                rows += "\(offset % 2 == 0 ? "A" : "B")\t\(question.expected == nil ? 0 : 1)\t\(top != nil && top == question.expected ? 1 : 0)\t\(f.coverage)\t\(f.runnerUpCoverage)\t\(f.scoreRatio)\t\(f.unknownShare)\t\(f.anchoredShare)\t\(f.closeness)\t\(f.serviceTopic ? 1 : 0)\t\(f.unitCount)\t\(question.text)\n"
            }
            try? rows.write(toFile: featuresPath, atomically: true, encoding: .utf8)
        }
        let decisions = questions.map { matcher.match($0.text, fallbackLanguage: .en).decision }
        let answered = decisions.filter { $0 != .noMatch }.count
        let withAlternatives = decisions.filter { $0 == .answerWithAlternatives }.count
        print(String(format: "answers with \"did you mean\" alternatives: %d of %d answered (%.0f%%)", withAlternatives, answered,
                     answered == 0 ? 0 : Double(withAlternatives) * 100 / Double(answered)))
        if let misses {
            // Only one half's misses, so that the other half stays unseen while developing.
            let set = misses == "A" ? halves[0].1 : misses == "B" ? halves[1].1 : questions
            for miss in AnswerEvaluation(matcher: matcher, questions: set).misses {
                let alternatives = miss.offeredAlternatives.isEmpty ? "" : " (did you mean \(miss.offeredAlternatives.joined(separator: ", ")))"
                print("miss line \(miss.question.location.line): \"\(miss.question.text)\" expected \(miss.question.expected ?? "nothing") got \(miss.answered ?? "nothing")\(alternatives) confidence \(String(format: "%.2f", miss.confidence))")
            }
        }
        if sweep {
            print("\nthreshold | top-1 A / B / all         | oos-rejection A / B / all  | confidently-wrong A / B / all")
            var best: (score: Double, threshold: Double, figures: AnswerEvaluation)?
            for step in 0...100 {
                var swept = policy
                swept.minimumConfidence = Double(step) / 100
                var m = matcher
                m.policy = swept
                let e = halves.map { AnswerEvaluation(matcher: m, questions: $0.1) }
                if step % 2 == 0 {
                    print(String(format: "%.2f      | %5.1f %5.1f %5.1f        | %5.1f %5.1f %5.1f          | %4.1f %4.1f %4.1f",
                                 swept.minimumConfidence, e[0].top1Accuracy * 100, e[1].top1Accuracy * 100, e[2].top1Accuracy * 100,
                                 e[0].outOfScopeRejection * 100, e[1].outOfScopeRejection * 100, e[2].outOfScopeRejection * 100,
                                 e[0].confidentlyWrongRate * 100, e[1].confidentlyWrongRate * 100, e[2].confidentlyWrongRate * 100))
                }
                let all = e[2]
                if e.allSatisfy({ $0.confidentlyWrongRate <= confidentlyWrongLimit + 1e-9 }), best == nil || calibrationScore(all) > best!.score + 1e-9 {
                    best = (calibrationScore(all), swept.minimumConfidence, all)
                }
            }
            if let best {
                print(String(format: "calibrated minimum confidence: %.2f (highest top-1 + oos-rejection with confidently-wrong <= %.0f%% on each half, ambiguity ratio %.2f): top-1 %.1f%%, oos-rejection %.1f%%, confidently-wrong %.1f%%",
                             best.threshold, confidentlyWrongLimit * 100, policy.ambiguityRatio, best.figures.top1Accuracy * 100,
                             best.figures.outOfScopeRejection * 100, best.figures.confidentlyWrongRate * 100))
            }
        }
        return 0
    }

    /// Reads `{"q": "...", "expect": "<id>" | null}` lines.
    static func readQuestions(_ path: String) -> [LabelledQuestion]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            print("\(path): cannot read the file")
            return nil
        }
        var questions: [LabelledQuestion] = []
        for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any], let q = object["q"] as? String else {
                print("\(path):\(offset + 1): expected {\"q\": \"...\", \"expect\": \"<id>\" | null}")
                return nil
            }
            questions.append(LabelledQuestion(text: q, expected: object["expect"] as? String, location: SourceLocation(path: path, line: offset + 1)))
        }
        return questions
    }
}
