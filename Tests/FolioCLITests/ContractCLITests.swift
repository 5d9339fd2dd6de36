import Foundation
import XCTest

/// The CLI contract every command follows: --db and $FOLIO_DB, formats,
/// exit codes, one-line errors, and archives left as they were.
final class ContractCLITests: XCTestCase {
    private let page = Array("新华社电 春耕时节，各地农田一派忙碌景象，春播进度快于去年同期。\n".utf8)

    func testReadCommandsNeverCreateADatabase() throws {
        let cli = try CLIRunner()
        for arguments in [["search", "疫情"], ["headlines"], ["export"], ["stats"], ["show", "1"], ["mentions", "2020"], ["dates"]] {
            let result = try cli.run(arguments + ["--db", cli.db])
            XCTAssertEqual(result.code, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix("folio: no archive at"), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: cli.db))
        }
    }

    func testDatabaseComesFromTheEnvironmentThenTheWorkingFolder() throws {
        let cli = try CLIRunner()
        let file = try cli.write("p.txt", page)
        let envDB = cli.folder.appendingPathComponent("env.db").path
        XCTAssertEqual(try cli.run(["import", file], environment: ["FOLIO_DB": envDB]).code, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: envDB))
        XCTAssertEqual(try cli.run(["search", "春播"], environment: ["FOLIO_DB": envDB]).code, 0)
        XCTAssertEqual(try cli.run(["search", "春播"]).code, 2)  // ./folio.db does not exist yet
        XCTAssertEqual(try cli.run(["import", file]).code, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("folio.db").path))
    }

    func testEveryFormatCarriesTheSameRows() throws {
        let cli = try CLIRunner()
        XCTAssertEqual(try cli.run(["import", try cli.write("p.txt", page), "--db", cli.db]).code, 0)
        let json = try cli.run(["search", "春播", "--db", cli.db, "--format", "json"])
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 1)
        XCTAssertFalse(json.stdout.contains("\\u"), "JSON keeps UTF-8 unescaped")

        let csv = try cli.run(["search", "春播", "--db", cli.db, "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("id,source,publication_date,page,headline,snippet,score\r\n"), csv.stdout)
        let tsv = try cli.run(["search", "春播", "--db", cli.db, "--format", "tsv"])
        XCTAssertEqual(tsv.lines.first?.split(separator: "\t").count, 7)
        let table = try cli.run(["search", "春播", "--db", cli.db])
        XCTAssertTrue(table.stdout.contains("snippet"))
        XCTAssertTrue(table.stdout.contains("«春播»"))
        let count = try cli.run(["search", "春播", "--db", cli.db, "--count"])
        XCTAssertEqual(count.stdout, "1\n")
        XCTAssertEqual(try cli.run(["search", "春播", "--db", cli.db, "--format", "xml"]).code, 2)
    }

    func testRejectedInputsGiveOneLineEachAndExitOne() throws {
        let cli = try CLIRunner()
        let good = try cli.write("in/good.txt", page)
        try cli.write("in/truncated.txt", page.dropLast(1) + Array("春".utf8).prefix(2))
        try cli.write("in/empty.txt", [])
        try cli.write("in/binary.txt", [0, 1, 2, 3, 0xFF])
        try cli.write("in/notes.md", Array("not a page".utf8))
        let result = try cli.run(["import", cli.folder.appendingPathComponent("in").path, "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(result.code, 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("folio: ") }
        XCTAssertEqual(errors.count, 3, result.stderr)
        XCTAssertTrue(errors.contains { $0.contains("truncated.txt") && $0.contains("byte offset") }, result.stderr)
        XCTAssertTrue(errors.contains { $0.contains("empty.txt") && $0.contains("empty") }, result.stderr)
        XCTAssertTrue(errors.contains { $0.contains("binary.txt") && $0.contains("binary") }, result.stderr)
        let statuses = try result.jsonl().map { "\(($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } ?? "")=\($0["status"] as? String ?? "")" }
        XCTAssertEqual(statuses.sorted(), ["binary.txt=rejected", "empty.txt=rejected", "good.txt=imported", "truncated.txt=rejected"])
        XCTAssertTrue(result.stderr.contains("1 imported, 0 unchanged, 0 replaced, 3 rejected"), result.stderr)

        let again = try cli.run(["import", good, "--db", cli.db])
        XCTAssertEqual(again.code, 0)
        XCTAssertFalse(result.stderr.contains("Fatal"), result.stderr)
    }

    func testUsageErrorsExitTwoWithoutAStackTrace() throws {
        let cli = try CLIRunner()
        XCTAssertEqual(try cli.run(["import", try cli.write("p.txt", page), "--db", cli.db]).code, 0)
        for arguments in [
            ["search"], ["search", "春播", "--limit", "x"], ["headlines", "--date", "2021-02-30"],
            ["headlines", "--date", "13/45"], ["mentions", "2021-13"], ["nonsense"], ["search", "  "],
            ["search", "疫情 AND (", "--raw"], ["import", "p.txt", "--date", "2020-02-30"],
            // The index has no positions: FTS5 refuses a CJK word (a phrase to it) and column filters.
            ["search", "春播", "--raw"], ["search", "headline : 春", "--raw"],
        ] {
            let result = try cli.run(arguments + ["--db", cli.db])
            XCTAssertEqual(result.code, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("folio") || result.stderr.contains("Error"), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Backtrac"), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stdout.isEmpty, "\(arguments): \(result.stdout)")
        }
    }

    func testPhrasesAndLongWordsAreExactFromTheCommandLine() throws {
        let cli = try CLIRunner()
        XCTAssertEqual(try cli.run(["import", try cli.write("p.txt", page), "--db", cli.db]).code, 0)
        func count(_ query: String, _ extra: [String] = []) throws -> String {
            try cli.run(["search", query, "--db", cli.db, "--count"] + extra).stdout
        }
        XCTAssertEqual(try count("春播进度"), "1\n")
        XCTAssertEqual(try count("进度春播"), "0\n", "every bigram is there, the word is not")
        XCTAssertEqual(try count("\"春耕时节 各地农田\""), "1\n", "a phrase across a comma")
        XCTAssertEqual(try count("各", ["--raw"]), "1\n", "one character is one token")
        let sql = try cli.run(["sql", "SELECT 'n=' || count(*) FROM articles_fts WHERE articles_fts MATCH folio_query('春播')",
                               "--db", cli.db, "--format", "tsv"])
        XCTAssertTrue(sql.stdout.contains("n=1"), sql.stdout + sql.stderr)
    }

    func testHelpExplainsWithExamples() throws {
        let cli = try CLIRunner()
        for command in ["import", "search", "headlines", "export", "mentions", "trend", "inspect"] {
            let result = try cli.run([command, "--help"])
            XCTAssertEqual(result.code, 0, command)
            XCTAssertTrue(result.stdout.contains("Example"), "\(command): \(result.stdout)")
        }
    }

    func testTrendWritesAnSVGChart() throws {
        let cli = try CLIRunner()
        XCTAssertEqual(try cli.run(["import", try cli.write("p.txt", page), "--db", cli.db, "--date", "2020-03-28"]).code, 0)
        let svg = cli.folder.appendingPathComponent("t.svg").path
        let result = try cli.run(["trend", "春播", "--by", "day", "--db", cli.db, "--svg", svg, "--format", "csv"])
        XCTAssertEqual(result.code, 0, result.stderr)
        XCTAssertEqual(result.stdout, "period,count\r\n2020-03-28,1\r\n")
        let chart = try String(contentsOfFile: svg, encoding: .utf8)
        XCTAssertTrue(chart.hasPrefix("<svg"))
        XCTAssertTrue(chart.contains("2020-03-28"))
        XCTAssertTrue(chart.contains("春播"))
    }
}
