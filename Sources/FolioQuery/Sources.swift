import GRDB

/// One imported file, as `folio export --sources` lists it.
public struct SourceRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var path: String
    public var fileName: String
    public var sha256: String
    public var size: Int
    public var encoding: String
    public var importedAt: String
    public var publicationDate: String?
    public var page: String?
    public var paper: String?
    public var status: String
    public var articles: Int
}

extension FolioArchive {
    /// Every imported file with its status and article count, by path.
    public func sources() throws -> [SourceRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS articles
                FROM sources s ORDER BY s.path
                """).map { row in
                SourceRecord(
                    id: row["id"], path: row["path"], fileName: row["file_name"], sha256: row["sha256"], size: row["size"],
                    encoding: row["encoding"], importedAt: row["imported_at"], publicationDate: row["publication_date"],
                    page: row["page"], paper: row["paper"], status: row["status"], articles: row["articles"])
            }
        }
    }
}
