import GRDB

/// One imported file, as `folio export --sources` lists it.
public struct SourceRecord: Sendable, Equatable, Codable {
    /// The source row id (not an article id).
    public var id: Int64
    /// The absolute path of the file at import time, `.` and `..` resolved.
    public var path: String
    /// The last path component: what `source` shows in search, headline and
    /// article results.
    public var fileName: String
    /// The SHA-256 of the file's bytes, lowercase hex: the identity of its
    /// content. Importing the same bytes again writes nothing.
    public var sha256: String
    /// The file size in bytes.
    public var size: Int
    /// The encoding the file was decoded from: `utf-8`, `utf-8-bom`,
    /// `utf-16le`, `utf-16be` or `gb18030` (a `SourceEncoding` raw value).
    public var encoding: String
    /// When the import run that stored the file started, as an ISO 8601 UTC
    /// timestamp, e.g. `2026-11-29T12:42:47Z`. All files of one run share it.
    public var importedAt: String
    /// The page's publication date as `YYYY-MM-DD`; nil when unknown.
    public var publicationDate: String?
    /// The page label from the file name (`p01`, `_A05`) or manifest; nil when unknown.
    public var page: String?
    /// The newspaper's name, from the manifest; nil without one.
    public var paper: String?
    /// `imported`, or `no_articles` when the page yielded no article: such a
    /// file is recorded so it is reported, not silently lost.
    public var status: String
    /// The number of articles stored from this file.
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
