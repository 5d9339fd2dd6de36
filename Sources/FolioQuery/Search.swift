import FolioStore
import Foundation
import GRDB

/// How search results are ordered.
public enum SearchSort: String, Sendable, CaseIterable {
    /// Best score first (`RelevanceScorer`); ties, the most recently imported first. Past
    /// `SearchRequest.rankWindow` matches, see there.
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
    /// With `sort == .rank`, at most this many matches (after the date and
    /// source filters) are scored: the most recently imported ones, which
    /// come first, best score first; the others follow, most recently
    /// imported first. nil scores every match.
    ///
    /// Why: a score needs the article's text (the index has no positions,
    /// see `RelevanceScorer`), about 4.5 µs an article on the benchmark's
    /// machine, so a single common character ("的" in 60% of articles)
    /// would cost hundreds of milliseconds on a 100 MB archive, while its
    /// scores hardly differ (its inverse document frequency is near zero).
    /// Queries matching fewer articles than the window, most words, are
    /// ranked whole. 200 keeps the slowest query kinds of the medium
    /// benchmark (common characters, common words, AND) under the 5 ms
    /// target at p95 with room for a busy machine: on session 5's machine
    /// single characters took 3.3–3.4 ms at p95 with 200 and 4.0 ms with 300
    /// when idle, and 300 reached 5.1 ms in one benchmark run (500: 4.3–4.9
    /// ms; 1,000: 5.6–6.9 ms in earlier runs).
    public var rankWindow: Int? = SearchRequest.defaultRankWindow
    /// The default `rankWindow`.
    public static let defaultRankWindow = 200

    /// Whether a date or source filter narrows the matches.
    var isFiltered: Bool { sourceGlob != nil || dates != .all }

    /// Creates a request with the defaults: every date and source, ranked,
    /// 20 hits of 80-character snippets marked with `«` and `»`.
    public init(query: String) {
        self.query = query
    }
}

extension SearchRequest {
    /// The WHERE clauses of a request over `articles_fts` joined with
    /// `articles a` (and `sources s` when a source glob is set): the MATCH,
    /// the date range and the source glob.
    func filterClauses(expression: String) -> (clauses: [String], arguments: [any DatabaseValueConvertible]) {
        var clauses = ["articles_fts MATCH ?"]
        var arguments: [any DatabaseValueConvertible] = [expression]
        let dates = self.dates.condition(column: "a.publication_date")
        clauses.append(dates.sql)
        arguments += dates.arguments
        if let sourceGlob {
            clauses.append("s.file_name GLOB ?")
            arguments.append(sourceGlob)
        }
        return (clauses, arguments)
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
    /// Relevance: higher is better (`RelevanceScorer`; for raw queries the
    /// negated bm25 score).
    public var score: Double
}

/// Ranking column weights, in the order of articles_fts's columns: a hit in the
/// headline counts 10 times a hit in the body; decks and section heads 4 times;
/// the byline (reporters, dateline places) as much as the body.
public let searchColumnWeights = (headline: 10.0, subheadlines: 4.0, sectionHeads: 4.0, body: 1.0, byline: 1.0)

extension FolioArchive {
    /// Ranked full-text search.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let compiled = try compile(request)
        let ranked = try runFTS { try read { db in try pageOfHits(request, compiled, db: db) } }
        guard !ranked.isEmpty else { return [] }
        let open = Snippet.openMark, close = Snippet.closeMark
        // Only the page of results is read and marked.
        let rows: [Row]
        let marker: HitMarker?
        if let query = compiled.query {
            marker = HitMarker(terms: query.matcher.positiveTerms)
            rows = try read { db in
                let statement = try db.cachedStatement(sql: """
                    SELECT a.id, s.file_name AS source, a.publication_date, s.page, a.headline,
                           a.headline AS headline_text, a.subheadlines, a.section_heads, a.body, a.byline
                    FROM articles a JOIN sources s ON s.id = a.source_id
                    WHERE a.id = ?
                    """)
                return try ranked.compactMap { hit in try Row.fetchOne(statement, arguments: [hit.id]) }
            }
        } else {
            // Expert syntax has no terms Folio knows: FTS5 marks its own
            // matches, one article at a time (`rowid = ?` seeks each term's
            // postings to that article; with `detail=none` highlight()
            // re-tokenizes that one article to find positions).
            marker = nil
            rows = try runFTS {
                try read { db in
                    let statement = try db.cachedStatement(sql: """
                        SELECT a.id, s.file_name AS source, a.publication_date, s.page, a.headline,
                               highlight(articles_fts, 0, '\(open)', '\(close)') AS headline_text,
                               highlight(articles_fts, 1, '\(open)', '\(close)') AS subheadlines,
                               highlight(articles_fts, 2, '\(open)', '\(close)') AS section_heads,
                               highlight(articles_fts, 3, '\(open)', '\(close)') AS body,
                               highlight(articles_fts, 4, '\(open)', '\(close)') AS byline
                        FROM articles_fts
                        JOIN articles a ON a.id = articles_fts.rowid
                        JOIN sources s ON s.id = a.source_id
                        WHERE articles_fts MATCH ? AND articles_fts.rowid = ?
                        """)
                    return try ranked.compactMap { hit in try Row.fetchOne(statement, arguments: [compiled.expression, hit.id]) }
                }
            }
        }
        var byID: [Int64: Row] = [:]
        for row in rows { byID[row["id"]] = row }
        return ranked.compactMap { id, score in
            guard let row = byID[id] else { return nil }
            // The snippet comes from the first field with a hit, body first.
            let fields: [(column: SearchColumn, text: String?)] = [
                (.body, row["body"]), (.sectionHeads, row["section_heads"]), (.subheadlines, row["subheadlines"]),
                (.headline, row["headline_text"]), (.byline, row["byline"]),
            ]
            var marked: String?
            for (column, text) in fields {
                guard let text else { continue }
                if let marker {
                    marked = marker.mark(text, column: column, open: open, close: close)
                } else if text.contains(open) {
                    marked = text
                }
                if marked != nil { break }
            }
            return SearchHit(
                id: id, source: row["source"], publicationDate: row["publication_date"], page: row["page"],
                headline: row["headline"],
                snippet: Snippet.window(marked ?? (row["body"] as String? ?? ""), length: request.snippetLength,
                                        open: request.highlight.open, close: request.highlight.close),
                score: score)
        }
    }

