import FolioTokenizer
import GRDBSQLite

/// An in-memory SQLite database with the folio tokenizer registered, as the
/// app registers it: just enough of the C API for the checks. One per input,
/// so no state carries from one input to the next.
final class FTS5Database {
    private let connection: OpaquePointer

    init() throws(InvariantViolation) {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(":memory:", &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
              let connection else {
            sqlite3_close_v2(connection)
            throw InvariantViolation("cannot open an in-memory database")
        }
        self.connection = connection
        let code = FolioTokenizer.register(on: connection)
        try require(code == SQLITE_OK, "FolioTokenizer.register failed with \(code)")
    }

    deinit {
        sqlite3_close_v2(connection)
    }

    /// Runs one statement with text arguments and returns its rows, every
    /// column read as text (nil for NULL).
    @discardableResult
    func rows(_ sql: String, _ arguments: [String] = []) throws(InvariantViolation) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw InvariantViolation("cannot prepare \(sql): \(errorMessage)")
        }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (index, argument) in arguments.enumerated() {
            // With a terminating NUL, so that "" is an empty text, not NULL;
            // the explicit length keeps any NUL inside the argument.
            let bytes = Array(argument.utf8) + [0]
            let code = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(statement, Int32(index + 1), $0.baseAddress, Int32($0.count - 1), transient)
                }
            }
            try require(code == SQLITE_OK, "cannot bind argument \(index + 1) of \(sql): \(errorMessage)")
        }
        var rows: [[String?]] = []
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                rows.append((0..<sqlite3_column_count(statement)).map { column in
                    guard let text = sqlite3_column_text(statement, column) else { return nil }
                    let count = Int(sqlite3_column_bytes(statement, column))
                    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
                })
            case SQLITE_DONE:
                return rows
            default:
                throw InvariantViolation("\(sql) with \(arguments.map { debug($0) }) failed: \(errorMessage)")
            }
        }
    }

    private var errorMessage: String {
        String(cString: sqlite3_errmsg(connection))
    }
}

/// `text` as an FTS5 string: quoted, embedded quotes doubled.
func ftsString(_ text: String) -> String {
    var quoted = String.UnicodeScalarView(["\""])
    for scalar in text.unicodeScalars {
        quoted.append(scalar)
        if scalar == "\"" { quoted.append("\"") }
    }
    quoted.append("\"")
    return String(quoted)
}
