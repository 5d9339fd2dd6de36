-- Folio archive schema: the single source of truth.
--
-- Folio applies this file as written to a new archive (see FolioStore/Schema.swift),
-- and a test proves that a fresh database's sqlite_master matches it.
-- `PRAGMA user_version` below is the schema version; a later version adds a
-- forward migration in FolioStore/Migrations.swift and bumps the number here.
--
-- Conventions:
-- * Dates are ISO 8601 text: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; when the year
--   is unknown, '--MM-DD' or '--MM'.
-- * List fields (subheadlines, section_heads, pull_quotes) and paragraphs are
--   stored as text with one item per line ("\n" between items); no item
--   contains a newline. Text is stored as written: Chinese punctuation is kept.
-- * articles_fts uses the custom tokenizer `folio` (CJK single characters and
--   bigrams, lowercase Latin words, width and traditional→simplified folding)
--   and keeps no positions (detail = none, see there). The folio binary
--   registers it on every connection; the sqlite3 shell gets it, with the SQL
--   functions folio_query() and folio_contains(), with
--   `.load path/to/libFolioTokenizer`. Ordinary tables need no extension.

-- Full-text merges free many pages during a large import; incremental
-- auto-vacuum lets `folio import` hand them back to the file system at the end
-- of a run without rewriting the archive. (Must precede the first table.)
PRAGMA auto_vacuum = INCREMENTAL;

-- One row per imported file. The sha256 of its bytes is the identity of its
-- content: re-importing an unchanged file is a no-op, a changed one replaces
-- the articles of its path.
CREATE TABLE sources (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    path             TEXT    NOT NULL UNIQUE,   -- absolute path at import time
    file_name        TEXT    NOT NULL,          -- last path component
    sha256           TEXT    NOT NULL,          -- lowercase hex of the file's bytes
    size             INTEGER NOT NULL,          -- bytes
    encoding         TEXT    NOT NULL,          -- utf-8, utf-8-bom, utf-16le, utf-16be, gb18030
    imported_at      TEXT    NOT NULL,          -- ISO 8601 UTC timestamp
    publication_date TEXT,                      -- YYYY-MM-DD, or NULL when unknown
    page             TEXT,                      -- page label from the file name or manifest
    paper            TEXT,                      -- newspaper name from the manifest
    status           TEXT    NOT NULL           -- 'imported', or 'no_articles' when the page yielded none
        CHECK (status IN ('imported', 'no_articles'))
);
CREATE INDEX sources_sha256 ON sources(sha256);

-- One row per article recovered from a page.
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, so an id always names one article
    source_id        INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,          -- 1-based order of the article on its page
    publication_date TEXT,                      -- YYYY-MM-DD, copied from the source
    headline         TEXT,                      -- NULL when the page gave none
    subheadlines     TEXT    NOT NULL DEFAULT '', -- kicker (引题) first, then deck (副题); one per line
    byline           TEXT,                      -- byline or dateline, e.g. 新华社北京7月1日电（记者 王晓明）
    section_heads    TEXT    NOT NULL DEFAULT '', -- in-article heads, one per line
    pull_quotes      TEXT    NOT NULL DEFAULT '', -- display lines repeating the body, one per line
    body             TEXT    NOT NULL,          -- paragraphs, one per line
    UNIQUE (source_id, position)
);
CREATE INDEX articles_publication_date ON articles(publication_date);

-- Every date expression in an article's headline or body.
CREATE TABLE date_mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field       TEXT    NOT NULL CHECK (field IN ('headline', 'body')),
    start       INTEGER NOT NULL,               -- offset in characters (Unicode scalars) into the field
    length      INTEGER NOT NULL,               -- length in characters
    text        TEXT    NOT NULL,               -- the expression as written, e.g. 3月 25日
    date        TEXT,                           -- resolved date (see conventions), NULL when unresolvable
    granularity TEXT    NOT NULL CHECK (granularity IN ('day', 'month', 'year'))
);
CREATE INDEX date_mentions_article ON date_mentions(article_id);
CREATE INDEX date_mentions_date ON date_mentions(date);

