import Foundation
import FlowlearnCore
#if canImport(Glibc)
import Glibc
#endif

/// The `flowlearn` command: dispatches to the subcommands.
public enum FlowlearnCLI {
    static let version = "0.1.0"

    static var commands: [any CLICommand.Type] { [
        RunCommand.self, CheckCommand.self, AskCommand.self, EvalCommand.self, ReflectCommand.self, SummaryCommand.self,
        GapsCommand.self, LearnCommand.self, ExportCommand.self, ForgetCommand.self, StatusCommand.self, ReportCommand.self,
        PathCommand.self, LessonsCommand.self, ExpertsCommand.self,
    ] }

    /// Runs the command line `arguments` (without the program name) and returns the exit code.
    public static func main(_ arguments: [String]) async -> Int32 {
        // A reader that went away (a closed pipe, a dropped connection) is an error to handle
        // where it happens, not a signal that kills the daemon.
        signal(SIGPIPE, SIG_IGN)
        let console = Console()
        guard let name = arguments.first else {
            console.err(overview)
            return ExitCode.usage
        }
        if name == "--help" || name == "-h" || name == "help" {
            console.out(overview)
            return ExitCode.success
        }
        if name == "--version" {
            console.out("flowlearn \(version)")
            return ExitCode.success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            console.err("flowlearn: unknown command `\(name)`\n\n" + overview)
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.usage)
            return ExitCode.success
        }
        do {
            let clock = try ChosenInstant.clock()
            return try await command.run(rest, console: console, clock: clock)
        } catch let error as ChosenInstant.Invalid {
            console.err("flowlearn \(name): \(error)")
            return ExitCode.usage
        } catch let error as UsageError {
            console.err("flowlearn \(name): \(error)\n\n" + command.usage)
            return ExitCode.usage
        } catch {
            console.err("flowlearn \(name): \(error)")
            return ExitCode.failure
        }
    }

    static var overview: String {
        let list = commands.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.summary)" }
        return """
            usage: flowlearn <command> [options]

            Flowlearn answers work questions in chat with short lessons, asks a weekly reflection
            and sends managers a weekly summary.

            commands:
            \(list.joined(separator: "\n"))

            Run `flowlearn <command> --help` for a command's options.
            Exit codes: 0 success, 1 problems found or a run-time failure, 2 a wrong command line.
            """
    }
}

/// One `flowlearn` subcommand.
protocol CLICommand {
    static var name: String { get }
    static var summary: String { get }
    static var usage: String { get }
    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32
}
