import GRDB

/// Full-text indexing of the articles a write transaction inserts, done by
/// one statement before it commits instead of by a trigger per article.
///
/// An INSERT that fires a trigger opens a statement savepoint, and FTS5 in
/// SQLite 3.40 writes its pending terms out at every savepoint: indexed row by
/// row, each article became an index segment of its own, and merging them was
/// half of an import's writing (6,000 pages: 7.7 s of writing row by row,
/// 4.0 s deferred). schema.sql's triggers skip the rows above the mark set
/// here; see the comment there.
enum DeferredIndexing {
    /// Runs `body` with the indexing of articles it inserts deferred, then
    /// indexes them. Call inside a write transaction; if `body` throws, the
    /// transaction must be rolled back (the mark goes with it).
    static func run<T>(in db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: """
            INSERT INTO folio_meta (key, value)
            SELECT 'fts_pending_after', coalesce(max(id), 0) FROM articles
            """)
        let result = try body()
        // AUTOINCREMENT: every article inserted since has an id above the mark.
        try db.execute(sql: """
            INSERT INTO articles_fts (rowid, headline, subheadlines, section_heads, body, byline)
            SELECT id, headline, subheadlines, section_heads, body, byline FROM articles
            WHERE id > (SELECT CAST(value AS INTEGER) FROM folio_meta WHERE key = 'fts_pending_after');
            DELETE FROM folio_meta WHERE key = 'fts_pending_after';
            """)
        return result
    }
}
