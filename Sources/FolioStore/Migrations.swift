import GRDB

/// Forward migrations between schema versions, keyed by the version they
/// start from. A new schema version adds its step here and bumps
/// `PRAGMA user_version` in schema.sql; a test replays every step from
/// version 1 and compares the result with a fresh schema.sql database.
enum Migrations {
    static let steps: [Int: @Sendable (Database) throws -> Void] = [
        1: positionlessIndex,
    ]

    /// 1 → 2: `articles_fts` with `detail = none` (see schema.sql): the index
    /// is dropped and rebuilt from `articles` with the same columns, tokenizer
    /// and tuning. The triggers belong to `articles` and stay as they are.
    /// The old index's pages (two thirds of the file) go back to the file
    /// system at once.
    /// Written out rather than read from schema.sql, so that this step keeps
    /// meaning version 2 when the schema moves on.
    @Sendable static func positionlessIndex(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                headline, subheadlines, section_heads, body, byline,
                content = 'articles', content_rowid = 'id',
                tokenize = 'folio', detail = none
            );
            INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
            INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
            INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
            PRAGMA incremental_vacuum;
            """)
    }

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
