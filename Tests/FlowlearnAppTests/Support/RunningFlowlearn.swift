import Foundation
import MatrixTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A `flowlearn` process a test talks to while it runs: it writes lines to its stdin and waits
/// for what it prints, the way a person at the terminal would. Waiting is on output, never on
/// a timer; the deadline only turns a hang into a failure.
final class RunningFlowlearn: @unchecked Sendable {
    let process: Process
    private let stdin = Pipe()
    private let stdout = Pipe()
    private let stderr = Pipe()
    /// What the process printed, filled by two reader threads. They hold only this, never the
    /// RunningFlowlearn, so a test that ends without stopping the process still releases it and
    /// `deinit` kills the process (a reader holding `self` kept leaked daemons running for ever).
    private let transcript = Transcript()

    /// Output and log as they arrive, and a condition to wait on them.
    private final class Transcript: @unchecked Sendable {
        let condition = NSCondition()
        var output = ""
        var errors = ""
        var outputClosed = false
    }

    init(_ arguments: [String], directory: String? = nil, environment: [String: String] = [:]) throws {
        process = FlowlearnBinary.makeProcess(arguments, directory: directory, environment: environment)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let transcript = self.transcript
        let out = stdout.fileHandleForReading, err = stderr.fileHandleForReading
        Thread.detachNewThread {
            while true {
                let data = out.availableData
                transcript.condition.lock()
                if data.isEmpty { transcript.outputClosed = true } else { transcript.output += String(decoding: data, as: UTF8.self) }
                transcript.condition.broadcast()
                transcript.condition.unlock()
                if data.isEmpty { break }
            }
        }
        Thread.detachNewThread {
            while true {
                let data = err.availableData
                if data.isEmpty { break }
                transcript.condition.lock()
                transcript.errors += String(decoding: data, as: UTF8.self)
                transcript.condition.broadcast()
                transcript.condition.unlock()
            }
        }
    }

    /// Types a line (lost when the process has already ended, as at a real terminal).
    func send(_ line: String) {
        try? stdin.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Closes stdin (Ctrl-D).
    func closeInput() {
        try? stdin.fileHandleForWriting.close()
    }

    /// Everything printed so far.
    var printed: String {
        transcript.condition.lock(); defer { transcript.condition.unlock() }
        return transcript.output
    }

    var logged: String {
        transcript.condition.lock(); defer { transcript.condition.unlock() }
        return transcript.errors
    }

    /// Waits until stdout contains `text` `count` times; false when the deadline passes or the output ends first.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 60) async -> Bool {
        await offPool { $0.waitForBlocking(text, count: count, timeout: timeout) }
    }

    private func waitForBlocking(_ text: String, count: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        transcript.condition.lock(); defer { transcript.condition.unlock() }
        while transcript.output.components(separatedBy: text).count - 1 < count {
            if transcript.outputClosed { return false }
            if !transcript.condition.wait(until: deadline) { return false }
        }
        return true
    }

    /// Waits until the log (stderr) contains `text`; false when the deadline passes first. The
    /// log and the notify socket are separate channels: a READY=1 can arrive before the lines
    /// logged just ahead of it.
    @discardableResult
    func waitForLog(_ text: String, timeout: TimeInterval = 60) async -> Bool {
        await offPool { $0.waitForLogBlocking(text, timeout: timeout) }
    }

    private func waitForLogBlocking(_ text: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        transcript.condition.lock(); defer { transcript.condition.unlock() }
        while !transcript.errors.contains(text) {
            if !transcript.condition.wait(until: deadline) { return false }
        }
        return true
    }

    /// `body`'s result; when it throws, an error that also carries this process's log, so a
    /// failure in a chat client's wait says what the daemon did meanwhile.
    func explaining<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw Failure(error: error, log: logged)
        }
    }

    /// An error and the daemon's log at the time.
    struct Failure: Error, CustomStringConvertible {
        let error: any Error
        let log: String
        var description: String { "\(error)\n--- daemon log ---\n\(log)" }
    }

    /// Sends a signal (SIGKILL for a crash).
    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end and returns its exit status (-1 if it is still running at the deadline).
    func waitForExit(timeout: TimeInterval = 60) async -> Int32 {
        await offPool { $0.waitForExitBlocking(timeout: timeout) }
    }

    /// Runs a blocking wait on a thread of its own, beside the test runner's cooperative pool.
    private func offPool<T: Sendable>(_ body: @escaping @Sendable (RunningFlowlearn) -> T) async -> T {
        // `onOwnThread` only throws what `body` throws, and it throws nothing.
        try! await onOwnThread { [self] in body(self) }
    }

    private func waitForExitBlocking(timeout: TimeInterval) -> Int32 {
        let done = DispatchSemaphore(value: 0)
        let process = self.process
        DispatchQueue.global().async { process.waitUntilExit(); done.signal() }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
