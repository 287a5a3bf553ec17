import Foundation
import Testing

/// `make install`'s file placing (`make install-files`, which `install` runs after the release
/// build), into a `DESTDIR` as a packager would: what lands where, and that an admin's edited
/// config survives a second install.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make"), "make is not installed"))
struct InstallTests {
    func install(into destination: String) async throws -> FlowlearnBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        process.arguments = ["--no-print-directory", "-C", FlowlearnBinary.packageRoot.path, "install-files",
                             "DESTDIR=\(destination)", "PREFIX=/usr", "BINARY=\(FlowlearnBinary.path)"]
        return try await FlowlearnBinary.run(process)
    }

    @Test func placesTheBinaryUnitConfigAndContentAndKeepsAnEditedConfig() async throws {
        let root = try TemporaryDirectory()
        let first = try await install(into: root.path)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")

        let binary = root.path + "/usr/bin/flowlearn"
        #expect(FileManager.default.isExecutableFile(atPath: binary))
        let unit = try String(contentsOfFile: root.path + "/usr/lib/systemd/system/flowlearn.service", encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/bin/flowlearn run --config /etc/flowlearn/flowlearn.conf"), "\(unit)")
        #expect(!unit.contains("/usr/local"))
        let config = try String(contentsOfFile: root.path + "/etc/flowlearn/flowlearn.conf", encoding: .utf8)
        #expect(config.contains("/usr/share/flowlearn/content") && !config.contains("/usr/local"))

        // A pickle key for the encryption keys, private, made once and kept on upgrades.
        let keyPath = root.path + "/etc/flowlearn/matrix-pickle-key"
        let key = try String(contentsOfFile: keyPath, encoding: .utf8)
        #expect(key.trimmingCharacters(in: .whitespacesAndNewlines).count >= 32)
        #expect(try FileManager.default.attributesOfItem(atPath: keyPath)[.posixPermissions] as? Int == 0o600)
        #expect(unit.contains("LoadCredential=matrix-pickle-key:/etc/flowlearn/matrix-pickle-key"))

        // The installed binary accepts the installed content as it is.
        let check = try await FlowlearnBinary.run(["check", "--content", root.path + "/usr/share/flowlearn/content"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        // An admin edits the config; installing again (an upgrade) keeps it and leaves the new
        // example beside it.
        try root.write("etc/flowlearn/flowlearn.conf", "# edited by the admin\n")
        let second = try await install(into: root.path)
        #expect(second.status == 0)
        #expect(second.stdout.contains("keeping the existing"))
        #expect(try String(contentsOfFile: root.path + "/etc/flowlearn/flowlearn.conf", encoding: .utf8) == "# edited by the admin\n")
        #expect(FileManager.default.fileExists(atPath: root.path + "/etc/flowlearn/flowlearn.conf.example"))
        #expect(try String(contentsOfFile: keyPath, encoding: .utf8) == key, "an upgrade replaced the pickle key: stored keys would be lost")
    }
}
