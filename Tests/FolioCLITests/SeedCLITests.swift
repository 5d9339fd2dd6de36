import Foundation
import XCTest

/// The foundation contract on the real seed page, through the binary.
final class SeedCLITests: XCTestCase {
    private let phoneCall = "习近平应约同美国总统特朗普通电话"
    private let meeting = "习近平主持召开中共中央政治局会议"

    private func importedSeed() throws -> CLIRunner {
        let cli = try CLIRunner()
        let result = try cli.run(["import", CLIRunner.seed, "--db", cli.db])
        XCTAssertEqual(result.code, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("1 imported"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 articles"), result.stderr)
        return cli
    }

    func testImportFindsTheTwoArticlesWithoutStrayNewlines() throws {
        let cli = try importedSeed()
        let export = try cli.run(["export", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(export.code, 0, export.stderr)
        let articles = try export.jsonl()
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles.map { $0["headline"] as? String }, [phoneCall, meeting])
        for article in articles {
            let paragraphs = try XCTUnwrap(article["paragraphs"] as? [String])
            XCTAssertFalse(paragraphs.isEmpty)
            for paragraph in paragraphs {
                XCTAssertFalse(paragraph.contains("\n"), paragraph)
            }
            XCTAssertEqual(article["source"] as? String, "000_e46b5dd20027eeff.txt")
            for field in ["id", "page", "publication_date", "subheadlines", "byline", "section_heads", "pull_quotes", "mentioned_dates"] {
                XCTAssertTrue(article.keys.contains(field), field)
            }
        }
    }

    func testSearchFindsExactlyTheArticlesContainingAWord() throws {
        let cli = try importedSeed()
        func headlines(_ query: String) throws -> [String] {
            let result = try cli.run(["search", query, "--db", cli.db, "--format", "jsonl"])
            XCTAssertEqual(result.code, 0, "\(query): \(result.stderr)")
            return try result.jsonl().compactMap { $0["headline"] as? String }.sorted()
        }
        XCTAssertEqual(try headlines("疫情"), [meeting, phoneCall].sorted())
        XCTAssertEqual(try headlines("特朗普"), [phoneCall])
        XCTAssertEqual(try headlines("习"), [meeting, phoneCall].sorted())
        XCTAssertEqual(try headlines("湖北"), [meeting])
        XCTAssertEqual(try cli.run(["search", "G20", "--db", cli.db]).code, 1)  // the seed has no Latin "G20"

        let absent = try cli.run(["search", "台风", "--db", cli.db])
        XCTAssertEqual(absent.code, 1)
    }

    func testSearchResultFieldsAndSnippet() throws {
        let cli = try importedSeed()
        let result = try cli.run(["search", "特朗普", "--db", cli.db, "--format", "jsonl"])
        let hit = try XCTUnwrap(result.jsonl().first)
        XCTAssertEqual(Set(hit.keys), ["id", "source", "publication_date", "page", "headline", "snippet", "score"])
        XCTAssertTrue((hit["snippet"] as? String)?.contains("«特朗普»") ?? false, "\(hit)")
    }

    func testHeadlinesListsBoth() throws {
        let cli = try importedSeed()
        let result = try cli.run(["headlines", "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(result.code, 0, result.stderr)
        let rows = try result.jsonl()
        XCTAssertEqual(rows.compactMap { $0["headline"] as? String }, [phoneCall, meeting])
        XCTAssertEqual(Set(rows[0].keys), ["id", "source", "publication_date", "headline", "subheadlines"])
    }

    func testSecondImportIsUnchanged() throws {
        let cli = try importedSeed()
        let again = try cli.run(["import", CLIRunner.seed, "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(again.code, 0, again.stderr)
        XCTAssertEqual(try again.jsonl().first?["status"] as? String, "unchanged")
        XCTAssertTrue(again.stderr.contains("1 unchanged"), again.stderr)
        let export = try cli.run(["export", "--db", cli.db])
        XCTAssertEqual(try export.jsonl().count, 2)
    }
}
