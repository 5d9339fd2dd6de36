import GRDB

/// Forward migrations between schema versions, keyed by the version they
/// start from. A new schema version adds its step here and bumps
/// `PRAGMA user_version` in schema.sql; a test replays every step from
/// version 1 and compares the result with a fresh schema.sql database.
enum Migrations {
    static let steps: [Int: @Sendable (Database) throws -> Void] = [:]

    /// Brings `db` from `version` up to `Schema.version`, one step at a time.
    static func migrate(_ db: Database, from version: Int) throws {
        var current = version
        while current < Schema.version {
            guard let step = steps[current] else {
                throw DatabaseError(message: "no migration from schema version \(current)")
            }
            try step(db)
            current += 1
            try db.execute(sql: "PRAGMA user_version = \(current)")
        }
    }
}
