import XCTest
@testable import FolioIngest

/// What the scanner reads, independent of any reference date.
final class DateScannerTests: XCTestCase {
    /// The scanner's shortcut for positions that open no expression relies on
    /// `startsWord` naming exactly the first scalars of the relative words.
    func testStartsWordNamesTheFirstScalarsOfTheWords() {
        let firsts = Set(RelativeDateWord.all.map { $0.word[0] })
        for value in UInt32(0)...0x3FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(RelativeDateWord.startsWord(s), firsts.contains(s), "U+\(String(value, radix: 16))")
        }
    }

    func testFullArabicDate() {
        XCTAssertEqual(found("2021年7月1日，大会召开。"), [TextAndDate("2021年7月1日", "2021-07-01")])
    }

    func testMonthDayWithoutYearKeepsUnknownYear() {
        XCTAssertEqual(found("7月1日上午"), [TextAndDate("7月1日", "--07-01")])
    }

    func testBareDayIsUnresolvedWithoutReference() {
        XCTAssertEqual(found("国家主席习近平27日应约"), [TextAndDate("27日", nil)])
    }

    func testSpaceInsideExpressionIsKeptInText() {
        XCTAssertEqual(found("7月 1日"), [TextAndDate("7月 1日", "--07-01")])
        XCTAssertEqual(found("3月 25日，习近平"), [TextAndDate("3月 25日", "--03-25")])
        XCTAssertEqual(found("2020年\u{3000}3月28日"), [TextAndDate("2020年\u{3000}3月28日", "2020-03-28")])
    }

    func testSpaceDoesNotJoinAcrossLines() {
        XCTAssertEqual(found("3月\n25日"), [TextAndDate("3月", "--03"), TextAndDate("25日", nil)])
    }

    func testFullWidthDigitsParseButTextStaysAsWritten() {
        XCTAssertEqual(found("７月１日"), [TextAndDate("７月１日", "--07-01")])
        XCTAssertEqual(found("２０２１年７月１日"), [TextAndDate("２０２１年７月１日", "2021-07-01")])
    }

    func testChineseNumerals() {
        XCTAssertEqual(found("二〇二一年七月一日"), [TextAndDate("二〇二一年七月一日", "2021-07-01")])
        XCTAssertEqual(found("十月一日是国庆节"), [TextAndDate("十月一日", "--10-01")])
        XCTAssertEqual(found("二〇二〇年是决胜之年"), [TextAndDate("二〇二〇年", "2020")])
        XCTAssertEqual(found("二○二○年"), [TextAndDate("二○二○年", "2020")])
        XCTAssertEqual(found("二零一九年十二月三十一日"), [TextAndDate("二零一九年十二月三十一日", "2019-12-31")])
        XCTAssertEqual(found("十二月二十日"), [TextAndDate("十二月二十日", "--12-20")])
    }

    func testYearsAndYearMonths() {
        XCTAssertEqual(found("2019年脱贫攻坚"), [TextAndDate("2019年", "2019")])
        XCTAssertEqual(found("2019年度考核"), [TextAndDate("2019年", "2019")])
        XCTAssertEqual(found("2019年3月"), [TextAndDate("2019年3月", "2019-03")])
        XCTAssertEqual(found("3月份以来"), [TextAndDate("3月", "--03")])
    }

    func testHaoCountsAsDayOnlyAfterMonth() {
        XCTAssertEqual(found("3月5号"), [TextAndDate("3月5号", "--03-05")])
        XCTAssertEqual(foundTexts("地铁5号线"), [])
        XCTAssertEqual(foundTexts("1号文件"), [])
    }

    func testOffsetsAreUnicodeScalars() {
        // "𠀀" is one scalar but two UTF-16 units; the offset must count it once.
        let mentions = DateFinder.mentions(in: "𠀀é，7月1日", reference: nil)
        XCTAssertEqual(mentions.count, 1)
        XCTAssertEqual(mentions[0].start, 3)
        XCTAssertEqual(mentions[0].length, 4)
        XCTAssertEqual(mentions[0].granularity, .day)
    }

    func testGranularityFollowsWhatIsNamed() {
        let granularities = DateFinder.mentions(in: "2019年，3月，5月1日，去年，上月，昨天", reference: nil).map(\.granularity)
        XCTAssertEqual(granularities, [.year, .month, .day, .year, .month, .day])
    }

    func testRelativeWordsAreFound() {
        XCTAssertEqual(
            foundTexts("昨天、今天、前天、明天、去年、今年、明年、前年、上月、本月、下月、上个月、昨日、今日、明日"),
            ["昨天", "今天", "前天", "明天", "去年", "今年", "明年", "前年", "上月", "下月", "上个月", "昨日", "今日", "明日"],
            "本月 is no date word (the blind sets' convention)")
    }

    func testRelativeYearTakesFollowingMonthAndDay() {
        XCTAssertEqual(foundTexts("今年3月以来"), ["今年3月"])
        XCTAssertEqual(foundTexts("去年12月30日"), ["去年12月30日"])
        XCTAssertEqual(foundTexts("上月25日"), ["上月25日"])
    }

    // MARK: - False positives

    func testNumbersThatAreNotDates() {
        XCTAssertEqual(foundTexts("二十国集团领导人"), [])
        XCTAssertEqual(foundTexts("“十四五”规划"), [])
        XCTAssertEqual(foundTexts("1日元兑换"), [])
        XCTAssertEqual(foundTexts("100日元"), [])
        XCTAssertEqual(foundTexts("1月1日至3日元旦假期"), ["1月1日", "3日"], "元旦 is New Year, not yen")
        XCTAssertEqual(foundTexts("3日元旦"), ["3日"])
        XCTAssertEqual(foundTexts("5年来"), [])
        XCTAssertEqual(foundTexts("三年行动计划"), [])
        XCTAssertEqual(foundTexts("十年磨一剑"), [])
        XCTAssertEqual(foundTexts("《十日谈》"), [])
        XCTAssertEqual(foundTexts("三日游"), [])
        XCTAssertEqual(foundTexts("上下5000年"), [])
        XCTAssertEqual(foundTexts("20世纪90年代"), [])
        XCTAssertEqual(foundTexts("1990年代"), [])
        XCTAssertEqual(foundTexts("公元前1046年"), [])
        XCTAssertEqual(foundTexts("3个月"), [])
        XCTAssertEqual(foundTexts("G20峰会"), [])
        XCTAssertEqual(foundTexts("1.5日"), [])
        XCTAssertEqual(foundTexts("13月"), [])
        XCTAssertEqual(foundTexts("32日"), [])
        XCTAssertEqual(foundTexts("19年"), [])
    }

    func testDurationsAndOrdinalsAreNotDates() {
        XCTAssertEqual(foundTexts("第3日"), [])
        XCTAssertEqual(foundTexts("近3日"), [])
        XCTAssertEqual(foundTexts("连续5日"), [])
        XCTAssertEqual(foundTexts("为期3日"), [])
        XCTAssertEqual(foundTexts("7日内完成"), [])
        XCTAssertEqual(foundTexts("5日均线"), [])
        XCTAssertEqual(foundTexts("同一月份"), [])
    }

    func testGenevaAfterADayIsStillADay() {
        XCTAssertEqual(foundTexts("27日内瓦"), ["27日"])
    }

    func testNewYearsDayAfterAMonthIsADate() {
        XCTAssertEqual(foundTexts("1月1日元旦"), ["1月1日"])
    }

    func testCompoundsHoldingRelativeWordsAreNotDates() {
        XCTAssertEqual(foundTexts("过去年代"), [])
        XCTAssertEqual(foundTexts("失去年轻人"), [])
        XCTAssertEqual(foundTexts("目前天气晴好"), [])
        XCTAssertEqual(foundTexts("提前天数"), [])
        XCTAssertEqual(foundTexts("登上月球"), [])
        XCTAssertEqual(foundTexts("光明日报"), [])
        XCTAssertEqual(foundTexts("说明年度报告"), [])
        XCTAssertEqual(foundTexts("时至今日"), [])
        XCTAssertEqual(foundTexts("今日头条"), [])
        XCTAssertEqual(foundTexts("明日之星"), [])
        XCTAssertEqual(foundTexts("至今年均增长"), [])
        XCTAssertEqual(foundTexts("至今年底"), ["今年"])
    }

    // MARK: - Ranges

    func testRangeWithUnitOnBothEndsSplitsInTwo() {
        XCTAssertEqual(found("3月26日至28日"), [TextAndDate("3月26日", "--03-26"), TextAndDate("28日", "--03-28")])
        XCTAssertEqual(found("3月26日—28日"), [TextAndDate("3月26日", "--03-26"), TextAndDate("28日", "--03-28")])
        XCTAssertEqual(found("5日和6日"), [TextAndDate("5日", nil), TextAndDate("6日", nil)])
    }

    func testRangeHeadBorrowsTheTailUnit() {
        XCTAssertEqual(found("3月26—28日"), [TextAndDate("3月26", "--03-26"), TextAndDate("28日", "--03-28")])
        XCTAssertEqual(found("2019年3—5月"), [TextAndDate("2019年3", "2019-03"), TextAndDate("5月", "2019-05")])
        XCTAssertEqual(found("2019至2020年"), [TextAndDate("2019", "2019"), TextAndDate("2020年", "2020")])
        XCTAssertEqual(found("3、4月"), [TextAndDate("3", "--03"), TextAndDate("4月", "--04")])
    }

    func testChineseRangeTail() {
        XCTAssertEqual(found("十月一日至三日"), [TextAndDate("十月一日", "--10-01"), TextAndDate("三日", "--10-03")])
    }

    func testRangeAcrossMonthsKeepsBothWritten() {
        XCTAssertEqual(found("3月30日至4月2日"), [TextAndDate("3月30日", "--03-30"), TextAndDate("4月2日", "--04-02")])
    }
}