    /// The ids and scores of one page of hits, in order.
    private func pageOfHits(_ request: SearchRequest, _ compiled: CompiledSearch, db: Database) throws -> [(id: Int64, score: Double)] {
        var request = request
        // A negative limit is no limit (as SQLite's LIMIT -1); a negative offset none.
        if request.limit < 0 { request.limit = Int.max }
        request.offset = max(request.offset, 0)
        guard request.limit > 0 else { return [] }
        guard let query = compiled.query else { return try rawPageOfHits(request, expression: compiled.expression, db: db) }
        let scan = CandidateScan(request: request, query: query, expression: compiled.expression)
        let scorer = try RelevanceScorer(terms: query.matcher.positiveTerms, db: db)
        let end = request.offset.addingReportingOverflow(request.limit).overflow ? Int.max : request.offset + request.limit
        var hits: [(id: Int64, score: Double)] = []
        if request.sort == .rank {
            // The newest matches first, as many as the window and the page need.
            let window = request.rankWindow.map { min(max($0, 1), Int.max - 1) }
            let needed = window.map { max($0 + 1, end) } ?? Int.max
            try scan.forEachMatch(order: .newestImported, limit: needed, db: db) { row, texts in
                hits.append((row[0], scorer.score(texts)))
                return hits.count < needed
            }
            let ranked = min(window ?? Int.max, hits.count)
            hits[..<ranked].sort { ($0.score, $0.id) > ($1.score, $1.id) }
        } else {
            let order = request.sort == .date
                ? "a.publication_date IS NULL, a.publication_date, a.id"
                : "a.publication_date IS NULL, a.publication_date DESC, a.id"
            try scan.forEachMatch(order: .sorted(by: order), limit: end, db: db) { row, texts in
                hits.append((row[0], scorer.score(texts)))
                return hits.count < end
            }
        }
        return Array(hits.dropFirst(min(request.offset, hits.count)).prefix(request.limit))
    }

