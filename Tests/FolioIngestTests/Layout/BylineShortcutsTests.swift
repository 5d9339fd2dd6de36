import Foundation
import XCTest
@testable import FolioIngest

/// `BylineRule` skips its regexes for texts that cannot match and hands the
/// dateline pattern only a paragraph's opening: it must find exactly what
/// the patterns find on the whole text (copied here as the reference).
final class BylineShortcutsTests: XCTestCase {
    private static let dateline = try! NSRegularExpression(pattern:
        #"^(?:(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日)?电|本报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日讯|(?:新华社|中新社)\p{Han}{2,5}?电(?=\s|[（(])|本报\p{Han}{2,5}?[电讯](?=\s|[（(])|本报讯|新华网讯|人民网讯|\p{Han}{1,7}?报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日[电讯](?=\s|[（(])|\p{Han}{1,7}?报讯(?=\s|[（(])|[（(](?:中央社\p{Han}{0,11}?|\p{Han}{2,6}?)(?:[0-9０-９一二三四五六七八九十]{1,2}月\s?)?[0-9０-９一二三四五六七八九十]{1,3}日(?:综合)?[讯电][）)])(?:\s*[（(][^）)]{0,30}[）)])?"#)
    private static let attributedDateline = try! NSRegularExpression(pattern:
        #"^据(?:(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日)?电|本报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日讯|(?:新华社|中新社)\p{Han}{2,5}?电(?=\s|[（(])|本报\p{Han}{2,5}?[电讯](?=\s|[（(])|本报讯|新华网讯|人民网讯|\p{Han}{1,7}?报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日[电讯](?=\s|[（(])|\p{Han}{1,7}?报讯(?=\s|[（(])|[（(](?:中央社\p{Han}{0,11}?|\p{Han}{2,6}?)(?:[0-9０-９一二三四五六七八九十]{1,2}月\s?)?[0-9０-９一二三四五六七八九十]{1,3}日(?:综合)?[讯电][）)])(?=\s|[（(])(?:\s*[（(][^）)]{0,30}[）)])?"#)
    private static let reporterLine = try! NSRegularExpression(pattern:
        #"^(?:本报|新华社|人民日报|中新社)?(?:驻\p{Han}{1,6})?(?:特约|见习|实习|小)?(?:记者|通讯员)(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))+(?:\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))+)*(?:\s+(?:文/图|文／图|摄影|摄))?$"#)

    private static let creditedReporterLine = try! NSRegularExpression(pattern:
        #"^(?:[◎□■]\s*(?:\p{Han}{1,6}报(?:·\p{Han}{1,6}网)?|新华社)?(?:特约|见习)?(?:记者|通讯员)\s*|\p{Han}{1,6}报(?:·\p{Han}{1,6}网)?(?:特约|见习)?(?:记者|通讯员)\s+)(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))*$"#)

    private static let datelineHead = try! NSRegularExpression(pattern:
        #"^(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日?)?|(?:(?!记者|通讯员|评论|特约|综合|消息|新闻|讯|社论|述评|特稿|专稿|图|摄|照片|版|编辑|调查|观察|专访)\p{Han}){2,6})\s*$"#)

    private static let writerCreditLine = try! NSRegularExpression(pattern:
        #"^(?:文[/／]图|图[/／]文|文[/／])\s*(?:(?:本报|新华社)?(?:特约|见习)?(?:记者|通讯员)\s*)?(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))*$"#)

    private func referenceOpensLine(_ line: String) -> Bool {
        if referencePrefix(line) != nil { return true }
        // A reprinted item's dateline ("据新华社北京9月19日") wraps as its agency's does.
        let whole = line.trimmingWhitespace
        let trimmed = whole.hasPrefix("据") ? String(whole.dropFirst()) : whole
        return Self.datelineHead.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }

    private func referencePrefix(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        if Self.creditedReporterLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil { return trimmed }
        if Self.writerCreditLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil { return trimmed }
        let range = NSRange(text.startIndex..., in: text)
        for regex in [Self.reporterLine, Self.dateline, Self.attributedDateline] {
            if let m = regex.firstMatch(in: text, range: range), let r = Range(m.range, in: text) {
                return String(text[r]).trimmingWhitespace
            }
        }
        return nil
    }

    private func referenceIsWholeLine(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace
        if Self.creditedReporterLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil { return true }
        if Self.writerCreditLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil { return true }
        guard let m = Self.reporterLine.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let r = Range(m.range, in: line) else { return false }
        return line[r].count == line.count
    }

    private func assertAgree(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(BylineRule.prefix(of: text), referencePrefix(text), text.debugDescription, file: file, line: line)
        XCTAssertEqual(BylineRule.isWholeLine(text), referenceIsWholeLine(text), text.debugDescription, file: file, line: line)
        XCTAssertEqual(BylineRule.opensLine(text), referenceOpensLine(text), text.debugDescription, file: file, line: line)
    }

    /// `opensLine` skips the wrapped-dateline pattern for lines that do not
    /// open, past their whitespace, with an agency or paper name.
    func testWrappedDatelineHeadsAgree() {
        for head in ["新华社北京9月19日", "本报华盛顿12月", "中央广播电视总台北京十二月三十一日", "央视北京3月", "中新社上海3月2",
                     "人民日报北京5月12日", "新华社记者近日走访", "新华社武汉", "本报综合", "新华社记者", "据新华社北京9月19日", "新华社北京9月19日报道称", "北京9月19日"] {
            for lead in ["", " ", "\u{3000}", "\t ", "\u{301}"] {
                for tail in ["", " ", "\u{3000}", "\n", "电"] { assertAgree(lead + head + tail) }
            }
        }
        assertAgree("")
        assertAgree("   ")
    }

    func testFixtureLinesAndBlocksAgree() throws {
        let directory = LayoutFixture.directory
        var bylines = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for block in blocks(text) {
                for line in block.texts { assertAgree(line) }
                assertAgree(block.texts.joined())
                assertAgree(block.texts.joined(separator: " "))
                if referencePrefix(block.texts.joined()) != nil { bylines += 1 }
            }
        }
        XCTAssertGreaterThan(bylines, 10)
    }

    func testDatelinesWithLongCreditsAndSpacesAgree() {
        let openings = ["新华社电", "新华社北京7月1日电", "中央广播电视总台北京十二月三十一日电", "本报讯", "人民网讯", "本报记者 何畅", "记者 张三 李四",
                        "小记者 陈子涵", "本报见习记者 王琳", "实习记者 李想", "小记者", "见习期满",
                        "文/图 本报记者 柯蓝", "文/林小满", "文化"]
        let credits = ["", "（记者 王晓明）", "(记者 王晓明)", "（" + String(repeating: "长", count: 29) + "）",
                       "（" + String(repeating: "长", count: 31) + "）", "（记者 王晓明"]
        for opening in openings {
            for spaces in ["", " ", String(repeating: " ", count: 40), "\u{3000}\u{3000}"] {
                for credit in credits {
                    for rest in ["", " 国家主席习近平27日应约", "，据悉"] { assertAgree(opening + spaces + credit + rest) }
                }
            }
        }
    }

    /// The bracketed datelines of papers abroad ("（吉隆坡17日讯）").
    func testBracketedDatelinesAgree() {
        let openings = ["（吉隆坡", "(新山", "（新加坡", "（一二三四五六七", "（北", "（记者 ", "（作者为", "据（吉隆坡"]
        let dates = ["17日", "1月17日", "1月 17日", "十七日", "", "17", "1234日"]
        let ends = ["讯）", "综合电）", "电)", "讯", "综合讯）", "电））", "综合）", "日讯）"]
        for opening in openings {
            for date in dates {
                for end in ends {
                    for rest in [" 首相今天宣布", "，正文", "", "（记者 林文）正文"] { assertAgree(opening + date + end + rest) }
                }
            }
        }
    }

    /// The hand-written dateline matcher (`DatelinePattern`) where the
    /// pattern's quantifiers and alternatives could split a text several ways.
    func testDatelinePatternEdgesAgree() {
        let agencies = ["新华社", "本报", "中新社", "人民日报", "央视", "中央广播电视总台", "本报讯", "新华网讯", "人民网讯", "新华",
                        "据新华社", "据本报", "据本报讯", "临州日报讯", "据临州日报讯", "晚报讯", "一二三四五六七八报讯", "报讯"]
        let middles = ["", "北京", "电视台", "电视台电", "北京1月1日", "北京十二月三十一日", "北京１２月３日", "乌鲁木齐市郊区县乡镇7月1日", "乌鲁木齐市郊区县乡镇村7月1日",
                       "3月4日", "三月", "十二三月四日", "1月2日3月4日", "讯3月2日", "北京7月", "北京123月1日", "北京1月1234日", "一二月三日",
                       "青岛3月 25日", "北京3月\u{3000}1日", "北京3月  1日", "北京3月 日", "3月 4日"]
        let ends = ["电", "讯", "电电", "", "电\u{301}", "日电"]
        let credits = ["", "（记者 王晓明）", "\u{0B}(记者)", "\u{85}（记者）", "\u{2028}（记者）", "\u{200B}（记者）", "（（）", "（)",
                       "（" + String(repeating: "长", count: 30) + "）", "\n（记者\n王晓明）", "（记者 王晓明\u{301}）"]
        for agency in agencies {
            for middle in middles {
                for end in ends {
                    for credit in credits { assertAgree(agency + middle + end + credit + "，正文") }
                }
            }
        }
    }
}
