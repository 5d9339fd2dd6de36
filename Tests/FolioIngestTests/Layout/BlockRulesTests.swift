import XCTest
@testable import FolioIngest

final class BylineRuleTests: XCTestCase {
    func testDatelineForms() {
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 国家主席习近平"), "新华社电")
        XCTAssertEqual(BylineRule.prefix(of: "新华社北京7月1日电（记者 王晓明）记者从"), "新华社北京7月1日电（记者 王晓明）")
        XCTAssertEqual(BylineRule.prefix(of: "本报北京5月12日电 （记者 李芳） 5月1日起"), "本报北京5月12日电 （记者 李芳）")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯 市图书馆日前推出"), "本报讯")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯（记者 张伟） 中央气象台"), "本报讯（记者 张伟）")
    }

    func testReporterLineIsWholeLine() {
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 何畅"))
        XCTAssertTrue(BylineRule.isWholeLine("新华社记者 张三 李四"))
        XCTAssertFalse(BylineRule.isWholeLine("新华社电 国家主席习近平"))
    }

    func testCounterCasesAreNotBylines() {
        XCTAssertNil(BylineRule.prefix(of: "本报记者近日电话采访了多位专家"))
        XCTAssertNil(BylineRule.prefix(of: "记者从农业农村部获悉"))
        XCTAssertNil(BylineRule.prefix(of: "据新华社电，"))
    }

    func testSplitCutsTheBylineFromTheParagraph() throws {
        let split = try XCTUnwrap(BylineRule.split("新华社电 国家主席习近平27日应约"))
        XCTAssertEqual(split.byline, "新华社电")
        XCTAssertEqual(split.rest, "国家主席习近平27日应约")
    }
}

final class FurnitureRuleTests: XCTestCase {
    func testFolioLineAndPageLabel() {
        XCTAssertEqual(FurnitureRule.match(block(["2020年3月28日 星期六"]), atPageEdge: false), "FurnitureRule.folioLine")
        XCTAssertEqual(FurnitureRule.match(block(["第3版"]), atPageEdge: false), "FurnitureRule.pageLabel")
        XCTAssertEqual(FurnitureRule.match(block(["第3版 要闻"]), atPageEdge: false), "FurnitureRule.pageLabel")
    }

    func testSectionLabelOnlyAtThePageEdge() {
        XCTAssertEqual(FurnitureRule.match(block(["要闻"]), atPageEdge: true), "FurnitureRule.sectionLabel")
        XCTAssertNil(FurnitureRule.match(block(["要闻"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["全国春耕备耕有序推进"]), atPageEdge: true))
    }

    func testLabelNextToFurnitureButEchoedInBodyIsNotFurniture() {
        let page = blocks("2020年3月28日 星期六\n\n要闻\n\n体育部门将继续推进健身步道建设。\n\n健身步道")
        let result = FurnitureRule.match(page)
        XCTAssertEqual(result[0], "FurnitureRule.folioLine")
        XCTAssertEqual(result[1], "FurnitureRule.sectionLabel")
        XCTAssertNil(result[2])
        XCTAssertNil(result[3], "a short line the body repeats is a section head")
    }
}

final class DisplayLineRuleTests: XCTestCase {
    func testShortUnpunctuatedBlocksAreCandidates() {
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["当前情况下，中美应该团结抗疫"])))
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["疫情防控", "取得阶段性重要成效"])))
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["数字人民币离我们还有多远？"])))
    }

    func testCounterCases() {
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["会议还研究了其他事项。"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["国家统计局新闻发言人表示，"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["新华社电 国家主席习近平"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["甲", "乙", "丙", "丁"])))
    }
}

final class PullQuoteRuleTests: XCTestCase {
    let body = PageText(["习近平指出，流行性疾病不分国界。国际社会只有共同应对，才能战而胜之。要支持湖北有序复工复产。",
                         "他说：“保护是前提，发展是目的。”村党支部书记说"])

    func testWholeSentenceIsAPullQuote() {
        XCTAssertTrue(PullQuoteRule.matches(block(["国际社会只有共同应对，才能战而胜之"]), in: body))
        XCTAssertTrue(PullQuoteRule.matches(block(["“保护是前提，发展是目的。”"]), in: body))
    }

    func testClauseIsNotAPullQuote() {
        XCTAssertFalse(PullQuoteRule.matches(block(["支持湖北有序复工复产"]), in: body), "a section head repeats a clause")
        XCTAssertFalse(PullQuoteRule.matches(block(["流行性疾病不分国界"]), in: body))
    }

    func testEchoIsAnyVerbatimRepeat() {
        XCTAssertTrue(PullQuoteRule.echoes(block(["支持湖北有序复工复产"]), in: body))
        XCTAssertFalse(PullQuoteRule.echoes(block(["习近平主持召开会议"]), in: body))
    }
}
