@testable import FolioStore
import FolioIngest
import FolioQuery
import Foundation
import GRDB
import XCTest

/// A fresh archive in a temporary folder, removed when the test ends.
final class TestArchive {
    let folder: URL
    let path: String
    let archive: Archive

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("test.db").path
        archive = try Archive(path: path, mode: .readWrite)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    var folio: FolioArchive { FolioArchive(archive: archive) }

    /// Writes a page file into the test folder and returns its path.
    @discardableResult
    func writePage(_ name: String, _ text: String) throws -> String {
        try writeBytes(name, Array(text.utf8))
    }

    @discardableResult
    func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Stores articles directly, bypassing the page reader, so query tests
    /// do not depend on layout heuristics.
    func store(_ articles: [Article], file: String, date: String?, dates: [ArticleDates]? = nil) throws {
        let entries = articles.enumerated().map { index, article in
            IngestedPage.Entry(article: article, dates: dates?[index] ?? ArticleDates())
        }
        let page = IngestedPage(
            encoding: .utf8, publicationDate: date.flatMap { CivilDate(iso: $0) }, page: nil,
            reading: PageReading(blocks: [], articles: articles), entries: entries)
        _ = try archive.database.write { db in
            try Importer.store(page, path: folder.appendingPathComponent(file).path, sha256: UUID().uuidString,
                               size: 100, paper: nil, in: db)
        }
    }

    func count(_ sql: String) throws -> Int {
        try archive.database.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}
