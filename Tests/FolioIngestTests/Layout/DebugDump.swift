import XCTest
@testable import FolioIngest

/// Prints how each fixture page was read (set FOLIO_LAYOUT_DUMP=name).
final class LayoutDumpTests: XCTestCase {
    func testDumpWhenAsked() throws {
        guard let name = ProcessInfo.processInfo.environment["FOLIO_LAYOUT_DUMP"] else { throw XCTSkip("no dump asked") }
        let fixture = try LayoutFixture.load(name)
        let reading = PageReader.read(fixture.text)
        for b in reading.blocks {
            print("[\(b.firstLine + 1)] \(b.role.rawValue) a=\(b.article.map(String.init) ?? "-") \(b.rule) | \(b.lines.first ?? "")")
        }
        for (i, a) in reading.articles.enumerated() {
            print("== article \(i): H=\(a.headline ?? "nil") sub=\(a.subheadlines) by=\(a.byline ?? "nil") sh=\(a.sectionHeads) pq=\(a.pullQuotes)")
            for p in a.paragraphs { print("  P: \(p)") }
        }
        print("LAYOUT SCORE \(name): \(LayoutScore.score(predicted: reading.articles, truth: fixture.truth))")
        fflush(nil)
    }
}
