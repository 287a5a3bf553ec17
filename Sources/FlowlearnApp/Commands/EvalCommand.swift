import Foundation
import FlowlearnCore

/// `flowlearn eval`: measures answer quality on labelled questions.
enum EvalCommand: CLICommand {
    static let name = "eval"
    static let summary = "measure answer quality on labelled questions"
    static let usage = """
        usage: flowlearn eval --content DIR --questions FILE.jsonl [--json] [--threshold X] [--sweep]

        Reads one JSON object per line, {"q": "...", "expect": "<lesson id>" | null}, answers each
        question from the content, and prints every miss, then the figures: top-1 accuracy on the
        in-scope questions, top-3 recall, MRR, the out-of-scope rejection rate and the
        confidently-wrong rate (in scope, answered with the wrong lesson and no alternatives).
        The last line is a one-line summary of those figures.

        options:
          --content DIR       the content folder
          --questions FILE    the labelled questions (JSON lines)
          --json              print the figures and misses as one JSON object
          --threshold X       use this minimum confidence instead of the built-in one (0–1)
          --sweep             print the figures for thresholds 0.00 to 1.00, for calibration

        exit codes: 0 evaluated, 1 content or question file errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["content", "questions", "config", "threshold"], flagOptions: ["json", "sweep"])
        var policy = MatchPolicy.standard
        if let text = args["threshold"] {
            guard let value = Double(text), (0...1).contains(value) else { throw UsageError("--threshold must be a number from 0 to 1") }
            policy.minimumConfidence = value
        }
        guard let questionsPath = args["questions"] else { throw UsageError("--questions FILE is required") }
        let (configOrNil, problems) = ConfigResolver.resolve(configPath: args["config"], contentOverride: args["content"])
        guard let config = configOrNil else {
            problems.forEach { console.err($0.description) }
            return ExitCode.failure
        }
        let library = try LibraryLoading.load(config.content, console: console)
        let questions = try readQuestions(questionsPath, library: library)
        if args.has("sweep") {
            console.out("threshold  top1    oos-rej  conf-wrong")
            for step in 0...20 {
                var swept = policy
                swept.minimumConfidence = Double(step) / 20
                let e = AnswerEvaluation(matcher: LessonMatcher(library: library, policy: swept), questions: questions, fallbackLanguage: config.language)
                console.out(String(format: "%.2f       %5.1f%%  %5.1f%%   %5.1f%%", swept.minimumConfidence, e.top1Accuracy * 100,
                                   e.outOfScopeRejection * 100, e.confidentlyWrongRate * 100))
            }
            return ExitCode.success
        }
        let evaluation = AnswerEvaluation(matcher: LessonMatcher(library: library, policy: policy), questions: questions, fallbackLanguage: config.language)
        if args.has("json") {
            console.out(try json(evaluation))
            return ExitCode.success
        }
        for miss in evaluation.misses {
            let expected = miss.question.expected ?? "(none)"
            let answered = miss.answered ?? "(none)"
            let rank = miss.expectedRank.map { " rank \($0)" } ?? ""
            let alternatives = miss.offeredAlternatives.isEmpty ? "" : " alternatives \(miss.offeredAlternatives.joined(separator: ","))"
            console.out("miss \(miss.question.location): \"\(miss.question.text)\" expected \(expected) got \(answered) confidence \(String(format: "%.2f", miss.confidence))\(rank)\(alternatives)")
        }
        console.out(String(format: "top-1 accuracy (in scope):   %.1f%% (%d of %d)", evaluation.top1Accuracy * 100, evaluation.correctTop1, evaluation.inScope))
        console.out(String(format: "top-3 recall:                %.1f%%", evaluation.top3Recall * 100))
        console.out(String(format: "MRR:                         %.3f", evaluation.meanReciprocalRank))
        console.out(String(format: "out-of-scope rejection:      %.1f%% (%d of %d)", evaluation.outOfScopeRejection * 100, evaluation.rejectedOutOfScope, evaluation.outOfScope))
        console.out(String(format: "confidently wrong:           %.1f%% (%d)", evaluation.confidentlyWrongRate * 100, evaluation.confidentlyWrong))
        console.out(evaluation.summaryLine)
        return ExitCode.success
    }

    static func json(_ e: AnswerEvaluation) throws -> String {
        let object: [String: Any] = [
            "in_scope": e.inScope, "out_of_scope": e.outOfScope,
            "top1": e.top1Accuracy, "top3": e.top3Recall, "mrr": e.meanReciprocalRank,
            "oos_rejection": e.outOfScopeRejection, "confidently_wrong": e.confidentlyWrongRate,
            "misses": e.misses.map { m -> [String: Any] in
                ["q": m.question.text, "expect": m.question.expected as Any, "answered": m.answered as Any,
                 "alternatives": m.offeredAlternatives, "confidence": m.confidence, "expected_rank": m.expectedRank as Any,
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
