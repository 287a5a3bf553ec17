import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@testable import FlowlearnHTTP

/// The fixture server (`Fixtures/http_test_server.py`) in a child process, on 127.0.0.1 at the
/// free port it picked and printed. Stopped by ``stop()``; it also exits on its own when its
/// stdin closes, so it never outlives the test process.
final class TestServer: @unchecked Sendable {
    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    let port: Int
    let scheme: String
    private let process: Process
    private let stdin: Pipe

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Starts the server (HTTPS when given a certificate and key) and waits for its port line.
    init(tls: (certificate: String, key: String)? = nil) throws {
        let script = Self.fixtures.appendingPathComponent("http_test_server.py").path
        let process = Process()
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = [script]
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script]
        }
        if let tls { process.arguments? += ["--tls", tls.certificate, tls.key] }
        let stdout = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardInput = stdin
        try process.run()
        self.process = process
        self.stdin = stdin
        scheme = tls == nil ? "http" : "https"

        // Blocks until the server has bound its socket and said where: no sleeping, no polling.
        var output: [UInt8] = []
        while !output.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output += chunk
        }
        let line = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            process.terminate()
            throw StartError(description: "the test server did not start; it said \(line.debugDescription)")
        }
        self.port = port
    }

    /// `scheme://127.0.0.1:port` + `path`.
    func url(_ path: String, host: String = "127.0.0.1") -> String { "\(scheme)://\(host):\(port)\(path)" }

    func stop() {
        try? stdin.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    deinit { if process.isRunning { process.terminate() } }
}

/// Runs `body` with a fresh server, stopped afterwards whatever happens.
func withServer<T>(tls: (certificate: String, key: String)? = nil, _ body: (TestServer) async throws -> T) async throws -> T {
    let server = try TestServer(tls: tls)
    defer { server.stop() }
    return try await body(server)
}

/// What `/echo` reports about the request it received.
struct Echo: Decodable {
    let method: String
    let path: String
    let headers: [[String]]
    let body: String
    let client_port: Int
    let connection: Int
    let connections: Int

    init(_ response: HTTPResponse) throws {
        self = try JSONDecoder().decode(Echo.self, from: Data(response.body))
    }

    /// The first value of the header called `name` (any case) as the server received it.
    func header(_ name: String) -> String? {
        headers.first { $0.first?.lowercased() == name.lowercased() }.flatMap { $0.count > 1 ? $0[1] : nil }
    }
}

/// The error `body` throws, or nil when it returns.
func errorThrown(by body: () async throws -> HTTPResponse) async -> (any Error)? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}

extension HTTPError {
    /// The case's name, for comparing in expectations.
    var kind: String {
        switch self {
        case .invalidURL: return "invalidURL"
        case .invalidRequest: return "invalidRequest"
        case .connectTimeout: return "connectTimeout"
        case .timeout: return "timeout"
        case .couldNotResolveHost: return "couldNotResolveHost"
        case .couldNotConnect: return "couldNotConnect"
        case .tls: return "tls"
        case .responseTooLarge: return "responseTooLarge"
        case .curl: return "curl"
        }
    }
}

/// A TCP socket on 127.0.0.1, bound to a free port: listening with a full accept queue (connection
/// attempts hang, as to an unresponsive host), or not listening at all (connections are refused).
final class LocalSocket {
    let port: Int
    private var descriptors: [Int32] = []

    enum Mode { case refusing, unresponsive }

    init(_ mode: Mode) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestServer.StartError(description: "socket() failed") }
        descriptors.append(fd)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw TestServer.StartError(description: "bind() failed") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw TestServer.StartError(description: "getsockname() failed") }
        port = Int(UInt16(bigEndian: address.sin_port))

        if mode == .unresponsive {
            // Backlog 0: the accept queue holds one connection. Fill it (never accepting), and
            // Linux drops every further SYN, so a client's connect hangs until its own timeout.
            guard listen(fd, 0) == 0 else { throw TestServer.StartError(description: "listen() failed") }
            for _ in 0..<3 {
                let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
                guard filler >= 0 else { continue }
                descriptors.append(filler)
                _ = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
                }
            }
        }
        // .refusing: bound but not listening, so a SYN gets a RST: "connection refused".
    }

    deinit { for fd in descriptors { close(fd) } }
}