-- Archive-wide settings, e.g. ('tokenizer_version', '1'); see also the
-- triggers on articles for ('fts_pending_after', N).
CREATE TABLE folio_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text index over the searchable text of articles (the byline too, so
-- that reporters and dateline places can be found). External content: the
-- text is stored once, in `articles`; the triggers below keep it in step.
--
-- detail = none: the index records which articles hold each token, not
-- where. Why: positions of every character and bigram were two thirds of the
-- archive (4.3 times the raw text with them, 2.3 times without), and imports
-- write less. What it costs: FTS5 itself refuses a query string of two or
-- more tokens (a phrase; also a CJK word, which is its bigrams and its last
-- character), NEAR and column filters (`headline : …`), and bm25() and
-- highlight() re-tokenize every article they look at. So a MATCH finds
-- *candidates*: each string must be one token — one character, one Latin
-- word, or one bigram written with the tokenizer's bigrams-only marker — and
-- a word of n characters is the AND of its n−1 bigrams, which every article
-- containing it matches, along with some that hold the bigrams apart
-- (防控疫情 for 疫情防控). Folio checks candidates on the stored text
-- (FolioQuery/Matching) and ranks them in Swift. libFolioTokenizer adds two
-- SQL functions that do the same in the sqlite3 shell: folio_query(text),
-- the candidate expression for a word or phrase, and folio_contains(text,
-- phrase), the exact check of one column:
--   SELECT a.id, a.headline FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
--   WHERE articles_fts MATCH folio_query('疫情防控')
--     AND (folio_contains(a.headline, '疫情防控') OR folio_contains(a.body, '疫情防控'));
-- columnsize stays on: articles_fts_docsize gives `folio doctor` its row count.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, subheadlines, section_heads, body, byline,
    content = 'articles', content_rowid = 'id',
    tokenize = 'folio', detail = none
);

-- Index tuning for bulk imports (stored in articles_fts_config): a 2 MB
-- in-memory term buffer (FTS5 sorts its terms at every flush; a buffer that
-- fits a core's cache sorts them fastest: 16 MB took 60% longer) and merging
-- 16 segments at a time instead of the default 4; see README.md, Performance.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 2097152);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);

-- The triggers keep articles_fts in step with articles, except for rows
-- whose indexing a write transaction has deferred: inside its transaction,
-- Folio's importer sets ('fts_pending_after', N), inserts articles with ids
-- above N, indexes them all with one INSERT … SELECT and deletes the row
-- before it commits, so the row is never seen by other connections. Why: an
-- INSERT that fires a trigger opens a statement savepoint, and FTS5 (SQLite
-- 3.40) writes out its pending terms at every savepoint, so indexing row by
-- row writes one index segment per article and then merges them all; the
-- deferred import does the same work in about half the time. A row above N
-- that is deleted in the same transaction is never indexed; one that is
-- updated is indexed once, by the final INSERT … SELECT, as it then stands.
-- Other writers leave folio_meta alone and get the triggers as usual.
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

-- Articles joined with their source, for tools that read the file directly.
CREATE VIEW article_view AS
SELECT a.id, s.file_name AS source, s.path, s.page, s.paper,
       a.position, a.publication_date, a.headline, a.subheadlines,
       a.byline, a.section_heads, a.pull_quotes, a.body
FROM articles a JOIN sources s ON s.id = a.source_id;

-- Date mentions joined with their article and source.
CREATE VIEW mention_view AS
SELECT m.id, m.article_id, s.file_name AS source, a.publication_date, a.headline,
       m.field, m.start, m.length, m.text, m.date, m.granularity
FROM date_mentions m
JOIN articles a ON a.id = m.article_id
JOIN sources s ON s.id = a.source_id;

PRAGMA user_version = 3;
