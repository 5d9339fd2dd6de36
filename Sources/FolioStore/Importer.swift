import Foundation
import FolioIngest
import GRDB

/// Writes pages into an archive: one transaction per file, so a bad file
/// or a crash never leaves half a page behind.
public struct Importer: Sendable {
    public let archive: Archive

    public init(archive: Archive) {
        self.archive = archive
    }

    /// Imports one file. Never throws for a problem with the file itself:
    /// that is a `.rejected` result and the archive is unchanged.
    public func importFile(atPath rawPath: String, overrides: PublicationOverrides = .init()) throws -> ImportResult {
        let path = URL(fileURLWithPath: rawPath).standardizedFileURL.path
        let bytes: [UInt8]
        do {
            bytes = try Self.readBytes(path)
        } catch {
            return ImportResult(path: path, status: .rejected, articles: 0, encoding: nil, message: "\(error)")
        }
        let sha256 = SHA256.hex(of: bytes)
        // Cheap check before parsing; repeated inside the write transaction,
        // where it decides, because another import may have run meanwhile.
        if let known = try archive.database.read({ db in try Self.knownContent(sha256, path: path, in: db) }) {
            return known
        }
        let page: IngestedPage
        do {
            page = try PageIngest.ingest(bytes: bytes, path: path, overrides: overrides)
        } catch {
            return ImportResult(path: path, status: .rejected, articles: 0, encoding: nil, message: error.description)
        }
        return try archive.database.write { db in
            if let known = try Self.knownContent(sha256, path: path, in: db) { return known }
            let replaced = try Self.store(page, path: path, sha256: sha256, size: bytes.count, paper: overrides.paper, in: db)
            return ImportResult(
                path: path, status: replaced ? .replaced : .imported, articles: page.entries.count,
                encoding: page.encoding, message: page.entries.isEmpty ? "no article found on the page" : nil)
        }
    }

    /// The result for bytes that are already stored, at this path or another.
    private static func knownContent(_ sha256: String, path: String, in db: Database) throws -> ImportResult? {
        let paths = try String.fetchAll(db, sql: "SELECT path FROM sources WHERE sha256 = ? ORDER BY path = ? DESC", arguments: [sha256, path])
        guard let first = paths.first else { return nil }
        return ImportResult(path: path, status: .unchanged, articles: 0, encoding: nil,
                            message: first == path ? nil : "same content as \(first)")
    }

    private static func readBytes(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportFailure.unreadable(FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        guard let data = try handle.readToEnd() else { return [] }
        return [UInt8](data)
    }

    /// Stores a page, replacing what its path held before. Returns whether it replaced.
    static func store(_ page: IngestedPage, path: String, sha256: String, size: Int, paper: String?, in db: Database) throws -> Bool {
        var replaced = false
        if let oldID = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE path = ?", arguments: [path]) {
            try db.execute(sql: "DELETE FROM date_mentions WHERE article_id IN (SELECT id FROM articles WHERE source_id = ?)", arguments: [oldID])
            try db.execute(sql: "DELETE FROM articles WHERE source_id = ?", arguments: [oldID])
            try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [oldID])
            replaced = true
        }
        let publicationDate = page.publicationDate?.description
        try db.cachedStatement(sql: """
            INSERT INTO sources (path, file_name, sha256, size, encoding, imported_at, publication_date, page, paper, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                path, (path as NSString).lastPathComponent, sha256, size, page.encoding.rawValue,
                ISO8601DateFormatter().string(from: Date()), publicationDate, page.page, paper,
                page.entries.isEmpty ? "no_articles" : "imported",
            ])
        let sourceID = db.lastInsertedRowID
        let insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles (source_id, position, publication_date, headline, subheadlines, byline,
                                  section_heads, pull_quotes, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO date_mentions (article_id, field, start, length, text, date, granularity)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, entry) in page.entries.enumerated() {
            let article = entry.article
            try insertArticle.execute(arguments: [
                sourceID, index + 1, publicationDate, article.headline,
                article.subheadlines.joined(separator: "\n"), article.byline,
                article.sectionHeads.joined(separator: "\n"), article.pullQuotes.joined(separator: "\n"),
                article.paragraphs.joined(separator: "\n"),
            ])
            let articleID = db.lastInsertedRowID
            for (field, mentions) in [("headline", entry.dates.headline), ("body", entry.dates.body)] {
                for mention in mentions {
                    try insertMention.execute(arguments: [
                        articleID, field, mention.start, mention.length, mention.text, mention.date,
                        mention.granularity.rawValue,
                    ])
                }
            }
        }
        return replaced
    }
}

/// A file that could not be read at all.
enum ImportFailure: Error, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read file: \(reason)"
        }
    }
}
