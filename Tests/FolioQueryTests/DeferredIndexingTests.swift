@testable import FolioStore
import FolioQuery
import Foundation
import GRDB
import XCTest

/// A write transaction's articles are indexed by one statement before it
/// commits; the triggers skip them meanwhile and handle every other row.
final class DeferredIndexingTests: XCTestCase {
    private func insertArticle(_ db: Database, position: Int, body: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO articles (source_id, position, body) VALUES (1, ?, ?)", arguments: [position, body])
        return db.lastInsertedRowID
    }

    private func matches(_ db: Database, _ character: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", arguments: [character]) ?? 0
    }

    private func indexIsSound(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    private func addSource(_ test: TestArchive) throws {
        try test.archive.database.write { db in
            try db.execute(sql: """
                INSERT INTO sources (path, file_name, sha256, size, encoding, imported_at, status)
                VALUES ('/p/a.txt', 'a.txt', 'x', 1, 'utf-8', '2026-01-01T00:00:00Z', 'imported')
                """)
        }
    }

    func testArticlesAreIndexedWhenTheDeferralEndsNotBefore() throws {
        let test = try TestArchive()
        try addSource(test)
        try test.archive.database.write { db in
            try DeferredIndexing.run(in: db) {
                _ = try insertArticle(db, position: 1, body: "春耕时节。")
                XCTAssertEqual(try matches(db, "耕"), 0, "not indexed while deferred")
                XCTAssertEqual(try String.fetchOne(db, sql: "SELECT value FROM folio_meta WHERE key = 'fts_pending_after'"), "0")
            }
            XCTAssertEqual(try matches(db, "耕"), 1)
            try indexIsSound(db)
        }
        XCTAssertEqual(try test.count("SELECT count(*) FROM folio_meta WHERE key = 'fts_pending_after'"), 0)
    }

    func testRowsOutsideTheDeferralAreIndexedByTheTriggers() throws {
        let test = try TestArchive()
        try addSource(test)
        try test.archive.database.write { db in
            let old = try insertArticle(db, position: 1, body: "秋收。")
            XCTAssertEqual(try matches(db, "秋"), 1, "no deferral: the insert trigger indexes at once")
            try DeferredIndexing.run(in: db) {
                // An article indexed before the mark is still taken out and put back by the triggers.
                try db.execute(sql: "UPDATE articles SET body = '冬藏。' WHERE id = ?", arguments: [old])
                XCTAssertEqual(try matches(db, "秋"), 0)
                XCTAssertEqual(try matches(db, "冬"), 1)
            }
            try indexIsSound(db)
        }
    }

    func testAPendingArticleDeletedOrChangedInItsTransactionIsIndexedAsItEnds() throws {
        let test = try TestArchive()
        try addSource(test)
        try test.archive.database.write { db in
            try DeferredIndexing.run(in: db) {
                let dropped = try insertArticle(db, position: 1, body: "春耕。")
                let changed = try insertArticle(db, position: 2, body: "夏耘。")
                try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [dropped])
                try db.execute(sql: "UPDATE articles SET body = '秋收。' WHERE id = ?", arguments: [changed])
            }
            // Without the triggers' guard, the delete would take out terms that
            // were never put in, and the index would fail its check.
            try indexIsSound(db)
            XCTAssertEqual(try matches(db, "春"), 0)
            XCTAssertEqual(try matches(db, "夏"), 0)
            XCTAssertEqual(try matches(db, "秋"), 1)
        }
    }

    func testAFailedTransactionLeavesNoMark() throws {
        struct Failure: Error {}
        let test = try TestArchive()
        try addSource(test)
        XCTAssertThrowsError(try test.archive.database.write { db in
            try DeferredIndexing.run(in: db) {
                _ = try insertArticle(db, position: 1, body: "春耕。")
                throw Failure()
            }
        })
        XCTAssertEqual(try test.count("SELECT count(*) FROM folio_meta"), 1, "only the tokenizer version")
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles"), 0)
    }

    func testAnImportRunIndexesEveryArticleOfEveryBatch() throws {
        let test = try TestArchive()
        let words = ["春耕", "夏耘", "秋收", "冬藏", "植树", "护林", "治水", "防汛"]
        var jobs: [ImportJob] = []
        for (index, word) in words.enumerated() {
            let path = try test.writePage("p\(index).txt", "新华社电 各地\(word)工作有序推进。\n\n今年\(word)进度快于去年同期。\n")
            jobs.append(ImportJob(path: path))
        }
        // Tiny batches: several transactions, each with its own deferral.
        var results: [ImportResult] = []
        try Importer(archive: test.archive).importFiles(jobs, lookaheadBytes: 200, batchBytes: 150) { results.append($0) }
        XCTAssertEqual(results.map(\.status), Array(repeating: .imported, count: words.count))
        for word in words {
            XCTAssertEqual(try test.folio.count(.init(query: word)), 1, word)
        }
        XCTAssertEqual(try test.count("SELECT count(*) FROM articles_fts_docsize"), try test.count("SELECT count(*) FROM articles"))
        XCTAssertEqual(try test.count("SELECT count(*) FROM folio_meta WHERE key = 'fts_pending_after'"), 0)
        try test.archive.database.write { db in try indexIsSound(db) }
    }
}
