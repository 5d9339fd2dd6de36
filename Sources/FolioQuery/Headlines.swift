import GRDB

/// One headline row: what ran, when, and where.
public struct HeadlineRow: Sendable, Equatable, Codable {
    public var id: Int64
    public var source: String
    public var publicationDate: String?
    public var page: String?
    public var headline: String?
    public var subheadlines: [String]
}

/// Which headlines to list.
public struct HeadlineRequest: Sendable {
    public var dates = DateRange.all
    /// Only headlines (or decks) containing this query, e.g. "疫情".
    public var matching: String?
    public var limit: Int?

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
        if let matching = request.matching {
            var search = SearchRequest(query: matching)
            search.raw = false
            let expression = try matchExpression(for: search)
            clauses.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            arguments.append("{headline subheadlines} : (\(expression))")
        }
        var sql = """
            SELECT a.id, s.file_name AS source, a.publication_date, s.page, a.headline, a.subheadlines
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE \(clauses.joined(separator: " AND "))
            ORDER BY a.publication_date IS NULL, a.publication_date, s.file_name, a.position
            """
        if let limit = request.limit {
            sql += " LIMIT ?"
            arguments.append(limit)
        }
        return try runFTS {
            try read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    HeadlineRow(
                        id: row["id"], source: row["source"], publicationDate: row["publication_date"],
                        page: row["page"], headline: row["headline"], subheadlines: lines(row["subheadlines"]))
                }
            }
        }
    }
}

/// Splits a stored one-item-per-line field.
func lines(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
}
