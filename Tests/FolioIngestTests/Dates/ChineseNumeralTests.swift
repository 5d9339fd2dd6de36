import XCTest
@testable import FolioIngest

final class ChineseNumeralTests: XCTestCase {
    private func small(_ text: String) -> Int? { ChineseNumeral.smallValue(Array(text.unicodeScalars)) }
    private func digits(_ text: String) -> Int? { ChineseNumeral.digitByDigitValue(Array(text.unicodeScalars)) }

    func testPositionalValuesForMonthsAndDays() {
        XCTAssertEqual(small("一"), 1)
        XCTAssertEqual(small("九"), 9)
        XCTAssertEqual(small("十"), 10)
        XCTAssertEqual(small("十二"), 12)
        XCTAssertEqual(small("二十"), 20)
        XCTAssertEqual(small("三十一"), 31)
    }

    func testMalformedPositionalValues() {
        XCTAssertNil(small("〇"))
        XCTAssertNil(small("十十"))
        XCTAssertNil(small("一二"))
        XCTAssertNil(small("二十〇"))
        XCTAssertNil(small("一二三四"))
        XCTAssertNil(small(""))
    }

    func testDigitByDigitYears() {
        XCTAssertEqual(digits("二〇二一"), 2021)
        XCTAssertEqual(digits("二○二○"), 2020)
        XCTAssertEqual(digits("二零一九"), 2019)
        XCTAssertEqual(digits("一九四九"), 1949)
        XCTAssertNil(digits("二十"))
        XCTAssertNil(digits(""))
    }
}
