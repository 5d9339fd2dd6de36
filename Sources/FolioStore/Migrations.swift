import GRDB

/// Forward migrations between schema versions, keyed by the version they
/// start from. A new schema version adds its step here and bumps
/// `PRAGMA user_version` in schema.sql; a test replays every step from
/// version 1 and compares the result with a fresh schema.sql database.
enum Migrations {
    static let steps: [Int: @Sendable (Database) throws -> Void] = [
        1: positionlessIndex,
        2: deferrableIndexing,
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

    /// 2 → 3: the triggers on `articles` skip rows whose indexing the
    /// importer's transaction has deferred (`fts_pending_after` in
    /// `folio_meta`, see schema.sql), and FTS5's term buffer shrinks from
    /// 16 MB to 2 MB. The index itself is unchanged. Written out, like the
    /// step before it.
    @Sendable static func deferrableIndexing(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER articles_fts_insert;
            DROP TRIGGER articles_fts_delete;
            DROP TRIGGER articles_fts_update;
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
            WHEN NOT EXISTS (SELECT 1 FROM folio_meta WHERE key = 'fts_pending_after' AND new.id > CAST(value AS INTEGER))
            BEGIN
                INSERT INTO articles_fts (rowid, headline, subheadlines, section_heads, body, byline)
                VALUES (new.id, new.headline, new.subheadlines, new.section_heads, new.body, new.byline);
            END;

            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
            WHEN NOT EXISTS (SELECT 1 FROM folio_meta WHERE key = 'fts_pending_after' AND old.id > CAST(value AS INTEGER))
            BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, headline, subheadlines, section_heads, body, byline)
                VALUES ('delete', old.id, old.headline, old.subheadlines, old.section_heads, old.body, old.byline);
            END;

            CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles
            WHEN NOT EXISTS (SELECT 1 FROM folio_meta WHERE key = 'fts_pending_after' AND old.id > CAST(value AS INTEGER))
            BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, headline, subheadlines, section_heads, body, byline)
                VALUES ('delete', old.id, old.headline, old.subheadlines, old.section_heads, old.body, old.byline);
                INSERT INTO articles_fts (rowid, headline, subheadlines, section_heads, body, byline)
                VALUES (new.id, new.headline, new.subheadlines, new.section_heads, new.body, new.byline);
            END;
            INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 2097152);
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
