@testable import FolioStore
import FolioQuery
import FolioTokenizer
import Foundation
import GRDB
import XCTest

/// An archive written by an older Folio is brought forward when opened for
/// writing, and then is the archive a fresh schema.sql makes.
final class MigrationTests: XCTestCase {
    private func fixture(_ name: String) throws -> String {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    private func masterRows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").map { row in
            "\(row["type"] as String)|\(row["name"] as String)|\(row["tbl_name"] as String)|\((row["sql"] as String?) ?? "")"
        }
    }

    /// A version 1 archive (schema.sql as it was, index with positions) holding two articles.
    private func makeVersion1Archive(at path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in _ = FolioTokenizer.register(on: db.sqliteConnection!) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: try fixture("schema-v1.sql"))
            try db.execute(sql: """
                INSERT INTO folio_meta (key, value) VALUES ('tokenizer_version', '1');
                INSERT INTO sources (path, file_name, sha256, size, encoding, imported_at, status)
                VALUES ('/p/a.txt', 'a.txt', 'x', 1, 'utf-8', '2026-01-01T00:00:00Z', 'imported');
                INSERT INTO articles (source_id, position, headline, body) VALUES (1, 1, '统筹推进疫情防控', '各地加强疫情防控工作。');
                INSERT INTO articles (source_id, position, headline, body) VALUES (1, 2, '防控疫情的经验', '防控疫情，人人有责。');
                """)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 1)
        }
        try queue.close()
    }

    func testVersion1IsMigratedToTheFreshSchema() throws {
        let test = try TestArchive()
        let path = test.folder.appendingPathComponent("old.db").path
        try makeVersion1Archive(at: path)

        let migrated = try Archive(path: path, mode: .readWrite)
        let fresh = try test.archive.database.read { try masterRows($0) }
        XCTAssertEqual(try migrated.database.read { try masterRows($0) }, fresh)
        XCTAssertEqual(try migrated.database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, Schema.version)
        let tuning = try migrated.database.read { try Row.fetchAll($0, sql: "SELECT k, v FROM articles_fts_config ORDER BY k") }
        let freshTuning = try test.archive.database.read { try Row.fetchAll($0, sql: "SELECT k, v FROM articles_fts_config ORDER BY k") }
        XCTAssertEqual(tuning, freshTuning, "hashsize and automerge carried over")

        // The rebuilt index answers, exactly, and stays in step with new writes.
        let folio = FolioArchive(archive: migrated)
        XCTAssertEqual(try folio.search(.init(query: "疫情防控")).map(\.headline), ["统筹推进疫情防控"])
        XCTAssertEqual(try folio.count(.init(query: "疫情")), 2)
        try migrated.database.write { db in
            try db.execute(sql: "INSERT INTO articles (source_id, position, headline, body) VALUES (1, 3, '春耕', '疫情防控。')")
        }
        XCTAssertEqual(try folio.count(.init(query: "疫情防控")), 2)
        XCTAssertTrue(try ArchiveMaintenance(archive: migrated).check().allSatisfy(\.passed))
    }

    func testAVersion1ArchiveIsNotMigratedByAReader() throws {
        let test = try TestArchive()
        let path = test.folder.appendingPathComponent("old.db").path
        try makeVersion1Archive(at: path)
        XCTAssertThrowsError(try Archive(path: path, mode: .readOnly))
    }
}
