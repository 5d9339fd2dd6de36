import Foundation

/// The archive schema: the package's `schema.sql` (the single source of
/// truth), compiled in by the EmbedSchema build plugin.
public enum Schema {
    /// The full text of schema.sql.
    public static let sql: String = embeddedSchemaSQL

    /// The schema version this binary writes: the `PRAGMA user_version` in schema.sql.
    public static let version: Int = {
        for line in sql.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
            guard trimmed.hasPrefix("pragma user_version") else { continue }
            let digits = trimmed.drop { !$0.isNumber }.prefix { $0.isNumber }
            if let value = Int(digits) { return value }
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
