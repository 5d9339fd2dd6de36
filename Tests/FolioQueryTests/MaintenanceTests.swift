import FolioIngest
import FolioQuery
import FolioTokenizer
@testable import FolioStore
import GRDB
import XCTest

final class MaintenanceTests: XCTestCase {
    private func makeArchive() throws -> TestArchive {
        let test = try TestArchive()
        try test.store([
            Article(headline: "湖北有序复工复产", paragraphs: ["湖北省要同有关省份加强对接。"]),
            Article(headline: "春耕时节农田忙", paragraphs: ["各地农田一派忙碌景象。"]),
        ], file: "a.txt", date: "2020-03-28")
        return test
    }

    func testDoctorPassesOnAHealthyArchive() throws {
        let test = try makeArchive()
        let checks = try ArchiveMaintenance(archive: test.archive).check()
        XCTAssertGreaterThanOrEqual(checks.count, 6)
        XCTAssertTrue(checks.allSatisfy(\.passed), "\(checks.filter { !$0.passed })")
    }

    func testDoctorReportsADamagedIndexAndReindexRepairsIt() throws {
        let test = try makeArchive()
        // Remove one article's entries from the index behind the triggers' back.
        try test.archive.database.write { db in
            try db.execute(sql: """
                INSERT INTO articles_fts (articles_fts, rowid, headline, subheadlines, section_heads, body)
                SELECT 'delete', id, headline, subheadlines, section_heads, body FROM articles WHERE headline = '春耕时节农田忙'
                """)
        }
        XCTAssertEqual(try test.folio.count(.init(query: "春耕")), 0)
        let broken = try ArchiveMaintenance(archive: test.archive).check().filter { !$0.passed }.map(\.name)
        XCTAssertTrue(broken.contains("full-text index integrity") || broken.contains("index covers articles"), "\(broken)")

        try ArchiveMaintenance(archive: test.archive).reindex()
        XCTAssertTrue(try ArchiveMaintenance(archive: test.archive).check().allSatisfy(\.passed))
        XCTAssertEqual(try test.folio.count(.init(query: "春耕")), 1)
    }

    func testDoctorReportsOrphansAndAStaleTokenizer() throws {
        let test = try makeArchive()
        try test.archive.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO date_mentions (article_id, field, start, length, text, date, granularity) VALUES (999, 'body', 0, 2, '昨天', NULL, 'day')")
            try db.execute(sql: "UPDATE folio_meta SET value = '-1' WHERE key = 'tokenizer_version'")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let failed = try ArchiveMaintenance(archive: test.archive).check().filter { !$0.passed }.map(\.name)
        XCTAssertEqual(Set(failed), ["orphan rows", "tokenizer version"])
        try ArchiveMaintenance(archive: test.archive).reindex()
        XCTAssertEqual(try test.archive.indexedTokenizerVersion(), FolioTokenizer.version)
    }

    func testReadOnlySQLRefusesEveryKindOfWrite() throws {
        let test = try makeArchive()
        let folio = try FolioArchive(path: test.path)
        let refused = [
            "INSERT INTO folio_meta VALUES ('a', 'b')", "UPDATE articles SET headline = 'x'", "DELETE FROM articles",
            "DROP TABLE articles", "CREATE TABLE t (x)", "ALTER TABLE articles ADD COLUMN x", "ATTACH 'other.db' AS o",
            "DETACH main", "PRAGMA user_version = 9", "PRAGMA journal_mode = DELETE", "PRAGMA journal_mode(delete)",
            "VACUUM", "REINDEX", "BEGIN", "SELECT 1; DELETE FROM articles", "/* c */ -- d\n DELETE FROM articles",
            "REPLACE INTO folio_meta VALUES ('a', 'b')", "WITH x AS (SELECT 1) DELETE FROM articles",
        ]
        for sql in refused {
            XCTAssertThrowsError(try folio.readOnlySQL(sql), sql)
        }
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles"), 2)
        XCTAssertThrowsError(try folio.readOnlySQL("   ")) { XCTAssertEqual($0 as? SQLRefusal, .empty) }
    }

    func testReadOnlySQLReadsWithParametersAndMatch() throws {
        let test = try makeArchive()
        let folio = try FolioArchive(path: test.path)
        let result = try folio.readOnlySQL(
            "SELECT headline FROM article_view WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH folio_query(:q))",
            parameters: ["q": "湖北".databaseValue])
        XCTAssertEqual(result.columns, ["headline"])
        XCTAssertEqual(result.rows.map { String.fromDatabaseValue($0[0]) }, ["湖北有序复工复产"])
        XCTAssertEqual(try folio.readOnlySQL("PRAGMA user_version").rows.first?.first, Schema.version.databaseValue)
        // A word of two characters is a phrase to FTS5, which detail=none refuses; folio_query() says it as one token.
        XCTAssertThrowsError(try folio.readOnlySQL("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '湖北'"))
        let exact = try folio.readOnlySQL("""
            SELECT a.headline FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH folio_query('有序复工') AND folio_contains(a.headline, '有序复工')
            """)
        XCTAssertEqual(exact.rows.map { String.fromDatabaseValue($0[0]) }, ["湖北有序复工复产"])
    }

    func testMigrationStepsStartFromEveryOlderVersion() {
        // Every version below the current one must have a forward step.
        for version in 1..<Schema.version {
            XCTAssertNotNil(Migrations.steps[version], "no migration from version \(version)")
        }
    }
}
