import Foundation
import FlowlearnCore

/// `FLOWLEARN_NOW`: runs any command at a chosen instant instead of the machine's time. The
/// clock starts there and runs on at the real rate, so a daemon started at Friday 15:29 sends the
/// reflection prompt a minute later. Tests pin every process they start this way.
enum ChosenInstant {
    static let variable = "FLOWLEARN_NOW"

    /// The program's clock: shifted to `FLOWLEARN_NOW` when it is set, the machine's otherwise.
    static func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any TimeSource {
        guard let text = environment[variable], !text.isEmpty else { return SystemTimeSource() }
        guard let instant = parse(text) else { throw Invalid(text: text) }
        return ShiftedTimeSource(start: instant)
    }

    /// `2026-12-12T11:00:00+01:00`, `2026-12-12T10:00:00Z` (fractional seconds allowed), or a local time without an offset
    /// (`2026-12-12T11:00`, `2026-12-12 11:00:00`) read in the machine's timezone (`TZ`).
    static func parse(_ text: String, localTimeZone: TimeZone = .current) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
        let withOffset = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            withOffset.formatOptions = options
            if let date = withOffset.date(from: trimmed) { return date }
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = localTimeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: trimmed) { return date }
        }
        return nil
    }

    /// `FLOWLEARN_NOW` is set to something that is not an instant.
    struct Invalid: Error, CustomStringConvertible {
        let text: String
        var description: String {
            "\(ChosenInstant.variable)=\(text) is not an instant; use ISO 8601, e.g. 2026-12-12T11:00:00+01:00 (or a local 2026-12-12T11:00)"
        }
    }
}
