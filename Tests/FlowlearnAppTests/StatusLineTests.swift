import Foundation
import Testing
@testable import FlowlearnApp

/// The times in the daemon's STATUS line and `flowlearn status`, in the team's timezone.
@Suite struct StatusLineTests {
    @Test func timesReadAsWeekdayDayMonthAndClockInTheGivenZoneAcrossDST() async throws {
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        // 2026-11-27 14:30 UTC: Friday 15:30 in Amsterdam (CET), 09:30 in New York (EST).
        let friday = Date(timeIntervalSince1970: 1_795_789_800)
        #expect(StatusLine.format(friday, timeZone: amsterdam) == "Fri 27 Nov 15:30")
        #expect(StatusLine.format(friday, timeZone: newYork) == "Fri 27 Nov 09:30")
        // 2026-07-03 13:05 UTC: summer time, 15:05 in Amsterdam; past midnight in Tokyo.
        let summer = Date(timeIntervalSince1970: 1_783_083_900)
        #expect(StatusLine.format(summer, timeZone: amsterdam) == "Fri 3 Jul 15:05")
        #expect(StatusLine.format(summer, timeZone: try #require(TimeZone(identifier: "Asia/Tokyo"))) == "Fri 3 Jul 22:05")
    }
}
