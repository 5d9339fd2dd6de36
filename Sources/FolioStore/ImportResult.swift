import FolioIngest

/// What happened to one file in an import.
public enum ImportStatus: String, Sendable, Codable {
    /// New content, stored.
    case imported
    /// Same bytes as already stored (at this path or another); nothing written.
    case unchanged
    /// The path was stored with other bytes; its articles were replaced.
    case replaced
    /// The file could not be read as a page; nothing written.
    case rejected
}

/// What an import did with one file.
public struct ImportResult: Sendable {
    /// The file's absolute path, `.` and `..` resolved, as the archive
    /// records it in `sources.path`.
    public var path: String
    /// Whether the file was stored, skipped, replaced or rejected.
    public var status: ImportStatus
    /// Articles stored from the file; 0 when unchanged or rejected.
    public var articles: Int
    /// The encoding the file was decoded from; nil when it was not decoded.
    public var encoding: SourceEncoding?
    /// Why a file was rejected, or a note (e.g. "no article found on the page").
    public var message: String?

    /// Creates a result.
    public init(path: String, status: ImportStatus, articles: Int, encoding: SourceEncoding?, message: String?) {
        self.path = path
        self.status = status
        self.articles = articles
        self.encoding = encoding
        self.message = message
    }
}
