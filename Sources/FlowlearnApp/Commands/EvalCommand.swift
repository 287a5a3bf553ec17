import Foundation
import FlowlearnCore

/// `flowlearn eval`: measures answer quality on labelled questions.
enum EvalCommand: CLICommand {
    static let name = "eval"
    static let summary = "measure answer quality on labelled questions"
    static let usage = """
        usage: flowlearn eval --content DIR --questions FILE.jsonl [--json]

        Reads one JSON object per line, {"q": "...", "expect": "<lesson id>" | null}, answers each
        question from the content as the bot would, and prints every miss, then the figures:
        top-1 (in scope, answered with the expected lesson), top-3 (in scope, the expected lesson
        ranked in the first three), out-of-scope rejection (out of scope, replied "nothing yet"),
        wrong answer (a lesson shown as the answer that is not the expected one, over all
        questions), reached in one reply (in scope, the expected lesson is the answer or among
        the lessons offered to choose from), and how the decision was calibrated on the content.
        The last line is a one-line summary of those figures.

        options:
          --content DIR       the content folder
          --questions FILE    the labelled questions (JSON lines)
          --json              print the figures and misses as one JSON object

        exit codes: 0 evaluated, 1 content or question file errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["content", "questions", "config"], flagOptions: ["json"])
        guard let questionsPath = args["questions"] else { throw UsageError("--questions FILE is required") }
        let (configOrNil, problems) = ConfigResolver.resolve(configPath: args["config"], contentOverride: args["content"])
        guard let config = configOrNil else {
            problems.forEach { console.err($0.description) }
            return ExitCode.failure
        }
        for problem in LanguageSetup.shared.problems { console.err("warning: " + problem) }
        let library = try LibraryLoading.load(config.content, console: console)
        let questions = try readQuestions(questionsPath, library: library)
        let matcher = LanguageSetup.matcher(for: library)
        let evaluation = AnswerEvaluation(matcher: matcher, questions: questions, fallbackLanguage: config.language)
        if args.has("json") {
            console.out(try json(evaluation, matcher: matcher))
            return ExitCode.success
        }
        for miss in evaluation.misses {
            let expected = miss.question.expected ?? "(none)"
            let answered = miss.answered ?? "(none)"
            let rank = miss.expectedRank.map { " rank \($0)" } ?? ""
            let offered = miss.offered.isEmpty ? "" : " offered \(miss.offered.joined(separator: ","))"
            console.out("miss \(miss.question.location): \"\(miss.question.text)\" expected \(expected) got \(answered) confidence \(String(format: "%.2f", miss.confidence))\(rank)\(offered)")
        }
        let e = evaluation
        console.out(String(format: "top-1 (in scope):            %.1f%% (%d of %d)", e.top1Accuracy * 100, e.correctTop1, e.inScope))
        console.out(String(format: "top-3 (ranking):             %.1f%%", e.top3Recall * 100))
        console.out(String(format: "out-of-scope rejection:      %.1f%% (%d of %d)", e.outOfScopeRejection * 100, e.rejectedOutOfScope, e.outOfScope))
        console.out(String(format: "wrong answer (all):          %.1f%% (%d)", e.wrongAnswerRate * 100, e.wrongAnswers))
        console.out(String(format: "reached in one reply:        %.1f%% (%d)", e.reachedRate * 100, e.reachedInOneReply))
        console.out(String(format: "replies offering a choice:   %.1f%% (%d)", e.choiceRate * 100, e.choices))
        console.out(calibrationLine(matcher))
        console.out(evaluation.summaryLine)
        return ExitCode.success
    }

    /// How the matcher's decision was calibrated on the content.
    static func calibrationLine(_ matcher: LessonMatcher) -> String {
        let p = matcher.policy
        let policy = String(format: "minimum confidence %.3f, answer from %.3f, close call from a score ratio of %.2f",
                            p.minimumConfidence, p.answerConfidence, p.ambiguityRatio)
        guard let report = matcher.calibration, report.calibrated else { return "decision: standard policy (library too small to calibrate): " + policy }
        return "decision calibrated on the content (\(report.inScopeExamples) held-out sample questions, \(report.outOfScopeExamples) of held-out lessons): "
            + policy + String(format: "; on those: answered right %.1f%%, reached %.1f%%, answered wrong %.1f%%, out of scope rejected %.1f%%",
                              report.answeredRight * 100, report.reached * 100, report.answeredWrong * 100, report.rejected * 100)
    }

    static func json(_ e: AnswerEvaluation, matcher: LessonMatcher) throws -> String {
        let object: [String: Any] = [
            "in_scope": e.inScope, "out_of_scope": e.outOfScope,
            "top1": e.top1Accuracy, "top3": e.top3Recall, "mrr": e.meanReciprocalRank,
            "oos_rejection": e.outOfScopeRejection, "wrong_answer": e.wrongAnswerRate, "reached": e.reachedRate,
            "choices": e.choiceRate,
            "policy": ["minimum_confidence": matcher.policy.minimumConfidence, "answer_confidence": matcher.policy.answerConfidence,
                       "ambiguity_ratio": matcher.policy.ambiguityRatio, "calibrated": matcher.calibration?.calibrated ?? false],
            "misses": e.misses.map { m -> [String: Any] in
                ["q": m.question.text, "expect": m.question.expected as Any, "answered": m.answered as Any,
                 "offered": m.offered, "confidence": m.confidence, "expected_rank": m.expectedRank as Any,
                 "location": m.question.location.description]
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads labelled questions, checking that every expected id exists in the library.
    static func readQuestions(_ path: String, library: ContentLibrary) throws -> [LabelledQuestion] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BatchError(message: "\(path): cannot read the file") }
        var questions: [LabelledQuestion] = []
        var problems: [String] = []
        for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let location = SourceLocation(path: path, line: offset + 1)
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                  let q = object["q"] as? String, object.keys.contains("expect") else {
                problems.append("\(location): expected {\"q\": \"...\", \"expect\": \"<id>\" | null}")
                continue
            }
            let expected = object["expect"] as? String
            if object["expect"] != nil, expected == nil, !(object["expect"] is NSNull) {
                problems.append("\(location): \"expect\" must be a lesson id or null")
                continue
            }
            if let expected, library[expected] == nil {
                problems.append("\(location): \"expect\" names `\(expected)`, but the content has no lesson with that id")
                continue
            }
            questions.append(LabelledQuestion(text: q, expected: expected, location: location))
        }
        if !problems.isEmpty { throw BatchError(message: problems.joined(separator: "\n")) }
        return questions
    }
}
