import Foundation
import FlowlearnCore
import FlowlearnStore

/// What `flowlearn status` says about the xAPI queue: waiting, set aside (with the LRS's reason),
/// delivered, and the last delivery and problem.
enum XAPIStatus {
    static func lines(config: FlowlearnConfig, store: SQLiteLearningStore, ago: (Date) -> String) throws -> [(String, String)] {
        guard let endpoint = config.xapi.endpoint else { return [("xapi", "off (no [xapi] endpoint)")] }
        let counts = try store.learningRecordCounts()
        var lines: [(String, String)] = [("xapi", "\(endpoint): \(counts.pending) waiting, \(counts.setAside) set aside, \(counts.sent) delivered")]
        if let last = try store.state("xapi_last_delivery") { lines.append(("xapi last delivery", ago(last.updatedAt))) }
        if let error = try store.state("xapi_last_error") { lines.append(("xapi last problem", "\(error.value) at \(ago(error.updatedAt))")) }
        for aside in try store.learningRecordsSetAside(limit: 3) { lines.append(("", "set aside \(aside.statement): \(aside.reason)")) }
        return lines
    }
}
