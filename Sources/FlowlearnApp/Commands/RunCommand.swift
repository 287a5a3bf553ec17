import Foundation
import FlowlearnCore
import FlowlearnStore

/// `flowlearn run`: the daemon.
enum RunCommand: CLICommand {
    static let name = "run"
    static let summary = "run the daemon (with no config: the shell chat in this terminal)"
    static let usage = """
        usage: flowlearn run [--config FILE] [--content DIR]

        Runs the Flowlearn daemon. With no config file it runs the embedded default: the shell
        platform (you type as an employee, answers are printed back), the bundled content, and
        state in ./var/. SIGTERM or SIGINT stops it cleanly; SIGHUP reloads the content.

        options:
          --config FILE   the config file (default: $FLOWLEARN_CONFIG, else the embedded default)
          --content DIR   answer from this content folder instead of the configured one

        exit codes: 0 stopped cleanly, 1 config, content or store errors (listed on stderr) or a
        fatal platform error, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["config", "content"], flagOptions: [])
        guard args.positionals.isEmpty else { throw UsageError("unexpected argument `\(args.positionals[0])`") }
        let (configOrNil, problems) = ConfigResolver.resolve(configPath: args["config"], contentOverride: args["content"])
        let logger = Logger(level: configOrNil?.logLevel ?? .info)
        for problem in problems { problem.severity == .error ? logger.error(problem.description) : logger.warning(problem.description) }
        guard let config = configOrNil, problems.errors.isEmpty else { return ExitCode.failure }
        for problem in LanguageSetup.shared.problems { logger.warning(problem) }

        let loader = ContentLoader(root: config.content)
        let fingerprint = loader.fingerprint() // before loading: an edit from now on is a change
        let content = loader.load()
        for problem in content.diagnostics { problem.severity == .error ? logger.error(problem.description) : logger.warning(problem.description) }
        guard content.isClean, let library = content.library else {
            logger.error("\(config.content): \(content.diagnostics.errors.count) error(s) in the content; fix them and start again (`flowlearn check`)")
            return ExitCode.failure
        }
        try FileManager.default.createDirectory(atPath: config.state, withIntermediateDirectories: true)
        let store = try SQLiteLearningStore(path: config.storePath)
                let platform: any ChatPlatform
        switch config.platform {
        case .shell:
            let shell = ShellPlatform(person: ShellPlatform.defaultPerson(), clock: clock)
            logger.info("shell platform: \(library.lessons.count) lessons from \(config.content), state in \(config.storePath)")
            shell.greet(lessons: library.lessons.count)
            platform = shell
        case .matrix:
            do {
                platform = try MatrixSetup.platform(config: config, store: store, logger: logger, clock: clock)
            } catch let error as MatrixToken.Missing {
                logger.error(error.description)
                return ExitCode.failure
            }
        }
        let daemon = Daemon(config: config, library: library, contentFingerprint: fingerprint, store: store,
                            platform: platform, logger: logger,
                            contentOverride: args["content"], notifier: SystemdNotifier(), clock: clock)
        try await daemon.run()
        return ExitCode.success
    }
}
