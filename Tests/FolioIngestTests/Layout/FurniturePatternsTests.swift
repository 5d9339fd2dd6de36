import Foundation
import XCTest
@testable import FolioIngest

/// `FurniturePatterns` must answer exactly as the regular expressions it
/// replaced: compared on every fixture line and on lines built to probe the
/// patterns' ambiguities (Han numerals, "第" and "版" are also Han; digit
/// runs of every length; spaces and line terminators at the end).
final class FurniturePatternsTests: XCTestCase {
    private static let folio = try! NSRegularExpression(pattern:
        #"(?:(?<=民[国國])[0-9０-９]{2,4}|[0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:[/／|｜]\s*)?(?:星期|周)[一二三四五六日天]"#)
    private static let bareDate = try! NSRegularExpression(pattern:
        #"^\s*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*$"#)
    private static let pageNumber = try! NSRegularExpression(pattern:
        #"^(?:\p{Han}{0,6}\s*)?第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:\s*(?:·\s*)?[\p{Han}·]{0,7})?$"#)

    private func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func assertAgree(_ line: String, file: StaticString = #filePath, line number: UInt = #line) {
        XCTAssertEqual(FurniturePatterns.hasFolioDate(line), matches(Self.folio, line), "folio \(line.debugDescription)", file: file, line: number)
        XCTAssertEqual(FurniturePatterns.isBareDate(line), matches(Self.bareDate, line), "bare date \(line.debugDescription)", file: file, line: number)
        XCTAssertEqual(FurniturePatterns.isPageNumber(line), matches(Self.pageNumber, line), "page \(line.debugDescription)", file: file, line: number)
    }

    func testKnownLines() {
        XCTAssertTrue(FurniturePatterns.hasFolioDate("人民日报 2020年3月28日 星期六"))
        XCTAssertTrue(FurniturePatterns.hasFolioDate("２０２１年７月２日　周五"))
        XCTAssertFalse(FurniturePatterns.hasFolioDate("2020年3月28日召开"))
        XCTAssertTrue(FurniturePatterns.hasFolioDate("2019年9月11日/星期三"), "an evening paper's rule between date and weekday")
        XCTAssertFalse(FurniturePatterns.hasFolioDate("2019年9月11日/召开"))
        XCTAssertTrue(FurniturePatterns.hasFolioDate("中华民国112年9月15日 星期五"), "a Taiwan paper's year of the Republic")
        XCTAssertFalse(FurniturePatterns.hasFolioDate("112年9月15日 星期五"), "two or three digits make a year only after 民国")
        XCTAssertTrue(FurniturePatterns.isBareDate(" 2021年7月2日 "))
        XCTAssertFalse(FurniturePatterns.isBareDate("2021年7月2日召开"))
        XCTAssertFalse(FurniturePatterns.isBareDate("202年7月2日"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("第3版"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("要闻 第十二版"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("A3版 国际"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("第6版 国际·经济"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("第一二三版"), "the numerals may be read as the section name")
        XCTAssertFalse(FurniturePatterns.isPageNumber("全国春耕备耕有序推进"))
        XCTAssertFalse(FurniturePatterns.isPageNumber("第1234版"))
        XCTAssertTrue(FurniturePatterns.isPageNumber("第3版 · 权益"), "a middle dot set apart")
        XCTAssertFalse(FurniturePatterns.isPageNumber("第3版 · · 权益"))
        for line in ["人民日报 2020年3月28日 星期六", "2019年9月11日 / 星期三", "2019年9月11日｜周三", "第3版", "要闻 第十二版", "第一二三版", "第1234版", " 2021年7月2日 "] {
            assertAgree(line)
        }
    }

    func testFixtureLinesAgree() throws {
        let directory = LayoutFixture.directory
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for line in LineReader.read(text) { assertAgree(line.text) }
        }
    }

    func testProbingLinesAgree() {
        let pieces = ["", " ", "\u{3000}", "第", "3", "12", "123", "1234", "２０２０", "A", "版", "要闻", "国际新闻版面专刊",
                      "七", "十二", "2020", "年", "月", "日", "星期", "周", "六", "天", "/", "｜", "\n", "\r\n", "\u{2028}", "々", "〇", "x", "，", " · "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var pageNumbers = 0
        for _ in 0..<20000 {
            let line = (0..<(1 + next(8))).map { _ in pieces[next(pieces.count)] }.joined()
            assertAgree(line)
            if matches(Self.pageNumber, line) { pageNumbers += 1 }
        }
        XCTAssertGreaterThan(pageNumbers, 100, "the probe reaches the page-number pattern's matches")
        // Dates and page labels with noise around them.
        var dates = 0
        for date in ["2020年3月28日", "112年9月15日", "12年9月15日", "2020 年 3 月 28 日", "12020年3月28日", "2020年123月2日", "２０２１年７月２日"] {
            for tail in ["", " 星期六", "星期天", " 周五", " 周", "\n", " 第4版", "召开"] {
                for head in ["", " ", "人民日报 ", "第", "中华民国", "民國", "民国 "] {
                    assertAgree(head + date + tail)
                    if matches(Self.folio, head + date + tail) { dates += 1 }
                }
            }
        }
        XCTAssertGreaterThan(dates, 20)
    }
}
