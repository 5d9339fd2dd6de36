import Foundation
import FolioTokenizer
import GRDB

/// An open Folio archive: one SQLite file in WAL mode with the `folio`
/// tokenizer registered on every connection.
public final class Archive: Sendable {
    /// How an archive is opened.
    public enum Mode: Sendable {
        /// Open an existing archive for reading; never creates a file.
        case readOnly
        /// Open for writing, creating and initialising the file when missing.
        case readWrite
    }

    /// The path the archive was opened with, as given.
    public let path: String
    /// The GRDB connection (pool in read-write mode, queue in read-only mode).
    public let database: any DatabaseWriter

    /// Opens the archive at `path`, registering the `folio` tokenizer on every
    /// connection.
    ///
    /// `.readWrite` creates and initialises a missing file, and migrates an
    /// older schema forward. `.readOnly` never writes, so it refuses a missing
    /// file and an older schema instead.
    ///
    /// - Throws: `ArchiveError`, whose description reads as one line.
    public init(path: String, mode: Mode) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            let code = FolioTokenizer.register(on: db.sqliteConnection!)
            if code != 0 /* SQLITE_OK */ {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register the folio tokenizer")
            }
            // The index's vocabulary: one row per token with the number of
            // articles holding it (search's idf, see RelevanceScorer). In the
            // connection's temp schema, so no archive file is changed.
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.folio_vocabulary USING fts5vocab(main, articles_fts, row)")
        }
        switch mode {
        case .readOnly:
            guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.missing(path: path) }
            configuration.readonly = true
            do {
                database = try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                throw ArchiveError.unreadable(path: path, reason: Self.reason(error))
            }
            let version = try Self.checkVersion(database, path: path)
            if version < Schema.version {
                // Reading an older archive: its tables are still readable, but
                // migration needs write access; say so instead of guessing.
                throw ArchiveError.unreadable(path: path, reason: "schema version \(version) is older than \(Schema.version); run `folio doctor` or any import to migrate it")
            }
        case .readWrite:
            // In WAL mode NORMAL never corrupts and survives process crashes; a power
            // cut may undo the last commits. FULL would sync on every file's commit.
            // A larger cache and fewer checkpoints make bulk imports cheaper.
            configuration.prepareDatabase { db in
                if !db.configuration.readonly, try Int.fetchOne(db, sql: "PRAGMA page_count") == 0 {
                    for pragma in Schema.filePragmas { try db.execute(sql: pragma) }
                }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -65536")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 4000")
            }
            database = try Self.openPool(path: path, configuration: configuration)
        }
    }

    /// Opens the pool and prepares the schema. While another process is
    /// creating the same file, SQLite can answer "database is locked" without
    /// waiting on the busy timeout (switching a new file to WAL); opening is
    /// cheap, so retry for up to the busy timeout.
    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try prepareSchema(pool, path: path)
                return pool
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                if Date() > deadline { throw ArchiveError.unreadable(path: path, reason: reason(error)) }
                Thread.sleep(forTimeInterval: 0.02)
            } catch let error as DatabaseError {
                throw ArchiveError.unreadable(path: path, reason: reason(error))
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    /// Returns the archive's schema version, refusing files that are not
    /// archives or are newer than this binary.
    private static func checkVersion(_ database: any DatabaseReader, path: String) throws -> Int {
        let (version, hasSources): (Int, Bool)
        do {
            (version, hasSources) = try database.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try db.tableExists("sources"))
            }
        } catch {
            throw ArchiveError.notAnArchive(path: path)
        }
        if version > Schema.version {
            throw ArchiveError.newerSchema(path: path, found: version, supported: Schema.version)
        }
        if !hasSources { throw ArchiveError.notAnArchive(path: path) }
        return version
    }

    /// Applies schema.sql to a new file, or migrates an older archive forward.
    private static func prepareSchema(_ database: any DatabaseWriter, path: String) throws {
        try database.writeWithoutTransaction { db in try db.inTransaction(.immediate) {
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > Schema.version {
                throw ArchiveError.newerSchema(path: path, found: version, supported: Schema.version)
            }
            if version == 0 {
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                guard objects == 0 else { throw ArchiveError.notAnArchive(path: path) }
                try db.execute(sql: Schema.sql)
                try db.execute(
                    sql: "INSERT INTO folio_meta (key, value) VALUES ('tokenizer_version', ?)",
                    arguments: [String(FolioTokenizer.version)])
            } else if version < Schema.version {
                try Migrations.migrate(db, from: version)
            }
            return .commit
        } }
    }

    /// The tokenizer version the index was built with.
    public func indexedTokenizerVersion() throws -> Int? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM folio_meta WHERE key = 'tokenizer_version'").flatMap { Int($0) }
        }
    }
}
