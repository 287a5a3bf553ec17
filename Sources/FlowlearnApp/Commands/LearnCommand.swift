import Foundation
import FlowlearnCore
import FlowlearnStore

/// `flowlearn learn QUESTION-ID LESSON-ID`: accepts a question people asked as a new phrasing of
/// a lesson, in the content folder's `phrasings.txt`, where matching reads it like a sample question.
enum LearnCommand: CLICommand {
    static let name = "learn"
    static let summary = "accept a question (an id from `gaps`) as a new phrasing of a lesson"
    static let usage = """
        usage: flowlearn learn QUESTION-ID LESSON-ID [--config FILE]

        Appends the question with this id (from `flowlearn gaps`) to the content folder's
        phrasings.txt as `LESSON-ID: question`: plain text, reviewed and versioned with the
        lessons. Matching reads each accepted phrasing as one more sample question of its lesson;
        a running daemon picks the change up within seconds. `flowlearn check` validates the file.

        options:
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 accepted (or already there), 1 unknown question or lesson, unwritable file,
        2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config"], flagOptions: [])
        guard args.positionals.count == 2 else { throw UsageError("give the question's id and the lesson's id") }
        guard let questionID = Int64(args.positionals[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw UsageError("`\(args.positionals[0])` is not a question id (a number from `flowlearn gaps`)")
        }
        let lessonID = args.positionals[1]
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        guard let question = try session.store.question(id: questionID) else {
            console.err("flowlearn learn: no question #\(questionID) in the store (see `flowlearn gaps`)")
            return ExitCode.failure
        }
        let library = try LibraryLoading.load(session.config.content, console: console)
        guard let lesson = library[lessonID] else {
            console.err("flowlearn learn: no lesson has the id `\(lessonID)` in \(session.config.content)")
            return ExitCode.failure
        }
        let path = (session.config.content as NSString).appendingPathComponent(AcceptedPhrasings.fileName)
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        let line = AcceptedPhrasings.line(lessonID: lesson.id, text: question.text)
        if let existing, AcceptedPhrasings.parse(existing, path: path).0.entries.contains(where: {
            $0.lessonID == lesson.id && TextNormalizer.words($0.text) == TextNormalizer.words(question.text)
        }) {
            console.out("already accepted: \(line)")
            return ExitCode.success
        }
        var text = existing ?? AcceptedPhrasings.header
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += line + "\n"
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            console.err("flowlearn learn: cannot write \(path): \(error.localizedDescription)")
            return ExitCode.failure
        }
        console.out("accepted in \(path): \(line)")
        return ExitCode.success
    }
}
