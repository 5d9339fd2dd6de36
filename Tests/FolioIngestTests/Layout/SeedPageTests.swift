import XCTest
@testable import FolioIngest

/// The real page that defines the format must be read exactly.
final class SeedPageTests: XCTestCase {
    func testSeedMatchesTruthIgnoringWhitespace() throws {
        let fixture = try LayoutFixture.load("seed_000")
        let articles = PageReader.read(fixture.text).articles
        XCTAssertEqual(articles.count, fixture.truth.count)
        for (article, truth) in zip(articles, fixture.truth) {
            XCTAssertEqual(squeezed(article.headline), squeezed(truth.headline))
            XCTAssertEqual(article.subheadlines.compactMap(squeezed), truth.subheadlines.compactMap(squeezed))
            XCTAssertEqual(squeezed(article.byline), squeezed(truth.byline))
            XCTAssertEqual(article.sectionHeads.compactMap(squeezed), truth.section_heads.compactMap(squeezed))
            XCTAssertEqual(article.pullQuotes.compactMap(squeezed), truth.pull_quotes.compactMap(squeezed))
            XCTAssertEqual(article.paragraphs.count, truth.paragraphs.count)
            for (p, t) in zip(article.paragraphs, truth.paragraphs) {
                XCTAssertEqual(squeezed(p), squeezed(t))
            }
        }
        let score = LayoutScore.score(predicted: articles, truth: fixture.truth)
        print("LAYOUT SCORE seed: \(score)")
    }
}
