import Testing
import FlowlearnCore

@Suite("NumberText") struct NumberTextTests {
    @Test func zeroPaddedKeysAsWeeksAndDatesNeedThem() {
        #expect(NumberText.padded(7, width: 2) == "07")
        #expect(NumberText.padded(2026, width: 4) == "2026")
        #expect(NumberText.padded(123, width: 2) == "123")
        #expect(NumberText.padded(-5, width: 3) == "-005")
        #expect(ISOWeek(year: 2026, week: 7).description == "2026-W07")
        #expect(LocalDate(year: 2027, month: 1, day: 4).description == "2027-01-04")
    }

    @Test func fixedDecimalsRoundHalfAwayFromZeroWithTheLanguagesSeparator() {
        #expect(NumberText.fixed(3.25, decimals: 1) == "3.3")
        #expect(NumberText.fixed(3.25, decimals: 1, separator: ",") == "3,3")
        #expect(NumberText.fixed(4, decimals: 1) == "4.0")
        #expect(NumberText.fixed(0.04, decimals: 1) == "0.0")
        #expect(NumberText.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.fixed(-2.5, decimals: 0) == "-3")
        #expect(NumberText.fixed(12.3456, decimals: 3) == "12.346")
        #expect(NumberText.fixed(.nan, decimals: 1) == "NaN")
    }
}
