import Foundation
import GRDB

/// A date expression as exported: the text as written and its resolved date.
public struct MentionedDate: Sendable, Equatable, Codable {
    /// The expression as written in the headline or body, e.g. `3月 25日`.
    public var text: String
    /// The date it resolves to: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or `--MM-DD`
    /// or `--MM` when the year is unknown; nil when it could not be resolved.
    public var date: String?

    /// Creates a mention from its text and resolved date.
    public init(text: String, date: String?) {
        self.text = text
        self.date = date
    }
}

/// Everything stored about one article: what `show` and `export` return.
public struct ArticleRecord: Sendable, Equatable, Codable {
    /// The article id, the one `folio show` takes and search, headlines and
    /// export print. Ids are never reused; re-importing a changed file gives
    /// its articles new ids.
    public var id: Int64
    /// The file name (last path component) of the page the article came from.
    public var source: String
    /// The page label from the file name (`p01`, `_A05`) or manifest; nil when unknown.
    public var page: String?
    /// The publication date of its page as `YYYY-MM-DD`; nil when neither
    /// `--date`, a manifest, the file name nor the page's folio line gave one.
    public var publicationDate: String?
    /// The headline as printed; nil when the page gave none.
    public var headline: String?
    /// The kicker (引题) first, then the deck (副题); empty when there is none.
    public var subheadlines: [String]
    /// The byline or dateline as written, e.g. `新华社北京7月1日电（记者 王晓明）`.
    public var byline: String?
    /// Heads inside the article body, in reading order.
    public var sectionHeads: [String]
    /// Display lines that repeat text from the body, in reading order. They
    /// are not in the full-text index: the body already holds their words.
    public var pullQuotes: [String]
    /// The body, one paragraph per element, with the text (Chinese
    /// punctuation included) as written.
    public var paragraphs: [String]
    /// Date expressions found in the headline, then in the body, in text order.
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
