/// Errors about the archive file itself. Each reads as one line for the user.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// No file at `path` to open read-only; reading never creates an archive.
    case missing(path: String)
    /// The archive was written by a newer folio: its schema version `found`
    /// is above `supported`, the version this binary knows.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file is not a Folio archive: an SQLite database without Folio's
    /// tables, or (opened read-only) not an SQLite database at all.
    case notAnArchive(path: String)
    /// SQLite could not open the file, or an older archive was opened
    /// read-only and needs migrating first; `reason` says which.
    case unreadable(path: String, reason: String)

    /// The message for the user, on one line.
    public var description: String {
        switch self {
        case .missing(let path):
            return "no archive at \(path) (run `folio import` first, or pass --db)"
        case .newerSchema(let path, let found, let supported):
            return "\(path) has schema version \(found), newer than this folio supports (\(supported)); upgrade folio"
        case .notAnArchive(let path):
            return "\(path) is not a Folio archive"
        case .unreadable(let path, let reason):
            return "cannot open \(path): \(reason)"
        }
    }
}
