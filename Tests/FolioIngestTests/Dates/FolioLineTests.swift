import XCTest
@testable import FolioIngest

/// The folio line: a standalone full date near the top or bottom of the page.
final class FolioLineTests: XCTestCase {
    func testStandaloneDateLines() {
        XCTAssertEqual(FolioLine.date(inLine: "2020年3月28日 星期六"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "2020年3月28日\u{3000}星期六"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "2020年3月28日"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "  2020年3月28日 星期六 农历庚子年三月初五  "), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "２０２０年３月２８日　星期六"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "二〇二〇年三月二十八日 星期六"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "2020年3月28日（星期六）"), civil("2020-03-28"))
        XCTAssertEqual(FolioLine.date(inLine: "2020年3月28日 周六 第4版"), civil("2020-03-28"))
    }

    func testMastheadAroundTheDate() {
        XCTAssertEqual(FolioLine.date(inLine: "人民日报 2021年9月14日 星期二 第6版 教育科技"), civil("2021-09-14"))
        XCTAssertEqual(FolioLine.date(inLine: "2023年7月7日 星期五 3"), civil("2023-07-07"))
        XCTAssertNil(FolioLine.date(inLine: "据报 2021年9月14日 星期二"), "not a paper's name")
        XCTAssertNil(FolioLine.date(inLine: "2021年9月14日 星期二 全市各区县要抓紧落实"), "a clause, not a section name")
    }

    func testDatesInsideSentencesAreNotFolioLines() {
        XCTAssertNil(FolioLine.date(inLine: "2020年3月28日，会议在北京召开。"))
        XCTAssertNil(FolioLine.date(inLine: "会议于2020年3月28日召开"))
        XCTAssertNil(FolioLine.date(inLine: "2020年3月28日 星期六 晴"))
        XCTAssertNil(FolioLine.date(inLine: "2020年3月28日 农历三月初五，天气晴。"))
    }

    func testIncompleteOrImpossibleDatesAreNotFolioLines() {
        XCTAssertNil(FolioLine.date(inLine: "3月28日 星期六"))
        XCTAssertNil(FolioLine.date(inLine: "2020年3月"))
        XCTAssertNil(FolioLine.date(inLine: "2021年2月29日 星期一"))
        XCTAssertNil(FolioLine.date(inLine: "星期六"))
    }

    func testFolioLineAtTopOrBottomOfPage() {
        let top = "人民日报\n\n2020年3月28日 星期六\n\n习近平主持会议\n正文。"
        XCTAssertEqual(PublicationInfo.fromPageText(top), civil("2020-03-28"))
        let body = (1...20).map { "第\($0)段正文。" }.joined(separator: "\n")
        XCTAssertEqual(PublicationInfo.fromPageText(body + "\n2020年3月28日　星期六\n"), civil("2020-03-28"))
    }

    func testStandaloneDateInTheMiddleOfThePageIsIgnored() {
        let before = (1...10).map { "第\($0)段正文。" }.joined(separator: "\n")
        let after = (11...20).map { "第\($0)段正文。" }.joined(separator: "\n")
        XCTAssertNil(PublicationInfo.fromPageText(before + "\n2020年3月28日\n" + after))
    }

    func testAMidPageFolioLineCountsWhenItsWeekdayAgrees() {
        let before = (1...10).map { "第\($0)段正文。" }.joined(separator: "\n")
        let after = (11...20).map { "第\($0)段正文。" }.joined(separator: "\n")
        XCTAssertEqual(PublicationInfo.fromPageText(before + "\n悦游周刊\n2023年7月20日 星期四\n" + after), civil("2023-07-20"))
        // Counter-cases: the wrong weekday, or none (a bare date mid-page is news or a dateline's echo).
        XCTAssertNil(PublicationInfo.fromPageText(before + "\n2023年7月20日 星期五\n" + after))
        XCTAssertNil(PublicationInfo.fromPageText(before + "\n2023年7月20日\n" + after))
        XCTAssertEqual(PublicationInfo.fromPageText(before + "\n清源报\n中共清源县委主办2023年9月28日星期四第3126期今日4版\n" + after), civil("2023-09-28"))
        XCTAssertNil(PublicationInfo.fromPageText(before + "\n2023年10月1日 星期日 晴\n" + after), "a diary's head")
        XCTAssertEqual(FolioLine.weekday(of: civil("2024-01-07")), 6, "a Sunday")
        XCTAssertEqual(FolioLine.writtenWeekday("2024年1月7日 周日"), 6)
        XCTAssertEqual(FolioLine.writtenWeekday("2020年3月28日 星期六"), 5)
    }

    func testAFolioInFiguresCountsWhenItsWeekdayAgrees() {
        let body = (1...10).map { "第\($0)段正文。" }.joined(separator: "\n")
        XCTAssertEqual(PublicationInfo.fromPageText("A12\n体育\n2023.08.20 星期日\n" + body), civil("2023-08-20"))
        XCTAssertEqual(FolioLine.figuresFolioDate("江城晚报 2023-08-20 周日"), civil("2023-08-20"))
        XCTAssertEqual(FolioLine.figuresFolioDate("2023/8/20 星期日"), civil("2023-08-20"))
        // Counter-cases: the wrong weekday, no weekday, mixed separators, more after the weekday, text before.
        XCTAssertNil(FolioLine.figuresFolioDate("2023.08.20 星期六"))
        XCTAssertNil(FolioLine.figuresFolioDate("2023.08.20"))
        XCTAssertNil(FolioLine.figuresFolioDate("2023.08-20 星期日"))
        XCTAssertNil(FolioLine.figuresFolioDate("2023.08.20 星期日 晴"))
        XCTAssertNil(FolioLine.figuresFolioDate("比赛定于2023.08.20 星期日"))
        XCTAssertNil(FolioLine.figuresFolioDate("２０２３．０８．２０ 星期日"), "ASCII figures only")
        XCTAssertEqual(FurnitureRule.match(block(["2023.08.20 星期日"]), atPageEdge: false), "FurnitureRule.folioLine")
    }

    func testSeedPageHasNoFolioLine() {
        let seed = "新华社电 国家主席习近平\n27日应约同美国总统特朗普通\n电话。\n\n习近平强调，新冠肺炎疫情"
        XCTAssertNil(PublicationInfo.fromPageText(seed))
    }

    func testEmptyText() {
        XCTAssertNil(PublicationInfo.fromPageText(""))
        XCTAssertNil(PublicationInfo.fromPageText("\n\n \n"))
    }
}
