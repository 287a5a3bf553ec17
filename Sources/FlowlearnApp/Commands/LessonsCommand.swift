import Foundation
import FlowlearnCore

/// `flowlearn lessons`: how each lesson is used and whether it helps.
enum LessonsCommand: CLICommand {
    static let name = "lessons"
    static let summary = "per lesson: asked, 👍/👎, sent on paths, and whether it helped in practice"
    static let usage = """
        usage: flowlearn lessons [--json] [--config FILE]

        Lists every lesson with how often it was the answer (and to how many people), its 👍 / 👎,
        how often a path sent it, and the follow-ups on it: asked, used, not yet, didn't help.
        What people wrote with their answer is shown without names, and only for lessons at least
        [summary] min_people people answered about. Most asked first.

        options:
          --json          one JSON object per lesson
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)

        exit codes: 0 done, 1 store or content errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config"], flagOptions: ["json"])
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument `\(args.positionals[0])`") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let library = try LibraryLoading.load(session.config.content, console: console)
        var usage = try session.store.lessonUsage()
        for lesson in library.lessons where usage[lesson.id] == nil { usage[lesson.id] = LessonUsage(lesson: lesson.id) }
        let rows = usage.values.map {
            $0.reported(title: library[$0.lesson]?.title, language: library[$0.lesson]?.language, minimumPeople: session.config.summary.minimumPeople)
        }.sorted { ($0.asked + $0.sentOnPaths, $1.lesson) > ($1.asked + $1.sentOnPaths, $0.lesson) }
        if args.has("json") {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for row in rows { console.out(String(decoding: try encoder.encode(row), as: UTF8.self)) }
            return ExitCode.success
        }
        console.out("asked (people)  👍  👎  paths | follow-ups: asked used not-yet didn't-help | lesson")
        for r in rows {
            let cells = ["\(r.asked) (\(r.askedBy))".padding(toLength: 15, withPad: " ", startingAt: 0), pad(r.helpful, 3), pad(r.notHelpful, 3),
                         pad(r.sentOnPaths, 6), "|", pad(r.followUpsAsked, 17), pad(r.used, 4), pad(r.notYet, 7), pad(r.didNotHelp, 12), "|"]
            console.out(cells.joined(separator: " ") + " \(r.lesson)" + (r.title.map { " — \($0)" } ?? " (no longer in the content)"))
            for note in r.notes ?? [] { console.out("    “\(note)”") }
        }
        return ExitCode.success
    }

    static func pad(_ n: Int, _ width: Int) -> String { String(n).padding(toLength: width, withPad: " ", startingAt: 0) }
}
