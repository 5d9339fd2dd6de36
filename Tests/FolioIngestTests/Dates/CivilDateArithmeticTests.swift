import XCTest
@testable import FolioIngest

final class CivilDateArithmeticTests: XCTestCase {
    func testDayNumberOfEpochAndRoundTrip() {
        XCTAssertEqual(civil("1970-01-01").dayNumber, 0)
        XCTAssertEqual(civil("2000-03-01").dayNumber, 11_017)
        for iso in ["0001-01-01", "1900-02-28", "2000-02-29", "2021-12-31", "9999-12-31"] {
            XCTAssertEqual(CivilDate(dayNumber: civil(iso).dayNumber), civil(iso), iso)
        }
    }

    func testAddingDaysAcrossMonthAndYearBoundaries() {
        XCTAssertEqual(civil("2022-01-01").adding(days: -1), civil("2021-12-31"))
        XCTAssertEqual(civil("2021-12-31").adding(days: 1), civil("2022-01-01"))
        XCTAssertEqual(civil("2021-03-01").adding(days: -2), civil("2021-02-27"))
        XCTAssertEqual(civil("2021-01-30").adding(days: 40), civil("2021-03-11"))
    }

    func testLeapYears() {
        XCTAssertEqual(civil("2020-03-01").previousDay, civil("2020-02-29"))
        XCTAssertEqual(civil("2021-03-01").previousDay, civil("2021-02-28"))
        XCTAssertEqual(civil("2000-02-28").nextDay, civil("2000-02-29"))
        XCTAssertEqual(civil("1900-02-28").nextDay, civil("1900-03-01"))
        XCTAssertEqual(civil("2020-02-29").adding(days: 366), civil("2021-03-01"))
    }

    func testAddingDaysOutsideSupportedYearsIsNil() {
        XCTAssertNil(civil("0001-01-01").previousDay)
        XCTAssertNil(civil("9999-12-31").nextDay)
    }

    func testPreviousMonthAndShifting() {
        XCTAssertTrue(civil("2022-01-15").previousMonth == (2021, 12))
        XCTAssertTrue(civil("2021-07-31").previousMonth == (2021, 6))
        XCTAssertTrue(civil("2021-12-01").shifting(months: 1) == (2022, 1))
        XCTAssertTrue(civil("2021-01-01").shifting(months: -13) == (2019, 12))
        XCTAssertTrue(CivilDate.shift(year: 2021, month: 5, by: 24) == (2023, 5))
    }
}
