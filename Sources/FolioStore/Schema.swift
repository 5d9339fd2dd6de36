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
}
