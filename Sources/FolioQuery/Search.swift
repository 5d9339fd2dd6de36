import FolioStore
import Foundation
import GRDB

/// How search results are ordered.
public enum SearchSort: String, Sendable, CaseIterable {
    /// Best bm25 score first, ties by newest publication date.
    case rank
    /// Oldest publication first.
    case date
    /// Newest publication first.
    case newest = "-date"
}

/// A full-text question.
public struct SearchRequest: Sendable {
    /// The user's query in Folio's query language (see `SearchQuery`).
    public var query: String
    /// Pass `query` to FTS5 MATCH as written (expert mode).
    public var raw = false
    /// The publication dates to search; all by default. Setting a bound leaves
    /// undated articles out.
    public var dates = DateRange.all
    /// A glob on the source file name, e.g. `rmrb_2020*`.
    public var sourceGlob: String?
    /// The order of the hits; best match first by default.
    public var sort = SearchSort.rank
    /// The maximum number of hits returned.
    public var limit = 20
    /// The number of hits skipped, for paging with `limit`.
    public var offset = 0
    /// Characters of context in a snippet.
    public var snippetLength = 80
    /// Marks put around each hit in the snippet.
    public var highlight = (open: "«", close: "»")

    /// Creates a request with the defaults: every date and source, ranked,
    /// 20 hits of 80-character snippets marked with `«` and `»`.
    public init(query: String) {
        self.query = query
    }
}

/// One matching article.
public struct SearchHit: Sendable, Equatable, Codable {
    /// The article id, as `folio show` takes it.
    public var id: Int64
    /// The file name (last path component) of the article's page.
    public var source: String
    /// The publication date as `YYYY-MM-DD`; nil when unknown.
    public var publicationDate: String?
    /// The page label (`p01`, `_A05`); nil when unknown.
    public var page: String?
    /// The headline as printed, without marks; nil when the article has none.
    public var headline: String?
    /// A window of the best-matching text with the hits marked.
    public var snippet: String
    /// Relevance: higher is better (the negated bm25 score).
    public var score: Double
}

/// bm25 column weights, in the order of articles_fts's columns: a hit in the
/// headline counts 10 times a hit in the body; decks and section heads 4 times.
public let searchColumnWeights = (headline: 10.0, subheadlines: 4.0, sectionHeads: 4.0, body: 1.0)

extension FolioArchive {
    /// Ranked full-text search.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let (filter, arguments) = try searchFilter(request)
        let w = searchColumnWeights
        let bm25 = "bm25(articles_fts, \(w.headline), \(w.subheadlines), \(w.sectionHeads), \(w.body))"
        func order(score: String) -> String {
            switch request.sort {
            case .rank: return "\(score) DESC, a.publication_date DESC, a.id"
            case .date: return "a.publication_date IS NULL, a.publication_date, a.id"
            case .newest: return "a.publication_date IS NULL, a.publication_date DESC, a.id"
            }
        }
        let open = Snippet.openMark, close = Snippet.closeMark
        // Rank first, then highlight only the page of results: SQLite would
        // otherwise evaluate highlight() for every match before sorting.
        let sql = """
            WITH top AS (
                SELECT articles_fts.rowid AS id, -\(bm25) AS score
                FROM articles_fts
                JOIN articles a ON a.id = articles_fts.rowid
                JOIN sources s ON s.id = a.source_id
                WHERE \(filter)
                ORDER BY \(order(score: "score"))
                LIMIT ? OFFSET ?
            )
            SELECT a.id, s.file_name AS source, a.publication_date, s.page, a.headline, top.score,
                   highlight(articles_fts, 0, '\(open)', '\(close)') AS marked_headline,
                   highlight(articles_fts, 1, '\(open)', '\(close)') AS marked_subheadlines,
                   highlight(articles_fts, 2, '\(open)', '\(close)') AS marked_section_heads,
                   highlight(articles_fts, 3, '\(open)', '\(close)') AS marked_body
            FROM top
            JOIN articles_fts ON articles_fts.rowid = top.id
            JOIN articles a ON a.id = top.id
            JOIN sources s ON s.id = a.source_id
            WHERE articles_fts MATCH ?
            ORDER BY \(order(score: "top.score"))
            """
        return try runFTS {
            try read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [request.limit, request.offset, arguments[0]])).map { row in
                    let candidates: [String?] = [row["marked_body"], row["marked_section_heads"], row["marked_subheadlines"], row["marked_headline"]]
                    let marked = candidates.compactMap { $0 }.first { $0.contains(open) } ?? (row["marked_body"] as String? ?? "")
                    return SearchHit(
                        id: row["id"], source: row["source"], publicationDate: row["publication_date"], page: row["page"],
                        headline: row["headline"],
                        snippet: Snippet.window(marked, length: request.snippetLength, open: request.highlight.open, close: request.highlight.close),
                        score: row["score"])
                }
            }
        }
    }

    /// The number of matching articles, ignoring limit and offset.
    public func count(_ request: SearchRequest) throws -> Int {
        let (filter, arguments) = try searchFilter(request)
        return try runFTS {
            try read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM articles_fts
                    JOIN articles a ON a.id = articles_fts.rowid
                    JOIN sources s ON s.id = a.source_id
                    WHERE \(filter)
                    """, arguments: StatementArguments(arguments)) ?? 0
            }
        }
    }

    func matchExpression(for request: SearchRequest) throws(QueryError) -> String {
        if request.raw {
            guard !request.query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyQuery(request.query) }
            return request.query
        }
        guard let expression = SearchQuery(parsing: request.query).matchExpression else { throw .emptyQuery(request.query) }
        return expression
    }

    private func searchFilter(_ request: SearchRequest) throws -> (String, [any DatabaseValueConvertible]) {
        var clauses = ["articles_fts MATCH ?"]
        var arguments: [any DatabaseValueConvertible] = [try matchExpression(for: request)]
        let dates = request.dates.condition(column: "a.publication_date")
        clauses.append(dates.sql)
        arguments += dates.arguments
        if let glob = request.sourceGlob {
            clauses.append("s.file_name GLOB ?")
            arguments.append(glob)
        }
        return (clauses.joined(separator: " AND "), arguments)
    }

    /// Turns FTS5 syntax errors (possible only with `raw`) into a user error.
    func runFTS<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError.badSyntax(error.message ?? "\(error)")
        }
    }
}
