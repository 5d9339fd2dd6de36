import Foundation
import XCTest

/// `folio export` in jsonl, json, csv and tsv parses back to the same articles.
final class ExportRoundTripCLITests: XCTestCase {
    /// RFC 4180: quoted fields, doubled quotes, CRLF records.
    private func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            if inQuotes {
                if s == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { inQuotes = false }
                } else { field.unicodeScalars.append(s) }
                continue
            }
            switch s {
            case "\"": inQuotes = true
            case ",": record.append(field); field = ""
            case "\r": break
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(s)
            }
        }
        return records
    }

    private func unescapeTSV(_ field: Substring) -> String {
        var out = "", escaped = false
        for c in field {
            if escaped {
                switch c { case "t": out.append("\t"); case "n": out.append("\n"); case "r": out.append("\r"); default: out.append(c) }
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }

    /// A row of text cells back into the JSON shape: lists and nested values are JSON in csv/tsv.
    private func object(_ header: [String], _ cells: [String]) throws -> [String: Any] {
        var object: [String: Any] = [:]
        for (name, cell) in zip(header, cells) {
            if ["subheadlines", "section_heads", "pull_quotes", "paragraphs", "mentioned_dates"].contains(name) {
                object[name] = try JSONSerialization.jsonObject(with: Data(cell.utf8))
            } else if name == "id" {
                object[name] = Int(cell)
            } else {
                object[name] = cell.isEmpty ? NSNull() : cell
            }
        }
        return object
    }

    func testEveryFormatParsesBackToTheSameArticles() throws {
        let cli = try CLIRunner()
        try cli.write("pages/rmrb_2020-03-28_p01.txt", Array(try Data(contentsOf: URL(fileURLWithPath: CLIRunner.seed))))
        try cli.write("pages/page, \"quoted\".txt", Array("春耕生产全面展开\n\n新华社电 各地农田一派忙碌景象，“春播”进度快于去年同期。\n\n".utf8))
        XCTAssertEqual(try cli.run(["import", cli.folder.appendingPathComponent("pages").path, "--db", cli.db]).code, 0)

        let jsonl = try cli.run(["export", "--db", cli.db, "--format", "jsonl"]).jsonl()
        XCTAssertEqual(jsonl.count, 3)
        let reference = jsonl.map { NSDictionary(dictionary: $0) }

        let json = try cli.run(["export", "--db", cli.db, "--format", "json"])
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.map { NSDictionary(dictionary: $0) }, reference)

        let csv = parseCSV(try cli.run(["export", "--db", cli.db, "--format", "csv"]).stdout)
        let fromCSV = try csv.dropFirst().map { try object(csv[0], $0) }
        XCTAssertEqual(fromCSV.map { NSDictionary(dictionary: $0) }, reference)

        let tsvLines = try cli.run(["export", "--db", cli.db, "--format", "tsv"]).stdout.split(separator: "\n")
        let header = tsvLines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let fromTSV = try tsvLines.dropFirst().map { line in
            try object(header, line.split(separator: "\t", omittingEmptySubsequences: false).map(unescapeTSV))
        }
        XCTAssertEqual(fromTSV.map { NSDictionary(dictionary: $0) }, reference)
    }
}
