import Foundation
import FlowlearnCore

/// `flowlearn check`: validates config and content, listing every problem.
enum CheckCommand: CLICommand {
    static let name = "check"
    static let summary = "validate the config and the content files"
    static let usage = """
        usage: flowlearn check [--config FILE] [--content DIR]

        Validates the config file (or the embedded default) and every content file, and lists
        each problem as `path:line: message`. Warnings (unknown keys, lessons due for review, a
        missing FreeDict dictionary) are listed too but do not fail the check.

        options:
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)
          --content DIR   check this content folder instead of the configured one

        exit codes: 0 no errors, 1 errors found, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config", "content"], flagOptions: [])
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument `\(args.positionals[0])`") }
        let (configOrNil, configProblems) = ConfigResolver.resolve(configPath: args["config"], contentOverride: args["content"])
        var diagnostics = configProblems
        var lessonCount = 0
        var pathCount = 0
        if let config = configOrNil {
            let result = ContentLoader(root: config.content).load()
            diagnostics += result.diagnostics
            if let library = result.library {
                lessonCount = library.lessons.count
                pathCount = library.pathIDs.count
                diagnostics += library.reviewWarnings(today: LocalDate(clock.now(), in: config.timezone))
            }
        }
        for diagnostic in diagnostics { console.err(diagnostic.description) }
        // What the matcher reads beyond the content: a missing dictionary is a warning.
        let languageProblems = LanguageSetup.shared.problems
        for problem in languageProblems { console.err("warning: " + problem) }
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count + languageProblems.count
        let summary = "\(lessonCount) lessons, \(pathCount) path\(pathCount == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 {
            console.err("check failed: " + summary)
            return ExitCode.failure
        }
        console.out("check passed: " + summary)
        return ExitCode.success
    }
}
