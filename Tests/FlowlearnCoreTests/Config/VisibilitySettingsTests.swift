import Foundation
import Testing
@testable import FlowlearnCore

/// `[report]` and `[xapi]` in flowlearn.conf.
@Suite struct VisibilitySettingsTests {
    func parse(_ text: String) -> (FlowlearnConfig, [Diagnostic]) {
        ConfigParser().parse(text, path: "/etc/flowlearn/flowlearn.conf", baseDirectory: "/etc/flowlearn")
    }

    @Test func readsBothSections() {
        let (config, problems) = parse("""
            [report]
            folder = reports
            url = https://intranet.example.org/flowlearn
            weeks = 12
            [xapi]
            endpoint = https://lrs.example.org/xAPI
            username = flowlearn
            password_file = xapi-password
            activity_base = https://learning.example.org/flowlearn/
            actor = hashed
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.report.folder == "/etc/flowlearn/reports" && config.report.url == "https://intranet.example.org/flowlearn/" && config.report.weeks == 12)
        #expect(config.xapi.endpoint == "https://lrs.example.org/xAPI/" && config.xapi.username == "flowlearn")
        #expect(config.xapi.passwordFile == "/etc/flowlearn/xapi-password" && config.xapi.actor == .hashed && config.xapi.isEnabled)
    }

    @Test func withoutTheSectionsThereIsNoReportAndNoLRS() {
        let (config, problems) = parse("[flowlearn]\nplatform = shell\n")
        #expect(problems.isEmpty && config.report.folder == nil && !config.xapi.isEnabled && config.report.weeks == 8)
    }

    @Test func mistakesAreNamedWithTheirLine() {
        let (_, problems) = parse("""
            [report]
            url = intranet/flowlearn
            weeks = 60
            [xapi]
            endpoint = lrs.example.org
            actor = email
            """)
        let messages = problems.map(\.description)
        #expect(messages.contains { $0.hasPrefix("/etc/flowlearn/flowlearn.conf:2:") && $0.contains("url must start with https://") })
        #expect(messages.contains { $0.hasPrefix("/etc/flowlearn/flowlearn.conf:3:") && $0.contains("weeks must be a whole number from 1 to 53") })
        #expect(messages.contains { $0.hasPrefix("/etc/flowlearn/flowlearn.conf:5:") && $0.contains("endpoint must be a URL") })
        #expect(messages.contains { $0.hasPrefix("/etc/flowlearn/flowlearn.conf:6:") && $0.contains("actor must be one of account | hashed") })
    }

    @Test func anEndpointNeedsAUserAndAnActivityBase() {
        let (_, problems) = parse("[xapi]\nendpoint = https://lrs.example.org/xAPI/\n")
        #expect(problems.contains { $0.description.contains("needs `username`") })
        #expect(problems.contains { $0.description.contains("needs `activity_base`") })
    }
}
