import Foundation
import GRDB

/// A date expression as exported: the text as written and its resolved date.
public struct MentionedDate: Sendable, Equatable, Codable {
    public var text: String
    public var date: String?

    public init(text: String, date: String?) {
        self.text = text
        self.date = date
    }
}

/// Everything stored about one article: what `show` and `export` return.
public struct ArticleRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var source: String
    public var page: String?
    public var publicationDate: String?
    public var headline: String?
    public var subheadlines: [String]
    public var byline: String?
    public var sectionHeads: [String]
    public var pullQuotes: [String]
    public var paragraphs: [String]
    public var mentionedDates: [MentionedDate]
}

extension FolioArchive {
    private static let articleSQL = """
        SELECT a.id, s.file_name AS source, s.page, a.publication_date, a.headline, a.subheadlines,
               a.byline, a.section_heads, a.pull_quotes, a.body,
               (SELECT json_group_array(json_object('text', m.text, 'date', m.date))
                FROM (SELECT text, date FROM date_mentions WHERE article_id = a.id
                      ORDER BY field = 'body', start) m) AS mentions
        FROM articles a JOIN sources s ON s.id = a.source_id
        """

    /// One article by id, or nil.
    public func article(id: Int64) throws -> ArticleRecord? {
        try read { db in
            try Row.fetchOne(db, sql: Self.articleSQL + " WHERE a.id = ?", arguments: [id]).map(Self.record)
        }
    }

    /// Streams every article in page order to `body`, in constant memory.
    public func exportArticles(_ body: (ArticleRecord) throws -> Void) throws {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: Self.articleSQL + " ORDER BY a.publication_date IS NULL, a.publication_date, s.file_name, a.position")
            while let row = try cursor.next() {
                try body(Self.record(row))
            }
        }
    }

    private static func record(_ row: Row) throws -> ArticleRecord {
        let mentionsJSON: String = row["mentions"] ?? "[]"
        let mentions = try JSONDecoder().decode([MentionedDate].self, from: Data(mentionsJSON.utf8))
        return ArticleRecord(
            id: row["id"], source: row["source"], page: row["page"], publicationDate: row["publication_date"],
            headline: row["headline"], subheadlines: lines(row["subheadlines"]), byline: row["byline"],
            sectionHeads: lines(row["section_heads"]), pullQuotes: lines(row["pull_quotes"]),
            paragraphs: lines(row["body"]), mentionedDates: mentions)
    }
}
