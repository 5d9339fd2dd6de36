/// Errors about the archive file itself. Each reads as one line for the user.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case notAnArchive(path: String)
    case unreadable(path: String, reason: String)

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
