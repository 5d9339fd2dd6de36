import GRDB

/// What an archive holds.
public struct ArchiveStats: Sendable, Equatable, Codable {
    public var sources: Int
    public var sourcesWithoutArticles: Int
    public var articles: Int
    public var dateMentions: Int
    public var firstPublicationDate: String?
    public var lastPublicationDate: String?
    public var undatedArticles: Int
    public var encodings: [String: Int]
    public var schemaVersion: Int
    public var tokenizerVersion: Int?
    public var databaseBytes: Int
    public var rawBytes: Int
}

extension FolioArchive {
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
