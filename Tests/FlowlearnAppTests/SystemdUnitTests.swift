import Foundation
import Testing

/// The shipped unit file, checked by systemd's own tools where they are installed.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze"), "systemd-analyze is not installed"))
struct SystemdUnitTests {
    /// The unit with ExecStart pointing at the built binary (verify checks that it exists).
    func unit() throws -> (TemporaryDirectory, String) {
        let dir = try TemporaryDirectory()
        let text = try String(contentsOfFile: FlowlearnBinary.packageRoot.appendingPathComponent("systemd/flowlearn.service").path, encoding: .utf8)
        #expect(text.contains("ExecStart=/usr/local/bin/flowlearn run --config /etc/flowlearn/flowlearn.conf"))
        try dir.write("flowlearn.service", text.replacingOccurrences(of: "/usr/local/bin/flowlearn", with: FlowlearnBinary.path))
        return (dir, dir.path + "/flowlearn.service")
    }

    func analyze(_ arguments: [String]) async throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
        process.arguments = arguments
        let result = try await FlowlearnBinary.run(process)
        return (result.status, result.stdout + result.stderr)
    }

    @Test func verifyIsClean() async throws {
        let (dir, path) = try unit()
        let (status, output) = try await analyze(["verify", path])
        #expect(status == 0, "\(output)")
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(output)")
        _ = dir
    }

    @Test func exposureIsTwoOrLower() async throws {
        let (dir, path) = try unit()
        let (_, output) = try await analyze(["security", "--offline=true", path])
        let line = try #require(output.split(separator: "\n").first { $0.contains("Overall exposure level") }, "\(output)")
        let number = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
        #expect(number <= 2.0, "\(line)")
        _ = dir
    }
}
