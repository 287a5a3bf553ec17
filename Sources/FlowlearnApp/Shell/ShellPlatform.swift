import Foundation
import FlowlearnCore
#if canImport(Glibc)
import Glibc
#endif

/// The terminal as a chat platform: you are an employee typing to the bot in a direct message,
/// and its messages are printed back. The same daemon code path as a real platform.
final class ShellPlatform: ChatPlatform, @unchecked Sendable {
    let name = "shell"
    let maximumMessageLength = 100_000
    /// Your chat id in the shell.
    let person: String
    private let lines: AsyncStream<String>
    private let interactive: Bool
    private let outputLock = NSLock()
    private let clock: any TimeSource
    private var iterator: AsyncStream<String>.Iterator

    init(person: String, clock: any TimeSource, input: FileHandle = .standardInput) {
        self.person = person
        self.clock = clock
        self.interactive = isatty(input.fileDescriptor) == 1
        let (stream, continuation) = AsyncStream<String>.makeStream()
        self.lines = stream
        self.iterator = stream.makeAsyncIterator()
        // Reading the terminal blocks, so it happens on its own thread, never on Swift's pool.
        let thread = Thread {
            while let line = readLine(strippingNewline: true) {
                continuation.yield(line)
            }
            continuation.finish()
        }
        thread.name = "shell-input"
        thread.start()
    }

    /// The chat id of whoever runs the shell: `@<user>:shell`.
    static func defaultPerson(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "you"
        return "@\(user):shell"
    }

    /// Prints the first prompt (only when a person is typing at a terminal).
    func greet(lessons: Int) {
        guard interactive else { return }
        write("Flowlearn shell: \(lessons) lessons loaded. Ask a question (or type `help`); Ctrl-D quits.\n> ")
    }

    func nextEvents() async throws -> [ChatEvent] {
        // Only the chat loop reads, one line at a time.
        guard let line = await iterator.next() else {
            if Task.isCancelled { throw CancellationError() }
            throw ChatPlatformError.closed
        }
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if interactive { write("> ") }
            return []
        }
        let message = IncomingMessage(
            id: "shell-" + UUID().uuidString.lowercased(), room: "shell", sender: person, text: text,
            isDirect: true, mentionsBot: true, receivedAt: clock.now()
        )
        return [.message(message)]
    }

    func send(_ message: OutgoingMessage, transactionID: String) async throws -> String {
        // At a terminal the "> " prompt is waiting on the current line: clear it first.
        write((interactive ? "\r\u{1B}[K" : "") + message.text + "\n\n" + (interactive ? "> " : ""))
        return "shell-out-" + transactionID
    }

    private func write(_ text: String) {
        outputLock.lock(); defer { outputLock.unlock() }
        StandardStream.output.write(text)
    }
}
