import Foundation

extension FlowlearnConfig {
    /// `[report]`: the HTML report the daemon writes for each team after its weekly summary.
    public struct Report: Sendable, Equatable {
        /// The folder the daemon writes reports to; `nil`: no reports.
        public var folder: String?
        /// Where that folder is published (`https://intranet.example.org/flowlearn/`): the summary
        /// links to the report there; without it the summary names the file.
        public var url: String?
        /// How many weeks a report covers, up to and including the summary's week.
        public var weeks = 8
        public init() {}
    }
}

/// Reads the `[report]` section.
enum ReportSettingsParser {
    static let keys: Set<String> = ["folder", "url", "weeks"]

    static func read(_ section: IniDocument.Section, into report: inout FlowlearnConfig.Report, path: String,
                     resolve: (String) -> String, diagnostics: inout [Diagnostic]) {
        if let e = section["folder"], !e.value.isEmpty { report.folder = resolve(e.value) }
        if let e = section["url"], !e.value.isEmpty {
            if e.value.hasPrefix("https://") || e.value.hasPrefix("http://") {
                report.url = e.value.hasSuffix("/") ? e.value : e.value + "/"
            } else {
                diagnostics.append(.error(SourceLocation(path: path, line: e.line), "url must start with https:// (or http://), not `\(e.value)`"))
            }
        }
        if let e = section["weeks"], !e.value.isEmpty {
            if let n = Int(e.value), (1...53).contains(n) { report.weeks = n } else {
                diagnostics.append(.error(SourceLocation(path: path, line: e.line), "weeks must be a whole number from 1 to 53, not `\(e.value)`"))
            }
        }
    }
}
