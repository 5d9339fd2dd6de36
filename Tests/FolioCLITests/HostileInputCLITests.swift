import Foundation
import XCTest

/// Inputs meant to break things: each gets one clear line and leaves the archive as it was.
final class HostileInputCLITests: XCTestCase {
    private let page = Array("新华社电 春耕时节，各地农田一派忙碌景象，春播进度快于去年同期。\n".utf8)

    func testOddFileNamesImportAndPrint() throws {
        let cli = try CLIRunner()
        let names = ["with space.txt", "人民日报 第一版.txt", "new\nline.txt", "quote\"and,comma.txt"]
        for (index, name) in names.enumerated() {
            try cli.write("in/\(name)", page + Array("第\(index)篇。\n".utf8))
        }
        let result = try cli.run(["import", cli.folder.appendingPathComponent("in").path, "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(result.code, 0, result.stderr)
        let paths = try result.jsonl().compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        XCTAssertEqual(Set(paths), Set(names))
        let csv = try cli.run(["export", "--sources", "--db", cli.db, "--format", "csv"])
        XCTAssertTrue(csv.stdout.contains("\"quote\"\"and,comma.txt\""), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("\"new\nline.txt\""), csv.stdout)
        let table = try cli.run(["export", "--sources", "--db", cli.db, "--format", "table"])
        XCTAssertEqual(table.stdout.split(separator: "\n").count, 2 + names.count, "one line per row in a table")
    }

    func testSymlinkLoopsAndOtherFilesAreReportedNotFollowedForever() throws {
        let cli = try CLIRunner()
        let folder = cli.folder.appendingPathComponent("in")
        try cli.write("in/a.txt", page)
        try cli.write("in/notes.md", Array("# notes".utf8))
        try cli.write("in/scan.pdf", [0x25, 0x50, 0x44, 0x46])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)
        let result = try cli.run(["import", folder.path, "--db", cli.db, "--format", "jsonl"])
        XCTAssertEqual(result.code, 1, result.stderr)
        XCTAssertEqual(try result.jsonl().filter { $0["status"] as? String == "imported" }.count, 1)
        XCTAssertTrue(result.stderr.contains("symbolic link loop"), result.stderr)
        XCTAssertTrue(result.stderr.contains("skipped 2 files"), result.stderr)
    }

    func testMissingPathsAndFoldersGiveOneLineEach() throws {
        let cli = try CLIRunner()
        let result = try cli.run(["import", "no/such/file.txt", "--db", cli.db])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.stderr.contains("folio: no/such/file.txt: no such file or folder"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.hasPrefix("folio:") }.count, 1)
    }

    func testAnArchiveThatIsNotFolioIsRefusedUntouched() throws {
        let cli = try CLIRunner()
        let text = cli.folder.appendingPathComponent("notes.db")
        try Data("just text".utf8).write(to: text)
        let result = try cli.run(["import", try cli.write("a.txt", page), "--db", text.path])
        XCTAssertEqual(result.code, 2)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertEqual(try Data(contentsOf: text), Data("just text".utf8))
    }

    func testHostileQueriesNeverCrash() throws {
        let cli = try CLIRunner()
        XCTAssertEqual(try cli.run(["import", try cli.write("a.txt", page), "--db", cli.db]).code, 0)
        var generator = SystemRandomNumberGenerator()
        // 100,000 characters fit one argument only in ASCII (Linux caps an argument at 128 KiB).
        let randomText = String(decoding: (0..<200).map { _ in UInt8.random(in: 1...255, using: &generator) }, as: UTF8.self)
        let queries = [
            String(repeating: "a", count: 100_000), String(repeating: "春", count: 40_000), randomText, "\"", "\"春播", "(", ")", "AND", "OR", "NOT", "-", "*",
            "\"\" \"\"", "NEAR(春播", "headline:", ":", "{", "春播 AND", "(春播", "'; DROP TABLE articles; --",
        ]
        for query in queries {
            let result = try cli.run(["search", query, "--db", cli.db])
            XCTAssertTrue([0, 1, 2].contains(result.code), "\(query.prefix(20)): \(result.code)")
            XCTAssertFalse(result.stderr.contains("Backtrac"), "\(query.prefix(20)): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("syntax error"), "\(query.prefix(20)): \(result.stderr)")
            XCTAssertLessThanOrEqual(result.stderr.split(separator: "\n").count, 1, "\(query.prefix(20)): \(result.stderr)")
        }
        XCTAssertEqual(try cli.run(["search", "春播 AND", "--db", cli.db, "--count"]).stdout, "1\n")
        XCTAssertEqual(try cli.run(["search", "(春播", "--db", cli.db, "--count"]).stdout, "1\n")
        XCTAssertEqual(try cli.run(["stats", "--db", cli.db, "--format", "jsonl"]).code, 0)
    }

    func testAVeryLongLineIsImported() throws {
        let cli = try CLIRunner()
        let line = String(repeating: "春耕时节各地农田一派忙碌景象，", count: 220_000) + "完。\n"  // about 10 MB
        let file = try cli.write("long.txt", Array(line.utf8))
        let result = try cli.run(["import", file, "--db", cli.db])
        XCTAssertEqual(result.code, 0, result.stderr)
        XCTAssertEqual(try cli.run(["search", "忙碌", "--db", cli.db, "--count"]).stdout, "1\n")
    }
}
