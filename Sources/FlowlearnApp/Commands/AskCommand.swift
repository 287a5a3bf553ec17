import Foundation
import FlowlearnCore

/// `flowlearn ask`: answers questions from the command line, as the bot would in chat.
enum AskCommand: CLICommand {
    static let name = "ask"
    static let summary = "answer questions from the content, as the bot would"
    static let usage = """
        usage: flowlearn ask [--config FILE] [--content DIR] [--json] [--explain] QUESTION...
               flowlearn ask [--config FILE] [--content DIR] --batch FILE

        Matches a question against the content and prints the answer the bot would give.
        With --json, prints one JSON object per question:
          {"q": ..., "id": <answer id or null>, "score": ..., "language": "nl"|"en",
           "decision": "answer"|"choose"|"none", "choices": [{"id": ..., "score": ...}, ...],
           "ranked": [<the best-ranked ids>], "alternatives": [{"id": ..., "score": ...}, ...]}
        `score` is the best lesson's confidence from 0 to 1; `id` is null unless the bot answers;
        `choices` are the lessons it offers when the question is a close call; `alternatives` are
        the next-ranked lessons after the best.

        options:
          --config FILE   take the content folder and language from this config
          --content DIR   the content folder (default: the configured or bundled content)
          --json          print JSON instead of the chat answer
          --explain       first print why: the units the question is read as, and what each
                          adds to the score of the best-ranked lessons
          --batch FILE    read questions from FILE (`-` for stdin): one per line, or JSON lines
                          with a "q" field; prints one JSON object per question

        exit codes: 0 answered (also "nothing yet"), 1 content errors or unreadable file, 2 wrong command line
        """

    /// The JSON printed for one question.
    struct Answer: Encodable {
        struct Alternative: Encodable {
            var id: String
            var score: Double
        }
        var q: String
        var id: String?
        var score: Double
        var language: String
        var decision: String
        var choices: [Alternative]
        var ranked: [String]
        var alternatives: [Alternative]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(q, forKey: .q)
            try c.encode(id, forKey: .id) // null when there is no answer
            try c.encode(score, forKey: .score)
            try c.encode(language, forKey: .language)
            try c.encode(decision, forKey: .decision)
            try c.encode(choices, forKey: .choices)
            try c.encode(ranked, forKey: .ranked)
            try c.encode(alternatives, forKey: .alternatives)
        }

        enum CodingKeys: String, CodingKey { case q, id, score, language, decision, choices, ranked, alternatives }
    }

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config", "content", "batch"], flagOptions: ["json", "explain"])
        let questions: [String]
        if let batch = args["batch"] {
            guard args.positionals.isEmpty else { throw UsageError("give questions either as arguments or with --batch, not both") }
            questions = try readBatch(batch)
        } else {
            guard !args.positionals.isEmpty else { throw UsageError("no question given") }
            questions = [args.positionals.joined(separator: " ")]
        }
        let (configOrNil, problems) = ConfigResolver.resolve(configPath: args["config"], contentOverride: args["content"])
        guard let config = configOrNil else {
            problems.forEach { console.err($0.description) }
            return ExitCode.failure
        }
        let library = try LibraryLoading.load(config.content, console: console)
        let matcher = LanguageSetup.matcher(for: library)
        let json = args.has("json") || args["batch"] != nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for question in questions {
            let result = matcher.match(question, fallbackLanguage: config.language)
            if args.has("explain") {
                matcher.explanation(of: question, fallbackLanguage: config.language).lines.forEach { console.out($0) }
            }
            if json {
                let data = try encoder.encode(answer(for: result))
                console.out(String(decoding: data, as: UTF8.self))
            } else {
                console.out(AnswerFormatter(library: library).format(result))
            }
        }
        return ExitCode.success
    }

    static func answer(for result: MatchResult) -> Answer {
        let top = result.candidates.first
        let others = result.candidates.dropFirst().prefix(3)
        let decision: String
        switch result.decision {
        case .answer: decision = "answer"
        case .choose: decision = "choose"
        case .noMatch: decision = "none"
        }
        return Answer(
            q: result.question, id: result.best?.lesson.id, score: rounded(top?.confidence ?? 0),
            language: result.language.rawValue, decision: decision,
            choices: result.choices.map { .init(id: $0.lesson.id, score: rounded($0.confidence)) },
            ranked: result.candidates.prefix(5).map(\.lesson.id),
            alternatives: others.map { .init(id: $0.lesson.id, score: rounded($0.confidence)) }
        )
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// Questions from a batch file: plain lines, or JSON objects with a `q` field.
    static func readBatch(_ path: String) throws -> [String] {
        let data: Data
        if path == "-" {
            data = (try? FileHandle.standardInput.readToEnd()) ?? Data()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { throw BatchError(message: "\(path): cannot read the file") }
            data = contents
        }
        var questions: [String] = []
        for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("{") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any],
                      let q = object["q"] as? String else {
                    throw BatchError(message: "\(path):\(offset + 1): expected a JSON object with a string field \"q\"")
                }
                questions.append(q)
            } else {
                questions.append(trimmed)
            }
        }
        return questions
    }
}

/// A batch or questions file that cannot be used, with the place.
struct BatchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
