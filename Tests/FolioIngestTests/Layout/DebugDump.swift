import XCTest
@testable import FolioIngest

/// Prints how a page was read: FOLIO_LAYOUT_DUMP=fixture name, or
/// FOLIO_LAYOUT_DUMP_FILE=path of any page text. Skipped otherwise.
final class LayoutDumpTests: XCTestCase {
    func testDumpWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        let fixture: LayoutFixture
        if let path = environment["FOLIO_LAYOUT_DUMP_FILE"] {
            fixture = LayoutFixture(name: path, text: try String(contentsOfFile: path, encoding: .utf8), truth: [])
        } else if let name = environment["FOLIO_LAYOUT_DUMP"] {
            fixture = try LayoutFixture.load(name)
        } else {
            throw XCTSkip("no dump asked")
        }
        let name = fixture.name
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

/// Scores every NAME.txt/NAME.jsonl pair in FOLIO_LAYOUT_SCORE_DIR (for
/// trying the reader on pages outside the fixtures). Skipped otherwise.
final class LayoutDirectoryScoreTests: XCTestCase {
    func testScoreDirectoryWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["FOLIO_LAYOUT_SCORE_DIR"] else { throw XCTSkip("no directory asked") }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
        var total = LayoutScore()
        for file in names {
            let base = URL(fileURLWithPath: path).appendingPathComponent(String(file.dropLast(4)))
            let text = try String(contentsOf: base.appendingPathExtension("txt"), encoding: .utf8)
            let rows = try String(contentsOf: base.appendingPathExtension("jsonl"), encoding: .utf8)
            let truth = try rows.split(separator: "\n").map { try JSONDecoder().decode(LayoutFixture.TruthArticle.self, from: Data($0.utf8)) }
            let score = LayoutScore.score(predicted: PageReader.read(text).articles, truth: truth)
            print("LAYOUT SCORE \(file): \(score)")
            total = total + score
        }
        print("LAYOUT SCORE directory total: \(total)")
        fflush(nil)
    }
}
