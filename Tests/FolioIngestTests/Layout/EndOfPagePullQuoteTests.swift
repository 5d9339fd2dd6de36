@testable import FolioIngest
import XCTest

/// A repeated sentence under an end-of-page section head is a pull quote;
/// under a headline it is a deck (the seed's case).
final class EndOfPagePullQuoteTests: XCTestCase {
    func testARepeatedSentenceUnderASectionHeadIsAPullQuote() {
        let page = """
            长江禁渔取得阶段性成效

            新华社武汉3月2日电 记者从农业农
            村部获悉，长江十年禁渔实施以来，
            水生生物资源逐步恢复。

            让群众吃上放心鱼，是禁渔的重要目
            标之一。各地加强执法监管，严厉打
            击非法捕捞。

            坚持不懈抓好执法监管

            让群众吃上放心鱼，是禁渔的重要目标之一

            """
        let reading = PageReader.read(page)
        XCTAssertEqual(reading.articles.count, 1)
        let article = reading.articles[0]
        XCTAssertEqual(article.headline, "长江禁渔取得阶段性成效")
        XCTAssertEqual(article.sectionHeads, ["坚持不懈抓好执法监管"])
        XCTAssertEqual(article.pullQuotes, ["让群众吃上放心鱼，是禁渔的重要目标之一"])
        XCTAssertEqual(article.paragraphs.count, 2)
    }

    func testARepeatedSentenceUnderAHeadlineStaysADeck() {
        let page = """
            新华社电 各地正抓紧春耕生产。当前
            农时紧迫，春播进度快于去年同期。

            春耕生产全面展开

            当前农时紧迫，春播进度快于去年同期

            """
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.headline, "春耕生产全面展开")
        XCTAssertEqual(article?.subheadlines, ["当前农时紧迫，春播进度快于去年同期"])
        XCTAssertEqual(article?.pullQuotes, [])
    }
}
