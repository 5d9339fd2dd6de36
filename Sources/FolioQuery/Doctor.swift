import FolioStore
import FolioTokenizer
import Foundation
import GRDB

/// One check `folio doctor` ran.
public struct DoctorCheck: Sendable, Equatable, Codable {
    /// What was checked, e.g. `sqlite integrity` or `tokenizer version`.
    public var name: String
    /// Whether the archive passed this check.
    public var passed: Bool
    /// One line for the user: the figures behind the verdict, and the command
    /// that repairs it (`folio reindex`) when there is one.
    public var detail: String
}

/// Health checks and repairs for an archive opened for writing.
public struct ArchiveMaintenance: Sendable {
    /// The archive checked and repaired. Open it `.readWrite`: the full-text
    /// integrity check and `reindex()` write to it.
    public let archive: Archive

    /// Creates maintenance for an archive opened read-write.
    public init(archive: Archive) {
        self.archive = archive
    }

    /// Runs every check; the archive is healthy when all pass.
    public func check() throws -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let integrity = try archive.database.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
        checks.append(DoctorCheck(name: "sqlite integrity", passed: integrity == ["ok"],
                                  detail: integrity.prefix(5).joined(separator: "; ")))

        checks.append(try ftsIntegrity())

        let orphans = try archive.database.read { db in
            (
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE source_id NOT IN (SELECT id FROM sources)") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM date_mentions WHERE article_id NOT IN (SELECT id FROM articles)") ?? 0,
                emptySources: try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM sources s WHERE s.status = 'imported'
                    AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)
                    """) ?? 0,
                indexRows: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles_fts_docsize") ?? 0,
                articleRows: try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
            )
        }
        checks.append(DoctorCheck(
            name: "orphan rows", passed: orphans.articles == 0 && orphans.mentions == 0,
            detail: "\(orphans.articles) articles without a source, \(orphans.mentions) date mentions without an article"))
        checks.append(DoctorCheck(
            name: "sources with articles", passed: orphans.emptySources == 0,
            detail: "\(orphans.emptySources) imported sources whose articles are missing"))
        checks.append(DoctorCheck(
            name: "index covers articles", passed: orphans.indexRows == orphans.articleRows,
            detail: "\(orphans.indexRows) indexed of \(orphans.articleRows) articles"))

        let version = try archive.database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
        checks.append(DoctorCheck(name: "schema version", passed: version == Schema.version,
                                  detail: "archive \(version), folio \(Schema.version)"))
        let tokenizer = try archive.indexedTokenizerVersion()
        checks.append(DoctorCheck(
            name: "tokenizer version", passed: tokenizer == FolioTokenizer.version,
            detail: "index built with \(tokenizer.map(String.init) ?? "unknown"), folio \(FolioTokenizer.version)"
                + (tokenizer == FolioTokenizer.version ? "" : "; run `folio reindex`")))
        return checks
    }

    private func ftsIntegrity() throws -> DoctorCheck {
        do {
            try archive.database.write { db in
                // rank = 1 also compares the index with the external content table.
                try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            }
            return DoctorCheck(name: "full-text index integrity", passed: true, detail: "ok")
        } catch let error as DatabaseError {
            return DoctorCheck(name: "full-text index integrity", passed: false,
                               detail: (error.message ?? "\(error.resultCode)") + "; run `folio reindex`")
        }
    }

    /// Rebuilds the full-text index from the stored articles with the
    /// current tokenizer, and records the tokenizer version.
    public func reindex() throws {
        try archive.database.write { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
            try db.execute(
                sql: "INSERT OR REPLACE INTO folio_meta (key, value) VALUES ('tokenizer_version', ?)",
                arguments: [String(FolioTokenizer.version)])
        }
        try archive.database.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
        }
    }
}
