import Foundation
import XCTest
@testable import FolioIngest

/// `LeadCuePattern` must find a lead cue exactly where the regex it replaced
/// (copied here as the reference) finds one.
final class LeadCuePatternTests: XCTestCase {
    private static let lead = try! NSRegularExpression(pattern:
        #"日前|近日|近期|昨日|昨天|今天|今日|本月|上周|日电|获悉|了解到|(?<![诉对向跟受给])记者(?![:：])|截至|显示|据[^，。]{1,12}(?:介绍|报道|统计|消息)|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|[0-9０-９]{1,2}日"#)

    private func assertAgree(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let reference = Self.lead.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        XCTAssertEqual(LeadCuePattern.occurs(in: Array(text.unicodeScalars)), reference, text.debugDescription, file: file, line: line)
    }

    func testFixtureParagraphOpeningsAgree() throws {
        let directory = LayoutFixture.directory
        var cues = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for paragraph in PageReader.read(text).articles.flatMap(\.paragraphs) {
                for window in [20, 40] {
                    let head = String(paragraph.prefix(window))
                    assertAgree(head)
                    if ArticleBoundaryRule.hasLeadCue(paragraph, within: window) { cues += 1 }
                }
            }
        }
        XCTAssertGreaterThan(cues, 10)
    }

    func testEdgesAgree() {
        let texts = [
            "", "日", "5日", "５日", "十日", "123日", "3月", "3月5", "3月5日", "十二月三十一日", "12月1234日", "月5日", "3月 5日",
            "一二三月四日", "3月五日", "据", "据介绍", "据悉", "据他介绍", "据" + String(repeating: "长", count: 12) + "报道",
            "据" + String(repeating: "长", count: 13) + "报道", "据记者，介绍", "据，报道", "据说。消息", "据报道称", "据\n统计",
            "今天", "今", "了解", "了解到", "记 者", "告诉记者", "他对记者说", "接受记者采访", "诉 记者", "记者从市里获悉", "告诉记者：", "记者",
            "诉记者记者", "诉记者日前", "截至目前", "显 示", "日电", "近期", "上周末", "本月初",
            "e\u{301}据他介绍", "据他介\u{301}绍", "3\u{301}日", "月\u{301}5日",
        ]
        for text in texts {
            assertAgree(text)
            assertAgree("会议指出，" + text)
            assertAgree(text + "，会议指出")
        }
    }
}
