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

public struct ImportResult: Sendable {
    public var path: String
    public var status: ImportStatus
    public var articles: Int
    public var encoding: SourceEncoding?
    /// Why a file was rejected, or a note (e.g. "no article found on the page").
    public var message: String?

    public init(path: String, status: ImportStatus, articles: Int, encoding: SourceEncoding?, message: String?) {
        self.path = path
        self.status = status
        self.articles = articles
        self.encoding = encoding
        self.message = message
    }
}
