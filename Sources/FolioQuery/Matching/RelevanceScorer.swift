import Foundation
import GRDB

/// BM25-style relevance of a verified article, computed in Swift.
///
/// Why not FTS5's bm25(): with `detail=none` it sees only the candidate
/// expression, whose strings are single tokens, so it would count a
/// phrase's bigrams wherever they occur, not the phrase; and it finds even
/// those by re-tokenizing each article (about 15 µs an article on the
/// benchmark's machine, three times this scorer's cost). The search reads the
/// text of the articles it ranks anyway, to verify them, so it counts the
/// hits there with the same `TermPattern` that verified them:
///
///     score = Σ over positive terms t: idf(t) × Σ over columns c the term may match in:
///             weight(c) × tf(t, c) × (k1 + 1) / (tf(t, c) + k1 × (1 − b + b × length(c) / averageLength(c)))
///
/// per column (a hit in a short headline counts more than one in a long
/// body), weighted by `searchColumnWeights`. `idf(t) = ln(1 + (N − n + 0.5) /
/// (n + 0.5))` with N the indexed articles and n the articles holding the
/// term's candidate tokens (its exact count for a term of one token; a
/// slight overcount otherwise, which makes the weight slightly smaller).
/// Lengths are token positions, as FTS5 records them.
struct RelevanceScorer {
    static let k1 = 1.2
    static let b = 0.75

    let terms: [TermPattern]
    let idf: [Double]
    let averageLength: [Double]
    let scope: ColumnSet

    /// Reads the index statistics and the document count of each term.
    init(terms: [TermPattern], scope: ColumnSet = .all, db: Database) throws {
        let statistics = try IndexStatistics(db)
        let n = Double(statistics.rowCount)
        self.terms = terms
        self.scope = scope
        idf = try terms.map { term in
            let count = Double(try Self.articleCount(of: term, db: db))
            return log(1 + (n - count + 0.5) / (count + 0.5))
        }
        averageLength = SearchColumn.allCases.map { column in
            n > 0 ? max(Double(statistics.columnTokens[column.rawValue]) / n, 1) : 1
        }
    }

    /// The number of articles whose index holds `term`'s candidate tokens.
    ///
    /// A term that is one index token is looked up in FTS5's vocabulary
    /// (`temp.folio_vocabulary`, see `Archive`), which counts its postings
    /// inside FTS5; `count(*) … MATCH` steps through them row by row, which
    /// for the commonest characters (in 95% of articles) was 2.1 of a
    /// search's 5 ms (1.2 ms through the vocabulary).
    static func articleCount(of term: TermPattern, db: Database) throws -> Int {
        if let token = term.indexToken {
            let statement = try db.cachedStatement(sql: "SELECT doc FROM temp.folio_vocabulary WHERE term = ?")
            return try Int.fetchOne(statement, arguments: [token]) ?? 0
        }
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"),
            arguments: [term.candidateClause]) ?? 0
    }

    func score(_ texts: ColumnTexts) -> Double {
        var score = 0.0
        for (term, idf) in zip(terms, idf) {
            for column in term.columns.intersection(scope).columns {
                guard let text = texts[column] else { continue }
                let tf = Double(term.count(in: text))
                guard tf > 0 else { continue }
                let norm = 1 - Self.b + Self.b * Double(text.positionCount) / averageLength[column.rawValue]
                score += idf * column.weight * tf * (Self.k1 + 1) / (tf + Self.k1 * norm)
            }
        }
        return score
    }
}

/// What FTS5 keeps about the whole index: the number of rows and the total
/// token count of each column (its "averages" record, rowid 1 of
/// `articles_fts_data`: SQLite varints, the row count, then one total per
/// column). Reading it costs one page; counting would scan the table.
struct IndexStatistics {
    var rowCount: Int64 = 0
    var columnTokens: [Int64] = Array(repeating: 0, count: SearchColumn.allCases.count)

    init(_ db: Database) throws {
        guard let block = try Data.fetchOne(db, sql: "SELECT block FROM articles_fts_data WHERE id = 1") else { return }
        let bytes = [UInt8](block)
        var offset = 0
        func varint() -> Int64? {
            var value: UInt64 = 0
            for k in 0 ..< 9 {
                guard offset < bytes.count else { return nil }
                let byte = bytes[offset]
                offset += 1
                if k == 8 { return Int64(bitPattern: value << 8 | UInt64(byte)) }
                value = value << 7 | UInt64(byte & 0x7F)
                if byte & 0x80 == 0 { return Int64(bitPattern: value) }
            }
            return nil
        }
        rowCount = varint() ?? 0
        for column in SearchColumn.allCases {
            columnTokens[column.rawValue] = varint() ?? 0
        }
    }
}
