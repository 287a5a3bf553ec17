import Foundation
import FlowlearnCore

/// `flowlearn export --person ID`: everything stored about a person, as JSON.
enum ExportCommand: CLICommand {
    static let name = "export"
    static let summary = "print all data about a person as JSON (GDPR/AVG access)"
    static let usage = """
        usage: flowlearn export --person ID [--config FILE]

        Prints everything the store holds about one person as JSON: their profile, every
        question with the lesson given and their feedback, every reflection with its replies
        (private ones included: this is the person's own data), and how many messages the bot
        sent them.

        exit codes: 0 done, 1 store errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["person", "config"], flagOptions: [])
        guard let person = args["person"] else { throw UsageError("--person ID is required") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        console.out(String(decoding: try encoder.encode(try session.store.export(person: person)), as: UTF8.self))
        return ExitCode.success
    }
}

/// `flowlearn forget --person ID`: deletes everything about a person.
enum ForgetCommand: CLICommand {
    static let name = "forget"
    static let summary = "delete all data about a person (GDPR/AVG erasure)"
    static let usage = """
        usage: flowlearn forget --person ID [--config FILE]

        Deletes everything the store holds about one person, in one transaction: profile,
        questions, feedback, reflections, and messages to them. People can also ask the bot
        themselves: `forget me` / `vergeet mij`, then confirm.

        exit codes: 0 done (also when nothing was stored), 1 store errors, 2 wrong command line
        """

    static func run(_ arguments: [String], console: Console, clock: any TimeSource) async throws -> Int32 {
        let args = try Arguments(arguments, valueOptions: ["person", "config"], flagOptions: [])
        guard let person = args["person"] else { throw UsageError("--person ID is required") }
        let session = try StoreSession.open(configPath: args["config"], console: console)
        defer { session.store.close() }
        let removed = try session.store.forget(person: person, at: clock.now())
        console.out(removed ? "\(person): all data deleted" : "\(person): nothing was stored")
        return ExitCode.success
    }
}