    /// A page of a raw (expert) query: FTS5's own bm25(), which with
    /// `detail=none` re-tokenizes each article it scores — tolerable within
    /// the rank window, slow without one.
    private func rawPageOfHits(_ request: SearchRequest, expression: String, db: Database) throws -> [(id: Int64, score: Double)] {
        let matches = self.matches(request, expression: expression, joined: request.sort != .rank || request.isFiltered)
        if request.sort == .rank { return try rankedInWindow(matches, request: request, db: db) }
        let order = request.sort == .date
            ? "a.publication_date IS NULL, a.publication_date, a.id"
            : "a.publication_date IS NULL, a.publication_date DESC, a.id"
        let sql = """
            SELECT articles_fts.rowid AS id, -\(bm25) AS score
            FROM \(matches.from)
            WHERE \(matches.filter)
            ORDER BY \(order)
            LIMIT ? OFFSET ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(matches.arguments + [request.limit, request.offset]))
            .map { ($0["id"], $0["score"]) }
    }

    private var bm25: String {
        let w = searchColumnWeights
        return "bm25(articles_fts, \(w.headline), \(w.subheadlines), \(w.sectionHeads), \(w.body), \(w.byline))"
    }

    /// Ranking within `rankWindow` for raw queries: one pass reads the
    /// `rankWindow + 1` most recently imported matches (highest rowids) with
    /// their scores and stops; if there are more, the window is ranked and
    /// the others follow, highest rowid first.
    private func rankedInWindow(_ matches: Matches, request: SearchRequest, db: Database) throws -> [(id: Int64, score: Double)] {
        func fetch(_ sql: String, _ extra: [any DatabaseValueConvertible]) throws -> [(id: Int64, score: Double)] {
            let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(matches.arguments + extra))
            var result: [(id: Int64, score: Double)] = []
            while let row = try rows.next() { result.append((row[0], row[1])) }
            return result
        }
        let select = "SELECT articles_fts.rowid, -\(bm25) AS score FROM \(matches.from) WHERE \(matches.filter)"
        guard let window = request.rankWindow.map({ min(max($0, 1), Int.max - 1) }) else {
            return try fetch(select + " ORDER BY score DESC, articles_fts.rowid DESC LIMIT ? OFFSET ?", [request.limit, request.offset])
        }
        // Saturating: `--limit` may be as large as Int.max.
        let (sum, overflow) = request.offset.addingReportingOverflow(request.limit)
        let end = overflow ? Int.max : sum
        let newest = try fetch(select + " ORDER BY articles_fts.rowid DESC LIMIT ?", [window + 1])
        let ranked = newest.prefix(window).sorted { ($0.score, $0.id) > ($1.score, $1.id) }
        var hits = Array(ranked.dropFirst(min(request.offset, ranked.count)).prefix(max(min(end, ranked.count) - request.offset, 0)))
        if newest.count > window, end > window {
            hits += try fetch(select + " AND articles_fts.rowid < ? ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?",
                              [newest[window - 1].id, end - max(request.offset, window), max(request.offset - window, 0)])
        }
        return hits
    }

    /// The number of matching articles, ignoring limit and offset.
    public func count(_ request: SearchRequest) throws -> Int {
        let compiled = try compile(request)
        return try runFTS {
            try read { db in
                if let query = compiled.query, !query.isExact {
                    var count = 0
                    try CandidateScan(request: request, query: query, expression: compiled.expression)
                        .forEachMatch(order: .any, limit: Int.max, db: db) { _, _ in count += 1; return true }
                    return count
                }
                let matches = self.matches(request, expression: compiled.expression, joined: request.isFiltered)
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(matches.from) WHERE \(matches.filter)",
                                        arguments: StatementArguments(matches.arguments)) ?? 0
            }
        }
    }

    /// The MATCH expression of a request (raw, or the candidates of a parsed
    /// query), and the parsed query unless it is raw.
    func compile(_ request: SearchRequest) throws(QueryError) -> CompiledSearch {
        if request.raw {
            guard !request.query.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyQuery(request.query) }
            return CompiledSearch(expression: request.query, query: nil)
        }
        let query = SearchQuery(parsing: request.query)
        guard let expression = query.matchExpression else { throw .emptyQuery(request.query) }
        return CompiledSearch(expression: expression, query: query)
    }

    /// Where a raw request's matches come from: the full-text index alone,
    /// or joined with articles and sources (for filters and date order).
    private struct Matches {
        var from: String
        var filter: String
        var arguments: [any DatabaseValueConvertible]
    }

    private func matches(_ request: SearchRequest, expression: String, joined: Bool) -> Matches {
        guard joined else { return Matches(from: "articles_fts", filter: "articles_fts MATCH ?", arguments: [expression]) }
        let filter = request.filterClauses(expression: expression)
        return Matches(from: "articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN sources s ON s.id = a.source_id",
                       filter: filter.clauses.joined(separator: " AND "), arguments: filter.arguments)
    }

    /// Turns FTS5 errors (possible only with `raw`: syntax, or what
    /// `detail=none` refuses — phrases, NEAR, column filters) into a user error.
    func runFTS<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw QueryError.badSyntax(error.message ?? "\(error)")
        }
    }
}

/// A request's MATCH expression, and its parsed query unless it is raw.
struct CompiledSearch {
    var expression: String
    var query: SearchQuery?
}
