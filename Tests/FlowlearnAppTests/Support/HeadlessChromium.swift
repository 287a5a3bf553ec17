import Foundation

/// Debian's Chromium, headless, as a reader of the report: it opens a page from disk and makes a
/// screenshot, a PDF (A4) or the parsed DOM. Network names do not resolve for it, so a page that
/// tried to load anything would fail visibly. `make test` installs it (scripts/ensure-chromium.sh).
struct HeadlessChromium {
    let profile: TemporaryDirectory

    init() throws { profile = try TemporaryDirectory() }

    /// What one run printed.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Lines Chromium logged for the page's console (errors, refused loads).
        var consoleLines: [String] { stderr.split(separator: "\n").map(String.init).filter { $0.contains("CONSOLE") } }
    }

    func run(_ page: String, _ options: [String]) async throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                             "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(profile.path)", "--force-device-scale-factor=1"]
            + options + [URL(fileURLWithPath: page).absoluteString]
        let result = try await FlowlearnBinary.run(process, timeout: 300)
        return Run(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    func screenshot(_ page: String, to png: String, width: Int = 1100, height: Int = 2600) async throws -> Run {
        try await run(page, ["--window-size=\(width),\(height)", "--screenshot=\(png)"])
    }

    func pdf(_ page: String, to pdf: String) async throws -> Run {
        try await run(page, ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"])
    }

    func dom(_ page: String) async throws -> Run {
        try await run(page, ["--dump-dom"])
    }
}
