import Foundation
import MatrixTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The built `flowlearn` executable, run as a user would run it.
enum FlowlearnBinary {
    /// The package's root folder (for the shipped content and config).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle in the build folder.
    static var path: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("flowlearn").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("flowlearn").path,
            Bundle.main.bundleURL.appendingPathComponent("flowlearn").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The shipped content folder, with symbolic links resolved, so copying it copies the files
    /// (tests that break content work on a copy, never on the real thing).
    static var shippedContent: String { packageRoot.appendingPathComponent("content").resolvingSymlinksInPath().path }

    /// What a finished run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The clock every `flowlearn` a test starts lives on unless the test chooses another
    /// (`FLOWLEARN_NOW` in `environment`): Wednesday morning when the test process started, when
    /// no weekly prompt is open, so no test depends on the day the suite runs.
    static let pinnedClock = PinnedClock(start: "2026-12-09T10:00:00+01:00")

    /// A `flowlearn` process, not started yet, with the test machine's environment minus what
    /// would change its behaviour (a config, journald, systemd), pinned to ``pinnedInstant``,
    /// plus `environment`.
    static func makeProcess(_ arguments: [String], directory: String?, environment: [String: String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for key in ["FLOWLEARN_CONFIG", "FLOWLEARN_MATRIX_TOKEN", "JOURNAL_STREAM", "NOTIFY_SOCKET", "WATCHDOG_USEC", "CREDENTIALS_DIRECTORY"] {
            env.removeValue(forKey: key)
        }
        env["FLOWLEARN_NOW"] = pinnedClock.environmentValue
        for (k, v) in environment { env[k] = v }
        process.environment = env
        return process
    }

    /// The replies of the first reflection in `flowlearn export --person ID`.
    static func exportedReplies(person: String, config: String, environment: [String: String]) async throws -> [[String: Any]] {
        let export = try await run(["export", "--person", person, "--config", config], environment: environment)
        guard export.status == 0, let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any] else {
            throw ExportFailed(output: export.stdout + export.stderr)
        }
        return (object["reflections"] as? [[String: Any]])?.first?["replies"] as? [[String: Any]] ?? []
    }

    /// `flowlearn export` failed or printed something other than a JSON object.
    struct ExportFailed: Error { var output: String }

    /// Runs `flowlearn arguments...` to completion, feeding `input` on stdin. A run that does
    /// not finish within `timeout` seconds is killed and reported as status -9 (a hang is a failure).
    static func run(_ arguments: [String], input: String? = nil, directory: String? = nil,
                    environment: [String: String] = [:], timeout: TimeInterval = 120) async throws -> Result {
        try await run(makeProcess(arguments, directory: directory, environment: environment), input: input, timeout: timeout)
    }

    /// Runs any prepared `process` (flowlearn, make, systemd-analyze) to completion the same way.
    /// The waiting happens on a thread of its own, never on the test runner's cooperative pool
    /// (two tests waiting there for their processes stalled every other test of the suite).
    static func run(_ process: Process, input: String? = nil, timeout: TimeInterval = 120) async throws -> Result {
        nonisolated(unsafe) let process = process
        return try await onOwnThread { try runBlocking(process, input: input, timeout: timeout) }
    }

    private static func runBlocking(_ process: Process, input: String?, timeout: TimeInterval) throws -> Result {
        let stdinPipe = Pipe(), stdoutPipe = Pipe(), stderrPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        // Read both pipes concurrently so a chatty process never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = (try? stdoutPipe.fileHandleForReading.readToEnd()) ?? Data() }
        DispatchQueue.global().async(group: group) { err = (try? stderrPipe.fileHandleForReading.readToEnd()) ?? Data() }
        // A process that exits before reading its input closes the pipe: that is its answer, not a test crash.
        if let input { try? stdinPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try? stdinPipe.fileHandleForWriting.close()
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { process.waitUntilExit(); finished.signal() }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            group.wait()
            return Result(status: -9, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
        }
        group.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A chosen instant that runs on at the real rate, for the `flowlearn` processes of one test:
/// each process started gets `FLOWLEARN_NOW` = the start plus the real time since the clock was
/// made, so a command run after the daemon lives a little later than it, never before.
struct PinnedClock: Sendable {
    let start: Date
    let madeAt = Date()

    init(start: Date) { self.start = start }

    /// `start` as ISO 8601 with an offset (`2026-12-11T15:29:00+01:00`).
    init(start text: String) {
        let parser = ISO8601DateFormatter()
        guard let date = parser.date(from: text) else { fatalError("PinnedClock: \(text) is not an ISO 8601 instant") }
        self.init(start: date)
    }

    /// The clock's instant now.
    var now: Date { start.addingTimeInterval(Date().timeIntervalSince(madeAt)) }

    /// `FLOWLEARN_NOW` for a process started now.
    var environmentValue: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: now)
    }

    /// The environment for a process started now on this clock.
    var environment: [String: String] { ["FLOWLEARN_NOW": environmentValue] }
}

/// A temporary folder removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "flowlearn-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
