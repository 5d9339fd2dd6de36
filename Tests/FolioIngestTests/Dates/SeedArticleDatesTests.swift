import XCTest
@testable import FolioIngest

/// The seed page's two articles against their hand-made truth.
final class SeedArticleDatesTests: XCTestCase {
    private func pairs(_ dates: ArticleDates) -> [TextAndDate] {
        dates.all.map { TextAndDate($0.text, $0.date) }
    }

    private func truth(_ list: [(text: String, date: String?)]) -> [TextAndDate] {
        list.map { TextAndDate($0.text, $0.date) }
    }

    func testArticle1MatchesTruth() {
        let dates = DateFinder.dates(in: SeedArticles.article1, publicationDate: nil)
        XCTAssertEqual(dates.headline, [])
        XCTAssertEqual(pairs(dates), truth(SeedArticles.article1Truth))
    }

    func testArticle2MatchesTruth() {
        let dates = DateFinder.dates(in: SeedArticles.article2, publicationDate: nil)
        XCTAssertEqual(pairs(dates), truth(SeedArticles.article2Truth))
    }

    func testOffsetsPointAtTheMentionInTheJoinedBody() {
        for article in [SeedArticles.article1, SeedArticles.article2] {
            let body = Array(article.paragraphs.joined(separator: "\n").unicodeScalars)
            for mention in DateFinder.dates(in: article, publicationDate: nil).body {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: body[mention.start..<(mention.start + mention.length)])
                XCTAssertEqual(String(view), mention.text)
            }
        }
    }

    func testHeadlineMentionsComeFirstWithTheirOwnOffsets() {
        var article = SeedArticles.article2
        article.headline = "3月27日习近平主持召开中共中央政治局会议"
        let dates = DateFinder.dates(in: article, publicationDate: nil)
        XCTAssertEqual(dates.headline.map(\.text), ["3月27日"])
        XCTAssertEqual(dates.headline.first?.start, 0)
        XCTAssertEqual(dates.all.first?.text, "3月27日")
        XCTAssertEqual(dates.all.count, 5)
    }

    func testWithAPublicationDateEverythingResolves() {
        let publication = civil("2020-03-28")
        XCTAssertEqual(
            pairs(DateFinder.dates(in: SeedArticles.article1, publicationDate: publication)),
            [TextAndDate("27日", "2020-03-27"), TextAndDate("昨天", "2020-03-27"), TextAndDate("昨天", "2020-03-27")])
        XCTAssertEqual(
            pairs(DateFinder.dates(in: SeedArticles.article2, publicationDate: publication)),
            [TextAndDate("3月27日", "2020-03-27"), TextAndDate("2019年", "2019"),
             TextAndDate("3月 25日", "2020-03-25"), TextAndDate("2019年", "2019")])
    }
}
