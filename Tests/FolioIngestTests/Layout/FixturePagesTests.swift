import XCTest
@testable import FolioIngest

/// Hand-written pages in the seed's layout (Fixtures/pages/page_*), scored
/// the way Folio is judged. The figures are printed for the README.
final class FixturePagesTests: XCTestCase {
    static let target = 0.95

    func testOwnFixturesMeetTargets() throws {
        let total = try scoreAll(prefix: "page_")
        XCTAssertGreaterThanOrEqual(total.articleF1, Self.target)
        XCTAssertGreaterThanOrEqual(total.headlineAccuracy, Self.target)
        XCTAssertGreaterThanOrEqual(total.paragraphF1, Self.target)
        XCTAssertGreaterThanOrEqual(total.bylineAccuracy, Self.target)
    }

    func testFreshPagesMeetTargets() throws {
        let total = try scoreAll(prefix: "fresh_")
        XCTAssertGreaterThanOrEqual(total.articleF1, Self.target)
        XCTAssertGreaterThanOrEqual(total.headlineAccuracy, Self.target)
        XCTAssertGreaterThanOrEqual(total.paragraphF1, Self.target)
        XCTAssertGreaterThanOrEqual(total.bylineAccuracy, Self.target)
    }

    private func scoreAll(prefix: String) throws -> LayoutScore {
        let names = try LayoutFixture.names(prefix: prefix)
        XCTAssertFalse(names.isEmpty, "no fixtures named \(prefix)*")
        var total = LayoutScore()
        for name in names {
            let fixture = try LayoutFixture.load(name)
            let score = LayoutScore.score(predicted: PageReader.read(fixture.text).articles, truth: fixture.truth)
            print("LAYOUT SCORE \(name): \(score)")
            total = total + score
        }
        print("LAYOUT SCORE \(prefix)* total: \(total)")
        return total
    }
}
