import Foundation

/// The archive schema: the package's `schema.sql` (the single source of
/// truth), compiled in by the EmbedSchema build plugin.
public enum Schema {
    /// The full text of schema.sql.
    public static let sql: String = embeddedSchemaSQL

    /// The schema version this binary writes: the `PRAGMA user_version` in schema.sql.
    ///
    /// Read on every open, so the lines are scanned as ASCII bytes: trimming
    /// and lowercasing each line as a `String` was a measurable share of a
    /// `folio search` process.
    public static let version: Int = {
        let key = Array("pragma user_version".utf8)
        for line in sql.utf8.split(separator: UInt8(ascii: "\n")) {
            let statement = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            let lowered = statement.lazy.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
            guard statement.count > key.count, lowered.starts(with: key) else { continue }
            let digits = statement.dropFirst(key.count).drop { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                .prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            if let value = Int(String(decoding: digits, as: UTF8.self)) { return value }
        }
        fatalError("schema.sql sets no PRAGMA user_version")
    }()

    /// The PRAGMA statements schema.sql sets before its first table (such as
    /// `auto_vacuum`): they shape the file itself, so they must run on a new
    /// file before GRDB switches it to WAL, which fixes them for good.
    public static let filePragmas: [String] = {
        var pragmas: [String] = []
        for line in sql.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.uppercased().hasPrefix("CREATE") { break }
            if trimmed.uppercased().hasPrefix("PRAGMA") && !trimmed.lowercased().contains("user_version") {
                pragmas.append(trimmed)
            }
        }
        return pragmas
    }()
}
