import Foundation
import Testing

@testable import FlowlearnHTTP

private let opensslPath = "/usr/bin/openssl"

/// HTTPS against the fixture server with a throwaway self-signed certificate for 127.0.0.1,
/// made by the `openssl` command for each run (no key is kept in the repository).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: opensslPath)))
struct TLSTests {
    static let openssl = opensslPath

    struct Certificate {
        let directory: URL
        var certificate: String { directory.appendingPathComponent("cert.pem").path }
        var key: String { directory.appendingPathComponent("key.pem").path }
    }

    /// A certificate valid for IP 127.0.0.1 only (not for the name `localhost`).
    static func makeCertificate() throws -> Certificate {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("flowlearn-http-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificate = Certificate(directory: directory)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl)
        process.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", certificate.key, "-out", certificate.certificate,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestServer.StartError(description: "openssl req failed with \(process.terminationStatus)")
        }
        return certificate
    }

    @Test func verificationIsOnAndACAFileCanBeTrusted() async throws {
        let certificate = try Self.makeCertificate()
        defer { try? FileManager.default.removeItem(at: certificate.directory) }
        try await withServer(tls: (certificate.certificate, certificate.key)) { server in
            // The system CA bundle does not know the self-signed certificate: refused.
            let untrusted = await errorThrown {
                try await CurlHTTPClient(version: "1").send(HTTPRequest(url: server.url("/echo")))
            }
            let untrustedError = try #require(untrusted as? HTTPError)
            #expect(untrustedError.kind == "tls")
            #expect(!untrustedError.isTransient)

            // Trusted through caFile: works, and keeps the TLS connection for the next request.
            let trusting = CurlHTTPClient(version: "1", configuration: .init(caFile: certificate.certificate))
            let first = try Echo(try await trusting.send(HTTPRequest(url: server.url("/echo/1"))))
            let second = try Echo(try await trusting.send(HTTPRequest(method: .put, url: server.url("/echo/2"), body: "{}")))
            #expect(first.method == "GET")
            #expect(second.body == "{}")
            #expect(first.connection == second.connection)

            // Host verification: the certificate is for 127.0.0.1, not for the name localhost.
            let wrongName = await errorThrown {
                try await trusting.send(HTTPRequest(url: server.url("/echo", host: "localhost")))
            }
            #expect((wrongName as? HTTPError)?.kind == "tls")

            // A CA file that does not exist is a TLS failure, not a silent fallback.
            let missing = CurlHTTPClient(version: "1", configuration: .init(caFile: certificate.directory.appendingPathComponent("missing.pem").path))
            let missingError = await errorThrown { try await missing.send(HTTPRequest(url: server.url("/echo"))) }
            #expect((missingError as? HTTPError)?.kind == "tls")
        }
    }
}
