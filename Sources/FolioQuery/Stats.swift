import GRDB

/// What an archive holds.
public struct ArchiveStats: Sendable, Equatable, Codable {
    /// The number of imported files.
    public var sources: Int
    /// Imported files that yielded no article (status `no_articles`).
    public var sourcesWithoutArticles: Int
    /// The number of stored articles.
    public var articles: Int
    /// Date expressions stored, whether they resolved to a date or not.
    public var dateMentions: Int
    /// The earliest publication date, `YYYY-MM-DD`; nil when no article is dated.
    public var firstPublicationDate: String?
    /// The latest publication date, `YYYY-MM-DD`; nil when no article is dated.
    public var lastPublicationDate: String?
    /// Articles whose publication date is unknown; date filters leave them out.
    public var undatedArticles: Int
    /// The number of files per source encoding (`utf-8`, `gb18030`, …).
    public var encodings: [String: Int]
    /// The archive's schema version (`PRAGMA user_version`); see `Schema.version`.
    public var schemaVersion: Int
    /// The `folio` tokenizer version the full-text index was built with; nil
    /// when unrecorded. When it differs from `FolioTokenizer.version`, search
    /// may miss matches until `folio reindex` rebuilds the index.
    public var tokenizerVersion: Int?
    /// The size of the database file in bytes (page count × page size); the
    /// WAL file is not counted.
    public var databaseBytes: Int
    /// The total size in bytes of the imported files, to compare with `databaseBytes`.
    public var rawBytes: Int
}

extension FolioArchive {
    /// Counts and sizes of the whole archive, read in one transaction so the
    /// figures agree with each other.
    public func stats() throws -> ArchiveStats {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM sources) AS sources,
                       (SELECT count(*) FROM sources WHERE status = 'no_articles') AS empty_sources,
                       (SELECT coalesce(sum(size), 0) FROM sources) AS raw_bytes,
                       (SELECT count(*) FROM articles) AS articles,
                       (SELECT count(*) FROM date_mentions) AS mentions,
                       (SELECT min(publication_date) FROM articles) AS first_date,
                       (SELECT max(publication_date) FROM articles) AS last_date,
                       (SELECT count(*) FROM articles WHERE publication_date IS NULL) AS undated,
                       (SELECT value FROM folio_meta WHERE key = 'tokenizer_version') AS tokenizer_version
                """)!
            var encodings: [String: Int] = [:]
            for encodingRow in try Row.fetchAll(db, sql: "SELECT encoding, count(*) AS n FROM sources GROUP BY encoding") {
                encodings[encodingRow["encoding"]] = encodingRow["n"]
            }
            let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return ArchiveStats(
                sources: row["sources"], sourcesWithoutArticles: row["empty_sources"], articles: row["articles"],
                dateMentions: row["mentions"], firstPublicationDate: row["first_date"], lastPublicationDate: row["last_date"],
                undatedArticles: row["undated"], encodings: encodings,
                schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                tokenizerVersion: (row["tokenizer_version"] as String?).flatMap { Int($0) },
                databaseBytes: pageCount * pageSize, rawBytes: row["raw_bytes"])
        }
    }
}
