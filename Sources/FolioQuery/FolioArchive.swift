import FolioStore
import Foundation
import GRDB

/// A Folio archive opened for questions: full-text search, headlines,
/// dates. Every method returns typed values and never prints.
///
/// ```swift
/// let folio = try FolioArchive(path: "folio.db")
/// for hit in try folio.search(SearchRequest(query: "疫情")) {
///     print(hit.headline ?? "", hit.snippet)
/// }
/// ```
public final class FolioArchive: Sendable {
    /// The underlying store; `archive.database` is a GRDB connection.
    public let archive: Archive

    /// Opens an existing archive read-only. Throws `ArchiveError.missing`
    /// rather than creating a file.
    public init(path: String) throws {
        archive = try Archive(path: path, mode: .readOnly)
    }

    /// Wraps an archive that is already open (for example read-write).
    public init(archive: Archive) {
        self.archive = archive
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try archive.database.read(body)
    }
}
