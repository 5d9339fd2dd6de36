import XCTest
@testable import FolioIngest

final class TextJoinerTests: XCTestCase {
    func testCJKBreakJoinsWithoutSpace() {
        XCTAssertEqual(TextJoiner.join(["国际社会只有共同应对，才", "能战而胜之。"]), "国际社会只有共同应对，才能战而胜之。")
    }

    func testLatinWordBreakGetsItsSpaceBack() {
        XCTAssertEqual(TextJoiner.join(["为期四天的New", "York国际书展"]), "为期四天的New York国际书展")
    }

    func testNumberBreakJoinsWithoutSpace() {
        XCTAssertEqual(TextJoiner.join(["G", "20数字经济"]), "G20数字经济")
        XCTAssertEqual(TextJoiner.join(["审议《关于20", "19年》"]), "审议《关于2019年》")
    }

    func testSpaceBetweenCJKIsDroppedButDigitSpaceKept() {
        XCTAssertEqual(TextJoiner.join(["习近平 主持会议， 强调"]), "习近平主持会议，强调")
        XCTAssertEqual(TextJoiner.join(["3月 25日，习近平"]), "3月 25日，习近平")
    }

    func testEndsSentenceLooksThroughClosingQuotes() {
        XCTAssertTrue("放心了。”".endsSentence)
        XCTAssertTrue("能战而胜之。".endsSentence)
        XCTAssertFalse("只有共同应对，才".endsSentence)
        XCTAssertFalse("推动完善全球卫生治理；".endsSentence)
    }
}

final class DisplayWidthTests: XCTestCase {
    func testHanIsOneLatinAndCompressedMarksAreHalf() {
        XCTAssertEqual(DisplayWidth.of("会议强调"), 4)
        XCTAssertEqual(DisplayWidth.of("2019年"), 3)
        XCTAssertEqual(DisplayWidth.of("会议强调，要"), 5.5)
        XCTAssertEqual(DisplayWidth.of("“六稳”"), 4, "quotes are not compressed")
    }
}

final class BigramsTests: XCTestCase {
    func testContainmentAndOverlapCoefficient() {
        let head = Bigrams("一批新规施行")
        let body = Bigrams("一批新的法律法规开始施行")
        XCTAssertEqual(head.count, 5)
        XCTAssertEqual(head.containment(in: body), 3.0 / 5.0, accuracy: 1e-9)  // 一批 批新 施行
        XCTAssertEqual(Bigrams("春耕备耕").overlapCoefficient(with: Bigrams("春耕生产备耕")), 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(Bigrams("ABC 123").count, 0, "Latin and digits carry no bigrams")
    }
}

final class LineAndBlockReaderTests: XCTestCase {
    func testLinesAreTrimmedAndMeasured() {
        let lines = LineReader.read(" 新华社电 国家主席习近平\r\n\n电话。")
        XCTAssertEqual(lines.map(\.text), ["新华社电 国家主席习近平", "", "电话。"])
        XCTAssertTrue(lines[1].isBlank)
        XCTAssertEqual(lines[2].width, 2.5)
    }

    func testBlankLinesSeparateBlocks() {
        let b = blocks("甲乙丙\n丁戊己\n\n\n庚辛壬")
        XCTAssertEqual(b.map(\.texts), [["甲乙丙", "丁戊己"], ["庚辛壬"]])
        XCTAssertEqual(b[1].firstLine, 4)
    }

    func testBylineSplitRuleStartsABlockWithoutBlankLine() {
        let b = blocks("进一步统筹推进疫情防控和经济社会发展\n新华社电 中共中央政治局召开会议，\n研究部署工作。")
        XCTAssertEqual(b.count, 2)
        XCTAssertEqual(b[1].lines[0].text, "新华社电 中共中央政治局召开会议，")
    }

    func testWholeLineBylineIsItsOwnBlock() {
        let b = blocks("社区食堂办到居民家门口\n\n本报记者 何畅\n中午十一点半，社区食堂里")
        XCTAssertEqual(b.map(\.texts), [["社区食堂办到居民家门口"], ["本报记者 何畅"], ["中午十一点半，社区食堂里"]])
    }
}
