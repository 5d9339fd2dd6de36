/// Why a file's bytes could not be read as a page. Each case reads as one
/// clear sentence for the user.
public enum DecodingFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// No bytes, or only whitespace.
    case empty
    /// NUL bytes or control characters: not a text file.
    case binary(offset: Int)
    /// Neither valid UTF-8 nor valid GB18030; `offset` is the first bad byte.
    case invalid(offset: Int, detail: String)

    public var description: String {
        switch self {
        case .empty:
            return "file is empty or contains only whitespace"
        case .binary(let offset):
            return "binary data (control byte at offset \(offset)), not a text page"
        case .invalid(let offset, let detail):
            return "invalid text at byte offset \(offset): \(detail)"
        }
    }
}
