import FolioTokenizer
import GRDB
import GRDBSQLite

/// The articles matching a parsed query, read with the text of the columns
/// its terms search, in a given order.
///
/// The index gives candidates (see `SearchQuery`); when they are not exact,
/// each is checked by `QueryMatcher` on its stored text before it counts.
/// Candidates are read lazily, so a caller that needs the first few matches
/// (a page, a rank window) stops early and reads no more text than that.
struct CandidateScan {
    /// The order matches are visited in.
    enum Order {
        /// Whatever order the index gives (for counting).
        case any
        /// Most recently imported first: the index's own rowid order, so
        /// one pass joins each candidate's text as it comes.
        case newestImported
        /// An ORDER BY over `articles a`, sorted by SQLite before any text is read.
        case sorted(by: String)
    }

    let request: SearchRequest
    let query: SearchQuery
    let expression: String
    /// Where terms may match; `folio headlines --matching` narrows it.
    var scope = ColumnSet.all
    /// More columns of `articles a` for the caller, after the id and the five texts.
    var extraColumns: [String] = []

    private var columnsRead: ColumnSet { query.matcher.columnsRead(in: scope) }

    /// The five searchable columns for a SELECT list, NULL where not read.
    private var textColumns: String {
        SearchColumn.allCases.map { columnsRead.contains($0) ? "a.\($0.name)" : "NULL" }.joined(separator: ", ")
    }

    /// Calls `body` with each matching article's row (the id, the five
    /// texts, `extraColumns`) and folded column texts, in `order`, until
    /// `body` returns false. `limit` bounds the matches needed, so that exact
    /// queries can stop in SQL.
    func forEachMatch(order: Order, limit: Int, db: Database,
                      _ body: (Row, ColumnTexts) throws -> Bool) throws {
        let verify = !query.matcher.isExact(in: scope)
        var from = "articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid"
        if request.sourceGlob != nil { from += " CROSS JOIN sources s ON s.id = a.source_id" }
        var (clauses, arguments) = request.filterClauses(expression: expression)
        var tail: String
        switch order {
        case .any: tail = ""
        case .newestImported: tail = " ORDER BY articles_fts.rowid DESC"
        case .sorted(let columns): tail = " ORDER BY \(columns)"
        }
        if !verify, limit < Int.max {
            tail += " LIMIT ?"
            arguments.append(limit)
        }
        let filter = clauses.joined(separator: " AND ")
        let read = columnsRead
        let select = "a.id, " + textColumns + extraColumns.map { ", " + $0 }.joined()

        /// The current row of `statement`: its texts are read in place
        /// (`sqlite3_column_text`), with no copy and no `String`.
        func visit(_ row: Row, of statement: Statement) throws -> Bool {
            var texts = ColumnTexts()
            let sqliteStatement = statement.sqliteStatement
            for column in read.columns {
                let index = Int32(1 + column.rawValue)
                guard let text = sqlite3_column_text(sqliteStatement, index) else { continue }
                let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index)))
                texts[column] = FolioTokenizer.FoldedText(utf8: bytes, offsets: false)
            }
            if verify, !query.matcher.matches(texts, in: scope) { return true }
            return try body(row, texts)
        }

        if case .sorted = order {
            // Sorted by SQLite: ids first (sorting the text along would copy it), then text per id.
            let ids = try Int64.fetchAll(db, sql: "SELECT a.id FROM \(from) WHERE \(filter)\(tail)",
                                         arguments: StatementArguments(arguments))
            let statement = try db.cachedStatement(sql: "SELECT \(select) FROM articles a WHERE a.id = ?")
            for id in ids {
                let rows = try Row.fetchCursor(statement, arguments: [id])
                guard let row = try rows.next() else { continue }
                guard try visit(row, of: statement) else { return }
            }
        } else {
            // The index gives this order itself: one pass, text joined per candidate.
            let statement = try db.cachedStatement(sql: "SELECT \(select) FROM \(from) WHERE \(filter)\(tail)")
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                guard try visit(row, of: statement) else { return }
            }
        }
    }
}
