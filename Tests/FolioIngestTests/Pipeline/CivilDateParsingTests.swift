import FolioIngest
import XCTest

final class CivilDateParsingTests: XCTestCase {
    func testParsesOnlyRealCalendarDates() {
        XCTAssertEqual(CivilDate(iso: "2020-02-29")?.description, "2020-02-29")
        XCTAssertNil(CivilDate(iso: "2021-02-29"))
        XCTAssertNil(CivilDate(iso: "2021-02-30"))
        XCTAssertNil(CivilDate(iso: "2021-13-01"))
        XCTAssertNil(CivilDate(iso: "13/45"))
        XCTAssertNil(CivilDate(iso: "2021-7-1"))
        XCTAssertNil(CivilDate(iso: "1900-02-29"))
        XCTAssertNotNil(CivilDate(iso: "2000-02-29"))
    }

    func testOrdersChronologically() {
        XCTAssertLessThan(CivilDate(year: 2019, month: 12, day: 31)!, CivilDate(year: 2020, month: 1, day: 1)!)
    }
}
