import XCTest
@testable import FolioIngest

/// `FoldedPage`: a page in traditional characters is read as simplified and
/// returned exactly as printed.
final class FoldedPageTests: XCTestCase {
    private let taiwanPage = """
     A8 生活
    寶島日報
    中華民國112年9月15日 星期五

    長照服務擴大 失智照護據點再增

    記者林佳蓉／台北報導

    人口老化速度加快，失智
    照護需求持續攀升。衛生福利
    部昨天表示，全台失智社區服
    務據點已超過五百處。

    衛福部表示，明年長照相
    關預算將較今年增加，颱風
    季節也將加強巡視。

    【記者張詠晴／台中報導】 台
    中市政府交通局前天宣布，捷運
    藍線綜合規劃已獲行政院核定。

    台中捷運藍線
    綜合規劃獲核定

    本版主編：陳怡安
    """

    func testATraditionalPageIsReadFoldedAndReturnedAsPrinted() throws {
        let reading = PageReader.read(taiwanPage)
        XCTAssertEqual(reading.articles.count, 2)
        let first = try XCTUnwrap(reading.articles.first)
        XCTAssertEqual(first.byline, "記者林佳蓉／台北報導", "a reporter's name and the place reported from, as printed")
        XCTAssertEqual(first.headline, "長照服務擴大失智照護據點再增", "a space between Han characters is the extraction's")
        XCTAssertEqual(first.paragraphs.first, "人口老化速度加快，失智照護需求持續攀升。衛生福利部昨天表示，全台失智社區服務據點已超過五百處。")
        XCTAssertEqual(first.paragraphs[1], "衛福部表示，明年長照相關預算將較今年增加，颱風季節也將加強巡視。",
                       "颱 and 台 both appear: neither is folded, both are kept")
        let second = try XCTUnwrap(reading.articles.last)
        XCTAssertEqual(second.byline, "【記者張詠晴／台中報導】")
        XCTAssertEqual(second.headline, "台中捷運藍線綜合規劃獲核定")
        // The folio line of the Republic's year and the staff line are furniture, read folded.
        let furniture = reading.blocks.filter { $0.role == .furniture }.flatMap(\.lines)
        XCTAssertTrue(furniture.contains("本版主編：陳怡安"))
        XCTAssertTrue(furniture.contains("中華民國112年9月15日 星期五"))
        XCTAssertTrue(reading.blocks.allSatisfy { $0.rule.hasPrefix(FoldedPage.traditionalPage) }, "inspect names the fold")
    }

    func testWhichPagesAreFolded() {
        XCTAssertNotNil(FoldedPage(taiwanPage))
        // Counter-cases: a simplified page naming a paper in traditional characters;
        // a page with no Han text.
        let simplified = "本报讯（记者 李明） 香港文匯報昨日报道，全市首届读书节开幕，市民纷纷前来参观，展区内人头攒动。\n"
        XCTAssertNil(FoldedPage(simplified))
        XCTAssertNil(FoldedPage("NEW YORK (AP) — Stocks rose.\n"))
        // Ten or more traditional characters, but fewer than one in `minimumShare` of the page's Han.
        let names = "《聯合報》《中國時報》《蘋果日報》《經濟日報》"
        let body = String(repeating: "本报讯 记者从市文化和旅游局获悉，今年以来全市接待游客人数稳步增长，文旅市场持续回暖。", count: 4)
        XCTAssertNil(FoldedPage(names + body), "a simplified page quoting traditional names")
        XCTAssertNotNil(FoldedPage(names + String(body.prefix(30))), "the same names over little text")
    }

    func testAFoldIsUndoneExactly() throws {
        let page = try XCTUnwrap(FoldedPage("國際臺灣颱風，臺北與台中，發展經濟與貿易，這裡的學校與醫院"))
        XCTAssertTrue(page.text.contains("国际"), "國 and 際 fold")
        XCTAssertTrue(page.text.contains("臺湾颱风"), "臺, 颱 and 台 would all read 台: none of them folds")
        XCTAssertEqual(page.restore(page.text), "國際臺灣颱風，臺北與台中，發展經濟與貿易，這裡的學校與醫院")
    }

    func testPlaceCredits() {
        XCTAssertTrue(BylineRule.isWholeLine("記者林佳蓉／台北報導"))
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 王宁/北京报道"))
        XCTAssertTrue(BylineRule.isWholeLine("记者林佳蓉、陈品妤／综合报导"))
        XCTAssertEqual(BylineRule.prefix(of: "【记者张咏晴／台中报导】台中市政府交通局前天宣布"), "【记者张咏晴／台中报导】")
        XCTAssertEqual(BylineRule.prefix(of: "记者林佳蓉／台北报导 人口老化速度加快"), "记者林佳蓉／台北报导")
        XCTAssertTrue(BylineRule.isWholeLine("林佳蓉／台北报导"), "the name alone")
        XCTAssertEqual(BylineRule.prefix(of: "〔记者林佳蓉／台北报导〕人口老化"), "〔记者林佳蓉／台北报导〕")
        XCTAssertEqual(BylineRule.prefix(of: "【林佳蓉／台北报导】人口老化"), "【林佳蓉／台北报导】")
        // Counter-cases: a sentence about a reporter; a credit running on with no space.
        XCTAssertNil(BylineRule.prefix(of: "记者林佳蓉说，台北的报导"))
        XCTAssertNil(BylineRule.prefix(of: "记者林佳蓉／台北报导指出，"))
        XCTAssertNil(BylineRule.prefix(of: "林佳蓉／台北报导指出，"))
        XCTAssertNil(BylineRule.prefix(of: "台北／高雄两地报导显示，"), "a sentence with a slash")
    }
}
