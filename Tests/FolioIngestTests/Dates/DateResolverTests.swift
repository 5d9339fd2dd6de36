import XCTest
@testable import FolioIngest

/// The reference-date rules: past preference, relative words, year boundaries, ranges.
final class DateResolverTests: XCTestCase {
    func testWrittenYearsStandAsWritten() {
        XCTAssertEqual(found("2019年3月27日", reference: "2021-07-02"), [TextAndDate("2019年3月27日", "2019-03-27")])
        XCTAssertEqual(found("2030年", reference: "2021-07-02"), [TextAndDate("2030年", "2030")])
    }

    func testYearlessDatesPointToThePast() {
        XCTAssertEqual(found("12月30日", reference: "2020-01-02"), [TextAndDate("12月30日", "2019-12-30")])
        XCTAssertEqual(found("1月2日", reference: "2020-01-02"), [TextAndDate("1月2日", "2020-01-02")])
        XCTAssertEqual(found("1月3日", reference: "2020-01-02"), [TextAndDate("1月3日", "2019-01-03")])
        XCTAssertEqual(found("6月", reference: "2021-07-02"), [TextAndDate("6月", "2021-06")])
        XCTAssertEqual(found("7月", reference: "2021-07-02"), [TextAndDate("7月", "2021-07")])
        XCTAssertEqual(found("8月", reference: "2021-07-02"), [TextAndDate("8月", "2020-08")])
    }

    func testBareDayTakesReferenceMonthOrTheOneBefore() {
        XCTAssertEqual(found("27日", reference: "2020-03-28"), [TextAndDate("27日", "2020-03-27")])
        XCTAssertEqual(found("28日", reference: "2020-03-28"), [TextAndDate("28日", "2020-03-28")])
        XCTAssertEqual(found("30日", reference: "2020-03-28"), [TextAndDate("30日", nil)])  // February has no 30th
        XCTAssertEqual(found("31日", reference: "2022-01-01"), [TextAndDate("31日", "2021-12-31")])
        XCTAssertEqual(found("29日", reference: "2020-03-01"), [TextAndDate("29日", "2020-02-29")])
    }

    func testRelativeDays() {
        XCTAssertEqual(
            found("前天、昨天、今天、明天、昨日、今日、明日", reference: "2021-03-01"),
            [TextAndDate("前天", "2021-02-27"), TextAndDate("昨天", "2021-02-28"), TextAndDate("今天", "2021-03-01"),
             TextAndDate("明天", "2021-03-02"), TextAndDate("昨日", "2021-02-28"), TextAndDate("今日", "2021-03-01"),
             TextAndDate("明日", "2021-03-02")])
        XCTAssertEqual(found("昨天", reference: "2022-01-01"), [TextAndDate("昨天", "2021-12-31")])
    }

    func testRelativeYearsAndMonths() {
        XCTAssertEqual(
            found("前年、去年、今年、明年", reference: "2021-03-01"),
            [TextAndDate("前年", "2019"), TextAndDate("去年", "2020"), TextAndDate("今年", "2021"), TextAndDate("明年", "2022")])
        XCTAssertEqual(
            found("上月、本月、下月、上个月", reference: "2021-01-15"),
            [TextAndDate("上月", "2020-12"), TextAndDate("下月", "2021-02"),
             TextAndDate("上个月", "2020-12")])
    }

    /// 本月 is no date of its own, but it pins the day after it to the
    /// reference month, even where that day is still ahead.
    func testThisMonthPinsTheDayAfterIt() {
        XCTAssertEqual(found("本月8日至10日", reference: "2024-02-05"), [TextAndDate("8日", "2024-02-08"), TextAndDate("10日", "2024-02-10")])
        XCTAssertEqual(found("8日", reference: "2024-02-05"), [TextAndDate("8日", "2024-01-08")], "a bare day ahead is last month's")
        XCTAssertEqual(found("本月以来", reference: "2024-02-05"), [])
    }

    func testRelativeYearWithWrittenMonthAndDay() {
        XCTAssertEqual(found("今年3月", reference: "2021-07-02"), [TextAndDate("今年3月", "2021-03")])
        XCTAssertEqual(found("今年9月", reference: "2021-07-02"), [TextAndDate("今年9月", "2021-09")])
        XCTAssertEqual(found("去年12月30日", reference: "2021-07-02"), [TextAndDate("去年12月30日", "2020-12-30")])
        XCTAssertEqual(found("上月25日", reference: "2021-01-10"), [TextAndDate("上月25日", "2020-12-25")])
    }

    func testWithoutReferenceRelativeWordsAreUnresolved() {
        XCTAssertEqual(
            found("昨天、去年、上月、今年3月、27日", reference: nil),
            [TextAndDate("昨天", nil), TextAndDate("去年", nil), TextAndDate("上月", nil), TextAndDate("今年3月", "--03"),
             TextAndDate("27日", nil)])
    }

    func testImpossibleDatesAreUnresolved() {
        XCTAssertEqual(found("2021年2月29日"), [TextAndDate("2021年2月29日", nil)])
        XCTAssertEqual(found("2020年2月29日"), [TextAndDate("2020年2月29日", "2020-02-29")])
        XCTAssertEqual(found("2月29日"), [TextAndDate("2月29日", "--02-29")])
        XCTAssertEqual(found("2月30日"), [TextAndDate("2月30日", nil)])
        XCTAssertEqual(found("2月29日", reference: "2021-07-01"), [TextAndDate("2月29日", nil)])
    }

    func testRangeEndTakesTheStartsResolvedYearAndMonth() {
        // Past preference alone would put 28日 a year back; the range keeps it with its start.
        XCTAssertEqual(
            found("3月26日至28日", reference: "2021-03-27"),
            [TextAndDate("3月26日", "2021-03-26"), TextAndDate("28日", "2021-03-28")])
        XCTAssertEqual(
            found("12月30日至1月2日", reference: "2020-01-05"),
            [TextAndDate("12月30日", "2019-12-30"), TextAndDate("1月2日", "2020-01-02")])
        XCTAssertEqual(
            found("2019年3月30日至2日", reference: nil),
            [TextAndDate("2019年3月30日", "2019-03-30"), TextAndDate("2日", "2019-04-02")])
        XCTAssertEqual(
            found("2019年12月至2月", reference: nil),
            [TextAndDate("2019年12月", "2019-12"), TextAndDate("2月", "2020-02")])
    }

    func testExpressionsWithoutConnectorDoNotCarryOver() {
        XCTAssertEqual(
            found("3月26日，28日", reference: nil),
            [TextAndDate("3月26日", "--03-26"), TextAndDate("28日", nil)])
    }

    func testYearlessReferenceResolvesRelativeDaysWhenUnambiguous() {
        let reference = ReferenceDate(month: 7, day: 1)
        let mentions = DateFinder.mentions(in: "昨天，27日，去年，上月", reference: reference).map { TextAndDate($0.text, $0.date) }
        XCTAssertEqual(mentions, [TextAndDate("昨天", "--06-30"), TextAndDate("27日", "--06-27"),
                                  TextAndDate("去年", nil), TextAndDate("上月", "--06")])
        let marchFirst = ReferenceDate(month: 3, day: 1)
        XCTAssertNil(DateFinder.mentions(in: "昨天", reference: marchFirst)[0].date)
    }
}
