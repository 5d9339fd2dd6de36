import GRDB
import XCTest

/// highlight() and snippet() mark exactly the characters that match, using
/// the tokenizer's byte offsets into the original (unfolded) text.
final class HighlightTests: XCTestCase {
    private func highlight(_ document: String, _ query: String) throws -> String? {
        let database = try makeFolioTable([document])
        return try database.read { db in
            try String.fetchOne(db, sql: "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?", arguments: [query])
        }
    }

    func testPhrasesOfEveryLength() throws {
        let text = "新冠肺炎疫情防控"
        XCTAssertEqual(try highlight(text, quoted("疫")), "新冠肺炎[疫]情防控")
        XCTAssertEqual(try highlight(text, quoted("疫情")), "新冠肺炎[疫情]防控")
        XCTAssertEqual(try highlight(text, quoted("肺炎疫")), "新冠[肺炎疫]情防控")
        XCTAssertEqual(try highlight(text, quoted("新冠肺炎疫情防控")), "[新冠肺炎疫情防控]")
        XCTAssertEqual(try highlight(text, quoted("控")), "新冠肺炎疫情防[控]")
    }

    func testMixedLatinAndCJK() throws {
        XCTAssertEqual(try highlight("抗击COVID-19疫情", quoted("19疫情")), "抗击COVID-[19疫情]")
        XCTAssertEqual(try highlight("G20峰会开幕", quoted("g20峰")), "[G20峰]会开幕")
        XCTAssertEqual(try highlight("G20 峰会", "g2*"), "[G20] 峰会")
        // A CJK run followed by a word in one phrase: the trailing character
        // of the query run keeps the word's position aligned with the document.
        XCTAssertEqual(try highlight("抗击疫情G20峰会", quoted("疫情g20")), "抗击[疫情G20]峰会")
        XCTAssertEqual(try highlight("抗击疫情 G20峰会", quoted("击疫情 g20 峰会")), "抗[击疫情 G20峰会]")
    }

    func testFoldedMatchesMarkTheOriginalText() throws {
        XCTAssertEqual(try highlight("經濟發展", quoted("经济")), "[經濟]發展")
        XCTAssertEqual(try highlight("经济发展", quoted("經濟")), "[经济]发展")
        XCTAssertEqual(try highlight("ＧＤＰ增长", quoted("gdp")), "[ＧＤＰ]增长")
    }

    func testEveryOccurrenceIsMarked() throws {
        XCTAssertEqual(try highlight("疫情，疫情。", quoted("疫情")), "[疫情]，[疫情]。")
        // Overlapping occurrences merge into one mark.
        XCTAssertEqual(try highlight("哈哈哈", quoted("哈哈")), "[哈哈哈]")
    }

    func testSnippetMarksTheMatch() throws {
        let text = String(repeating: "今天天气很好。", count: 20) + "新冠肺炎疫情防控取得成效" + String(repeating: "我们去公园。", count: 20)
        let database = try makeFolioTable([text])
        let snippet = try database.read { db in
            try String.fetchOne(db, sql: "SELECT snippet(t, 0, '[', ']', '…', 8) FROM t WHERE t MATCH ?", arguments: [quoted("疫情防控")])
        }
        let marked = try XCTUnwrap(snippet)
        XCTAssertTrue(marked.contains("[疫情防控]"), marked)
        XCTAssertEqual(marked.filter { $0 == "[" }.count, 1, marked)
    }
}
