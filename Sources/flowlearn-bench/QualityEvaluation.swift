import Foundation
import FlowlearnCore

/// `flowlearn-bench --eval`: answer quality on labelled questions, per half of the question file
/// (A: lines 1, 3, 5, ...; B: lines 2, 4, 6, ...), and on the whole; the ranking alone (top-1 as
/// if every question were answered); the calibration the matcher did on the content; and, with
/// `--examples FILE`, the calibration examples and the questions as TSV rows (kind, then per
/// rank confidence, score and whether it is the right lesson) for studying the decision.
enum QualityEvaluation {
    static func run(content: String?, questions path: String?, language: LanguageResources, misses: String?, examples: String?) -> Int32 {
        guard let content, let path else {
            print("usage: flowlearn-bench --eval --content DIR --questions FILE [--misses [A|B]] [--examples FILE]")
            return 2
        }
        let loaded = ContentLoader(root: content).load()
        guard let library = loaded.library else {
            loaded.diagnostics.forEach { print($0) }
            return 1
        }
        guard let questions = readQuestions(path) else { return 1 }
        let halves: [(String, [LabelledQuestion])] = [
            ("A (lines 1,3,5…)", questions.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)),
            ("B (lines 2,4,6…)", questions.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)),
            ("all", questions),
        ]
        let clock = ContinuousClock()
        var built: LessonMatcher?
        let build = clock.measure { built = LessonMatcher(library: library, language: language) }
        guard let matcher = built else { return 1 }
        var ranking = matcher
        ranking.policy = MatchPolicy(minimumConfidence: 0, answerConfidence: 0, ambiguityRatio: 2)
        print("\(library.lessons.count) lessons, \(questions.count) questions, index built and calibrated in \(build)")
        let p = matcher.policy
        print(String(format: "policy: minimum confidence %.3f, answer from %.3f, close call ratio %.2f%@", p.minimumConfidence, p.answerConfidence,
                     p.ambiguityRatio, matcher.calibration?.calibrated == true ? " (calibrated on the content)" : " (standard)"))
        print("half              | ranking top-1 | top-3 | top-1 | oos-rejection | wrong answer | reached | choices")
        for (name, set) in halves {
            let r = AnswerEvaluation(matcher: ranking, questions: set)
            let e = AnswerEvaluation(matcher: matcher, questions: set)
            print(String(format: "%@ | %6.1f%%       | %5.1f%% | %5.1f%% | %6.1f%%       | %5.1f%%       | %5.1f%% | %5.1f%%",
                         name.padding(toLength: 17, withPad: " ", startingAt: 0), r.top1Accuracy * 100, r.top3Recall * 100,
                         e.top1Accuracy * 100, e.outOfScopeRejection * 100, e.wrongAnswerRate * 100, e.reachedRate * 100, e.choiceRate * 100))
        }
        if let examples {
            var rows = "kind\tc1\ts1\tr1\tc2\ts2\tr2\tc3\ts3\tr3\n"
            func row(_ kind: String, _ example: SelfCalibration.Example) {
                var fields = [kind]
                for k in 0..<3 {
                    if k < example.ranked.count {
                        fields += [String(example.ranked[k].confidence), String(example.ranked[k].score), example.right[k] ? "1" : "0"]
                    } else {
                        fields += ["0", "0", "0"]
                    }
                }
                rows += fields.joined(separator: "\t") + "\n"
            }
            for example in SelfCalibration.examples(of: matcher, language: language) { row(example.inScope ? "cal-in" : "cal-out", example) }
            var features = "kind\tlang\tunknown\tunits\tc1\th1\tk1\ts1\tr1\tl1\tc2\th2\tk2\ts2\tr2\tc3\th3\tk3\ts3\tr3\n"
            for (offset, question) in questions.enumerated() {
                let result = ranking.match(question.text, fallbackLanguage: .en, candidateLimit: 3)
                var fields = [(question.expected == nil ? "q-out-" : "q-in-") + (offset % 2 == 0 ? "A" : "B"), result.language.rawValue,
                              String(result.unknownShare), String(result.unitCount)]
                for k in 0..<3 {
                    if k < result.candidates.count {
                        let c = result.candidates[k]
                        fields += [String(c.confidence), String(c.headingCoverage), String(c.closeness), String(c.score),
                                   c.lesson.id == question.expected ? "1" : "0"]
                        if k == 0 { fields.append(c.lesson.language.rawValue) }
                    } else {
                        fields += ["0", "0", "0", "0", "0"] + (k == 0 ? ["-"] : [])
                    }
                }
                features += fields.joined(separator: "\t") + "\n"
                let top = result.candidates.prefix(3)
                row((question.expected == nil ? "q-out-" : "q-in-") + (offset % 2 == 0 ? "A" : "B"),
                    SelfCalibration.Example(inScope: question.expected != nil, ranked: top.map { ($0.confidence, $0.score) },
                                            right: top.map { $0.lesson.id == question.expected }))
            }
            try? rows.write(toFile: examples, atomically: true, encoding: .utf8)
            try? features.write(toFile: examples + ".features", atomically: true, encoding: .utf8)
        }
        if let misses {
            // Only one half's misses, so that the other half stays unseen while developing.
            let set = misses == "A" ? halves[0].1 : misses == "B" ? halves[1].1 : questions
            for miss in AnswerEvaluation(matcher: matcher, questions: set).misses {
                let offered = miss.offered.isEmpty ? "" : " (offered \(miss.offered.joined(separator: ", ")))"
                print("miss line \(miss.question.location.line): \"\(miss.question.text)\" expected \(miss.question.expected ?? "nothing") got \(miss.answered ?? "nothing")\(offered) confidence \(String(format: "%.2f", miss.confidence))")
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
