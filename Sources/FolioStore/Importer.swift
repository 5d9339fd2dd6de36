import Foundation
import FolioIngest
import GRDB

/// One file to import and the publication facts given for it from outside.
public struct ImportJob: Sendable {
    /// The file to import, absolute or relative to the current directory.
    public var path: String
    /// Publication date, page label and paper name from `--date` or a
    /// manifest row; they win over what the path and page text say.
    public var overrides: PublicationOverrides

    /// Creates a job; by default the path and page text give the publication facts.
    public init(path: String, overrides: PublicationOverrides = .init()) {
        self.path = path
        self.overrides = overrides
    }
}

/// Writes pages into an archive: each file whole or not at all (whole files
/// are committed together in batches), so a bad file or a crash never
/// leaves half a page behind.
public struct Importer: Sendable {
    /// The archive written to, opened `.readWrite`.
    public let archive: Archive
    /// Files larger than this are read, decoded and stored in sections of
    /// about this size, cut at blank lines, in bounded memory. A newspaper
    /// page is 5–50 KB; the page reader compares every block with the rest
    /// of its page, so it is given page-sized pieces of a larger file.
    public var sectionSize: Int
    /// `sources.imported_at` for every file of this run.
    public let importedAt: String

    /// Creates an importer for one run; `importedAt` is fixed now. The default
    /// `sectionSize` is 64 KiB.
    public init(archive: Archive, sectionSize: Int = 64 << 10) {
        self.archive = archive
        self.sectionSize = sectionSize
        importedAt = ISO8601DateFormatter().string(from: Date())
    }

    /// Imports one file. Never throws for a problem with the file itself:
    /// that is a `.rejected` result and the archive is unchanged.
    public func importFile(atPath path: String, overrides: PublicationOverrides = .init()) throws -> ImportResult {
        try write(prepare(ImportJob(path: path, overrides: overrides)))
    }

    /// Imports files in order, reading and parsing the next files on another
    /// core while this thread writes, and calls `report` with each result in
    /// order once it is committed. Memory stays bounded: parsed pages holding
    /// at most about `lookaheadBytes` of text wait.
    ///
    /// Whole files are committed together in batches of up to `batchBytes`
    /// of text: FTS5 writes one index segment per transaction, so a
    /// transaction per small file spends most of its time merging segments.
    /// A batch's articles are indexed by one statement before it commits
    /// (`DeferredIndexing`); the lookahead is several batches deep so that
    /// the reader keeps parsing while that statement runs.
    /// A file is never split across transactions, so a crash loses at most
    /// the batch in progress and never half a file; a file that fails to
    /// decode was rejected before any write. If a write fails, the batch is
    /// rolled back and its files are retried one transaction each.
    public func importFiles(
        _ jobs: [ImportJob], lookaheadBytes: Int = 4 << 20, batchBytes: Int = 1 << 20,
        report: (ImportResult) throws -> Void
    ) throws {
        let queue = PreparedQueue(capacity: max(lookaheadBytes, 1))
        let thread = Thread { [self] in
            for job in jobs {
                guard queue.put(prepare(job)) else { return }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { queue.cancel() }

        // A batch is one transaction, opened before its first page is taken
        // and filled as pages arrive, so that this thread writes while the
        // other reads and parses: collecting a batch first and writing it
        // after left each thread idle while the other worked.
        var taken = 0
        while taken < jobs.count {
            var slots: [BatchSlot] = []
            var stored: [ImportResult] = []
            var bytes = 0
            var last: Prepared?  // a file that must be written on its own, after the batch
            do {
                try archive.database.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try DeferredIndexing.run(in: db) {
                            pages: while taken < jobs.count, bytes < batchBytes {
                                let prepared = queue.take()
                                taken += 1
                                switch prepared {
                                case .done(let result):
                                    slots.append(.result(result))
                                case .page(_, let source, _, _):
                                    slots.append(.page(prepared))
                                    bytes += source.size
                                    stored.append(try store(prepared, in: db))
                                case .sections:
                                    last = prepared
                                    break pages
                                }
                            }
                        }
                        return .commit
                    }
                }
            } catch {
                // The batch was rolled back: isolate the failing file.
                stored = try slots.compactMap { slot in
                    guard case .page(let prepared) = slot else { return nil }
                    return try write(prepared)
                }
            }
            var pageResults = stored.makeIterator()
            for slot in slots {
                switch slot {
                case .result(let result): try report(result)
                case .page: if let result = pageResults.next() { try report(result) }
                }
            }
            if let last { try report(try write(last)) }
        }
        try releaseFreePages()
    }

    /// Returns free pages to the file system when they are more than a tenth
    /// of the archive: full-text segment merges leave many behind after a
    /// large import. An ordinary write transaction, so readers carry on.
    public func releaseFreePages() throws {
        try archive.database.writeWithoutTransaction { db in
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let total = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            if free > 0, free * 10 > total {
                try db.execute(sql: "PRAGMA incremental_vacuum")
            }
        }
    }

