import FolioTokenizer
import GRDB

/// One headline row: what ran, when, and where.
public struct HeadlineRow: Sendable, Equatable, Codable {
    /// The article id, as `folio show` takes it.
    public var id: Int64
    /// The file name (last path component) of the article's page.
    public var source: String
    /// The publication date as `YYYY-MM-DD`; nil when unknown.
    public var publicationDate: String?
    /// The page label (`p01`, `_A05`); nil when unknown.
    public var page: String?
    /// The headline as printed; nil when the article has none.
    public var headline: String?
    /// The kicker (引题) first, then the deck (副题); empty when there is none.
    public var subheadlines: [String]
}

/// Which headlines to list.
public struct HeadlineRequest: Sendable {
    /// The publication dates to list; all dates (undated included) by default.
    public var dates = DateRange.all
    /// Only headlines (or decks) containing this query, e.g. "疫情".
    public var matching: String?
    /// The maximum number of rows returned; nil for all.
    public var limit: Int?

    /// Creates a request for every headline in the archive.
    public init() {}
}

extension FolioArchive {
    /// Headlines in publication order (undated last), optionally limited to a
    /// period and to those whose headline or deck matches a query.
    public func headlines(_ request: HeadlineRequest) throws -> [HeadlineRow] {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let dates = request.dates.condition(column: "a.publication_date")
        clauses.append(dates.sql)
        arguments += dates.arguments
        // The index cannot restrict a term to columns (`detail=none`): its
        // candidates are checked on the headline and subheadlines.
        var matcher: QueryMatcher?
        if let matching = request.matching {
            let query = SearchQuery(parsing: matching)
            guard let expression = query.matchExpression else { throw QueryError.emptyQuery(matching) }
            clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            arguments.append(expression)
            matcher = query.matcher
        }
        var sql = """
            SELECT a.id, s.file_name AS source, a.publication_date, s.page, a.headline, a.subheadlines
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE \(clauses.joined(separator: " AND "))
            ORDER BY a.publication_date IS NULL, a.publication_date, s.file_name, a.position
            """
        if let limit = request.limit, matcher == nil {
            sql += " LIMIT ?"
            arguments.append(limit)
        }
        return try runFTS {
            try read { db in
                var headlines: [HeadlineRow] = []
                let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
                while let row = try rows.next() {
                    if let limit = request.limit, limit >= 0, headlines.count >= limit { break }
                    if let matcher {
                        var texts = ColumnTexts()
                        texts[.headline] = (row["headline"] as String?).map(FolioTokenizer.FoldedText.init)
                        texts[.subheadlines] = (row["subheadlines"] as String?).map(FolioTokenizer.FoldedText.init)
                        guard matcher.matches(texts, in: .headlines) else { continue }
                    }
                    headlines.append(HeadlineRow(
                        id: row["id"], source: row["source"], publicationDate: row["publication_date"],
                        page: row["page"], headline: row["headline"], subheadlines: lines(row["subheadlines"])))
                }
                return headlines
            }
        }
    }
}

/// Splits a stored one-item-per-line field.
func lines(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
}
