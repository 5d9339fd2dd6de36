import Foundation
import FolioIngest
import GRDB

/// Writes one source and its articles inside the caller's transaction,
/// replacing whatever the same path held before. Statements are prepared
/// once per connection and reused.
final class PageWriter {
    private let db: Database
    private let path: String
    private let sourceID: Int64
    private let publicationDate: String?
    private let insertArticle: Statement
    private let insertMention: Statement
    private(set) var replaced = false
    private(set) var articles = 0

    init(db: Database, path: String, sha256: String, size: Int, encoding: SourceEncoding,
         publicationDate: CivilDate?, page: String?, paper: String?, importedAt: String) throws {
        self.db = db
        self.path = path
        self.publicationDate = publicationDate?.description
        if let oldID = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE path = ?", arguments: [path]) {
            try db.execute(sql: "DELETE FROM date_mentions WHERE article_id IN (SELECT id FROM articles WHERE source_id = ?)", arguments: [oldID])
            try db.execute(sql: "DELETE FROM articles WHERE source_id = ?", arguments: [oldID])
            try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [oldID])
            replaced = true
        }
        try db.cachedStatement(sql: """
            INSERT INTO sources (path, file_name, sha256, size, encoding, imported_at, publication_date, page, paper, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported')
            """).execute(arguments: [
                path, (path as NSString).lastPathComponent, sha256, size, encoding.rawValue,
                importedAt, publicationDate?.description, page, paper,
            ])
        sourceID = db.lastInsertedRowID
        insertArticle = try db.cachedStatement(sql: """
            INSERT INTO articles (source_id, position, publication_date, headline, subheadlines, byline,
                                  section_heads, pull_quotes, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertMention = try db.cachedStatement(sql: """
            INSERT INTO date_mentions (article_id, field, start, length, text, date, granularity)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Appends articles after those already written for this source.
    func insert(_ entries: [IngestedPage.Entry]) throws {
        for entry in entries {
            articles += 1
            let article = entry.article
            try insertArticle.execute(arguments: [
                sourceID, articles, publicationDate, article.headline,
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
    }

    func result(encoding: SourceEncoding) -> ImportResult {
        ImportResult(
            path: path, status: replaced ? .replaced : .imported, articles: articles, encoding: encoding,
            message: articles == 0 ? "no article found on the page" : nil)
    }

    /// Marks a source that yielded no article, so it is reported, not lost.
    func finish() throws {
        if articles == 0 {
            try db.execute(sql: "UPDATE sources SET status = 'no_articles' WHERE id = ?", arguments: [sourceID])
        }
    }
}