    /// Everything before the write: read, hash, skip known content, decode and read the page.
    func prepare(_ job: ImportJob) -> Prepared {
        let path = URL(fileURLWithPath: job.path).standardizedFileURL.path
        let source: SourceFile
        do {
            source = try SourceFile(path: path)
        } catch {
            return .done(.rejected(path, "\(error)"))
        }
        // A page-sized file is read once and hashed from memory; a larger one
        // is hashed as a stream now and read in sections when it is written.
        let bytes: [UInt8]?
        let sha256: String
        do {
            bytes = source.size > sectionSize ? nil : try source.readAll()
            sha256 = try bytes.map { SHA256.hex(of: $0) } ?? source.sha256()
        } catch {
            return .done(.rejected(path, "cannot read file: \(error.localizedDescription)"))
        }
        // A cheap check before parsing; `write` repeats it inside its transaction,
        // where it decides, because another import may have stored the bytes since.
        if let known = try? archive.database.read({ db in try Self.knownContent(sha256, path: path, in: db) }) {
            return .done(known)
        }
        guard let bytes else {
            return .sections(source, sha256: sha256, overrides: job.overrides)
        }
        do {
            var page = try PageIngest.ingest(bytes: bytes, path: path, overrides: job.overrides)
            // The writer stores the entries only. The block reading (every line
            // of the page) is let go here, on the thread that allocated it:
            // memory freed on another thread is slow for this one to get back.
            page.reading.blocks = []
            return .page(page, source: source, sha256: sha256, paper: job.overrides.paper)
        } catch {
            return .done(.rejected(path, error.description))
        }
    }

    /// Stores a prepared file in its own transaction.
    func write(_ prepared: Prepared) throws -> ImportResult {
        switch prepared {
        case .done(let result):
            return result
        case .sections(let source, let sha256, let overrides):
            return try importInSections(source, sha256: sha256, overrides: overrides)
        case .page:
            return try archive.database.write { db in try DeferredIndexing.run(in: db) { try store(prepared, in: db) } }
        }
    }

    /// Stores a prepared page inside the caller's transaction.
    private func store(_ prepared: Prepared, in db: Database) throws -> ImportResult {
        guard case .page(let page, let source, let sha256, let paper) = prepared else {
            preconditionFailure("only pages are stored in a shared transaction")
        }
        if let known = try Self.knownContent(sha256, path: source.path, in: db) { return known }
        let writer = try PageWriter(db: db, path: source.path, sha256: sha256, size: source.size,
                                    encoding: page.encoding, publicationDate: page.publicationDate,
                                    page: page.page, paper: paper, importedAt: importedAt)
        try writer.insert(page.entries)
        try writer.finish()
        return writer.result(encoding: page.encoding)
    }

    /// The large-file path: sections are read one at a time inside the one
    /// write transaction, so memory stays bounded and a bad byte anywhere
    /// still leaves the archive as it was.
    private func importInSections(_ source: SourceFile, sha256: String, overrides: PublicationOverrides) throws -> ImportResult {
        let path = source.path
        do {
            return try archive.database.write { db in try DeferredIndexing.run(in: db) {
                if let known = try Self.knownContent(sha256, path: path, in: db) { return known }
                var sections = SectionReader(handle: try source.open(), targetSize: sectionSize)
                guard let first = try sections.next() else { throw DecodingFailure.empty }
                let decoded = try TextDecoder.decode(first.bytes)
                let facts = PageIngest.publicationFacts(path: path, firstText: decoded.text, overrides: overrides)
                let writer = try PageWriter(db: db, path: path, sha256: sha256, size: source.size,
                                            encoding: decoded.encoding, publicationDate: facts.date,
                                            page: facts.page, paper: overrides.paper, importedAt: importedAt)
                try writer.insert(PageIngest.entries(of: PageReader.read(decoded.text), publicationDate: facts.date))
                while let section = try sections.next() {
                    let text = try TextDecoder.decodeSection(section.bytes, encoding: decoded.encoding, baseOffset: section.offset)
                    try writer.insert(PageIngest.entries(of: PageReader.read(text), publicationDate: facts.date))
                }
                try writer.finish()
                return writer.result(encoding: decoded.encoding)
            } }
        } catch let failure as DecodingFailure {
            return .rejected(path, failure.description)
        }
    }

    /// The result for bytes that are already stored, at this path or another.
    private static func knownContent(_ sha256: String, path: String, in db: Database) throws -> ImportResult? {
        let paths = try String.fetchAll(
            db, sql: "SELECT path FROM sources WHERE sha256 = ? ORDER BY path = ? DESC", arguments: [sha256, path])
        guard let first = paths.first else { return nil }
        return ImportResult(path: path, status: .unchanged, articles: 0, encoding: nil,
                            message: first == path ? nil : "same content as \(first)")
    }

    /// Stores a whole page at once (used by tests and tools that build pages themselves).
    static func store(_ page: IngestedPage, path: String, sha256: String, size: Int, paper: String?, in db: Database) throws -> Bool {
        let writer = try PageWriter(db: db, path: path, sha256: sha256, size: size, encoding: page.encoding,
                                    publicationDate: page.publicationDate, page: page.page, paper: paper,
                                    importedAt: ISO8601DateFormatter().string(from: Date()))
        try writer.insert(page.entries)
        try writer.finish()
        return writer.replaced
    }
}

/// One file of a batch, in the order of the jobs: stored in the batch's
/// transaction, or already settled without a write (unchanged, rejected).
enum BatchSlot {
    case page(Prepared)
    case result(ImportResult)
}

/// A file after the work that needs no database lock.
enum Prepared: Sendable {
    case done(ImportResult)
    case page(IngestedPage, source: SourceFile, sha256: String, paper: String?)
    case sections(SourceFile, sha256: String, overrides: PublicationOverrides)
}

extension ImportResult {
    static func rejected(_ path: String, _ reason: String) -> ImportResult {
        ImportResult(path: path, status: .rejected, articles: 0, encoding: nil, message: reason)
    }
}
