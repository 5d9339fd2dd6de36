@testable import FolioStore
import FolioTokenizer
import Foundation
import GRDB
import XCTest

final class SchemaTests: XCTestCase {
    /// The package's schema.sql, read from disk (not the compiled-in copy).
    private func schemaFileText() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("schema.sql"), encoding: .utf8)
    }

    private func masterRows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").map { row in
            "\(row["type"] as String)|\(row["name"] as String)|\(row["tbl_name"] as String)|\((row["sql"] as String?) ?? "")"
        }
    }

    func testLiveSchemaMatchesSchemaFile() throws {
        let reference = try DatabaseQueue()
        try reference.writeWithoutTransaction { db in
            XCTAssertEqual(FolioTokenizer.register(on: db.sqliteConnection!), 0)
            try db.execute(sql: try schemaFileText())
        }
        let expected = try reference.read { try masterRows($0) }
        let expectedVersion = try reference.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }

        let test = try TestArchive()
        let live = try test.archive.database.read { try masterRows($0) }
        let liveVersion = try test.archive.database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }

        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(live, expected)
        XCTAssertEqual(liveVersion, expectedVersion)
        XCTAssertEqual(liveVersion, Schema.version)
    }

    func testArchiveUsesWALAndRecordsTheTokenizerVersion() throws {
        let test = try TestArchive()
        let mode = try test.archive.database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
        XCTAssertEqual(Schema.filePragmas, ["PRAGMA auto_vacuum = INCREMENTAL;"])
        let autoVacuum = try test.archive.database.read { try Int.fetchOne($0, sql: "PRAGMA auto_vacuum") }
        XCTAssertEqual(autoVacuum, 2, "incremental, as schema.sql asks")
        XCTAssertEqual(try test.archive.indexedTokenizerVersion(), FolioTokenizer.version)
    }

    func testReopeningAnArchiveKeepsIt() throws {
        let test = try TestArchive()
        try test.store([.init(headline: "标题", paragraphs: ["正文。"])], file: "a.txt", date: nil)
        let again = try Archive(path: test.path, mode: .readWrite)
        XCTAssertEqual(try again.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") }, 1)
    }

    func testReadOnlyOpenNeverCreatesAFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).db").path
        XCTAssertThrowsError(try Archive(path: path, mode: .readOnly)) { error in
            XCTAssertEqual(error as? ArchiveError, .missing(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testNewerSchemaIsRefused() throws {
        let test = try TestArchive()
        try test.archive.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(Schema.version + 1)")
        }
        XCTAssertThrowsError(try Archive(path: test.path, mode: .readOnly)) { error in
            XCTAssertEqual(error as? ArchiveError, .newerSchema(path: test.path, found: Schema.version + 1, supported: Schema.version))
        }
        XCTAssertThrowsError(try Archive(path: test.path, mode: .readWrite)) { error in
            XCTAssertEqual(error as? ArchiveError, .newerSchema(path: test.path, found: Schema.version + 1, supported: Schema.version))
        }
    }

    func testForeignDatabaseIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE other (x)") }
        try queue.close()
        XCTAssertThrowsError(try Archive(path: path, mode: .readWrite)) { error in
            XCTAssertEqual(error as? ArchiveError, .notAnArchive(path: path))
        }
        XCTAssertThrowsError(try Archive(path: path, mode: .readOnly)) { error in
            XCTAssertEqual(error as? ArchiveError, .notAnArchive(path: path))
        }
    }

    func testSHA256MatchesNISTVectors() {
        XCTAssertEqual(SHA256.hex(of: [UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var incremental = SHA256()
        for chunk in stride(from: 0, to: 1000, by: 37) {
            incremental.update([UInt8](repeating: 0x61, count: min(37, 1000 - chunk)))
        }
        XCTAssertEqual(incremental.finalizeHex(), SHA256.hex(of: [UInt8](repeating: 0x61, count: 1000)))
    }
}
