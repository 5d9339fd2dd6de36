import FolioIngest
@testable import FolioStore
import Foundation
import XCTest

final class ImportTests: XCTestCase {
    private let page = "新华社电 春耕时节，各地农田一派忙碌景象。\n\n农业农村部介绍，今年春播进度快于去年同期。\n"

    func testImportThenReimportIsUnchanged() throws {
        let test = try TestArchive()
        let path = try test.writePage("p.txt", page)
        let importer = Importer(archive: test.archive)
        let first = try importer.importFile(atPath: path)
        XCTAssertEqual(first.status, .imported)
        XCTAssertEqual(first.encoding, .utf8)
        XCTAssertGreaterThan(first.articles, 0)
        let articles = try test.count("SELECT count(*) FROM articles")
        XCTAssertEqual(articles, first.articles)

        let second = try importer.importFile(atPath: path)
        XCTAssertEqual(second.status, .unchanged)
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles"), articles)
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 1)
    }

    func testChangedFileReplacesItsArticles() throws {
        let test = try TestArchive()
        let path = try test.writePage("p.txt", page)
        let importer = Importer(archive: test.archive)
        _ = try importer.importFile(atPath: path)
        let oldIDs = try test.archive.database.read { try Int64.fetchAll($0, sql: "SELECT id FROM articles") }

        try test.writePage("p.txt", page.replacingOccurrences(of: "春播", with: "夏播"))
        let result = try importer.importFile(atPath: path)
        XCTAssertEqual(result.status, .replaced)
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 1)
        let body = try test.archive.database.read { try String.fetchAll($0, sql: "SELECT body FROM articles").joined() }
        XCTAssertTrue(body.contains("夏播"))
        XCTAssertFalse(body.contains("春播"))
        let stale = try test.archive.database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE id IN (\(oldIDs.map(String.init).joined(separator: ",")))")
        }
        XCTAssertEqual(stale, 0)
        // The index follows: the old word is gone from search.
        let hits = try test.folio.count(.init(query: "春播"))
        XCTAssertEqual(hits, 0)
        XCTAssertEqual(try test.folio.count(.init(query: "夏播")), 1)
    }

    func testRejectedFileLeavesTheArchiveAsItWas() throws {
        let test = try TestArchive()
        let importer = Importer(archive: test.archive)
        _ = try importer.importFile(atPath: try test.writePage("good.txt", page))
        let before = try test.count("SELECT count(*) FROM articles")

        let truncated = Array(page.utf8).dropLast(2)
        let result = try importer.importFile(atPath: try test.writeBytes("bad.txt", Array(truncated)))
        XCTAssertEqual(result.status, .rejected)
        XCTAssertTrue(result.message?.contains("byte offset") ?? false, result.message ?? "")
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles"), before)
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 1)

        let empty = try importer.importFile(atPath: try test.writeBytes("empty.txt", []))
        XCTAssertEqual(empty.status, .rejected)
        let missing = try importer.importFile(atPath: test.folder.appendingPathComponent("nope.txt").path)
        XCTAssertEqual(missing.status, .rejected)
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 1)
    }

    func testSameContentAtAnotherPathIsNotStoredTwice() throws {
        let test = try TestArchive()
        let importer = Importer(archive: test.archive)
        _ = try importer.importFile(atPath: try test.writePage("a.txt", page))
        let copy = try importer.importFile(atPath: try test.writePage("copy/a.txt", page))
        XCTAssertEqual(copy.status, .unchanged)
        XCTAssertTrue(copy.message?.contains("same content") ?? false)
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 1)
    }

    func testOverridesSetThePublicationDateAndEncodingIsRecorded() throws {
        let test = try TestArchive()
        let path = try test.writeBytes("gb.txt", [0xB4, 0xBA, 0xB8, 0xFB, 0xA1, 0xA3, 0x0A])  // 春耕。 in GB18030
        let result = try Importer(archive: test.archive).importFile(
            atPath: path, overrides: PublicationOverrides(date: CivilDate(iso: "2020-03-28"), page: "04", paper: "测试报"))
        XCTAssertEqual(result.encoding, .gb18030)
        let row = try test.archive.database.read { db in
            try String.fetchAll(db, sql: "SELECT encoding || '|' || publication_date || '|' || page || '|' || paper FROM sources")
        }
        XCTAssertEqual(row, ["gb18030|2020-03-28|04|测试报"])
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles WHERE publication_date = '2020-03-28'"), result.articles)
    }

    private func bodyText(_ test: TestArchive) throws -> String {
        try test.archive.database.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM articles ORDER BY id").joined()
        }.filter { !$0.isWhitespace }
    }

    func testLargeFilesAreReadInSectionsWithTheSameText() throws {
        let text = (1...40).map { "第\($0)段。新华社电 春耕时节，各地农田一派忙碌景象\($0)。\n\n农业农村部介绍，今年春播进度快于去年同期。\n\n" }.joined()
        let whole = try TestArchive()
        _ = try Importer(archive: whole.archive).importFile(atPath: try whole.writePage("big.txt", text))
        let sectioned = try TestArchive()
        let result = try Importer(archive: sectioned.archive, sectionSize: 300)
            .importFile(atPath: try sectioned.writePage("big.txt", text))
        XCTAssertEqual(result.status, .imported)
        XCTAssertEqual(try bodyText(sectioned), try bodyText(whole))
        XCTAssertTrue(try bodyText(sectioned).contains("各地农田一派忙碌景象40。"))
    }

    func testABadByteDeepInALargeFileRejectsAllOfIt() throws {
        var bytes = Array((1...40).map { "第\($0)段。春耕时节，各地农田一派忙碌景象。\n\n" }.joined().utf8)
        let badOffset = try XCTUnwrap(bytes.indices.last { $0 < bytes.count - 10 && bytes[$0] >= 0xE0 })
        bytes[badOffset] = 0xFF  // the lead byte of a character near the end
        let test = try TestArchive()
        let result = try Importer(archive: test.archive, sectionSize: 200).importFile(atPath: try test.writeBytes("big.txt", bytes))
        XCTAssertEqual(result.status, .rejected)
        XCTAssertTrue(result.message?.contains("byte offset \(badOffset):") ?? false, result.message ?? "")
        XCTAssertEqual(try test.count("SELECT count(*) FROM sources"), 0)
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles"), 0)
    }
}
