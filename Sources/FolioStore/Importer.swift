import Foundation
import FolioIngest
import GRDB

/// Writes pages into an archive: one transaction per file, so a bad file
/// or a crash never leaves half a page behind.
public struct Importer: Sendable {
    public let archive: Archive
    /// Files larger than this are read, decoded and stored in sections of
    /// about this size, cut at blank lines, in bounded memory.
    public var sectionSize: Int

    public init(archive: Archive, sectionSize: Int = 8 << 20) {
        self.archive = archive
        self.sectionSize = sectionSize
    }

    /// Imports one file. Never throws for a problem with the file itself:
    /// that is a `.rejected` result and the archive is unchanged.
    public func importFile(atPath rawPath: String, overrides: PublicationOverrides = .init()) throws -> ImportResult {
        let path = URL(fileURLWithPath: rawPath).standardizedFileURL.path
        let source: SourceFile
        do {
            source = try SourceFile(path: path)
        } catch {
            return .rejected(path, "\(error)")
        }
        let sha256: String
        do {
            sha256 = try source.sha256()
        } catch {
            return .rejected(path, "cannot read file: \(error.localizedDescription)")
        }
        // Cheap check before parsing; repeated inside the write transaction,
        // where it decides, because another import may have run meanwhile.
        if let known = try archive.database.read({ db in try Self.knownContent(sha256, path: path, in: db) }) {
            return known
        }
        if source.size > sectionSize {
            return try importInSections(source, sha256: sha256, overrides: overrides)
        }
        let page: IngestedPage
        do {
            page = try PageIngest.ingest(bytes: try source.readAll(), path: path, overrides: overrides)
        } catch let failure as DecodingFailure {
            return .rejected(path, failure.description)
        } catch {
            return .rejected(path, "cannot read file: \(error.localizedDescription)")
        }
        return try archive.database.write { db in
            if let known = try Self.knownContent(sha256, path: path, in: db) { return known }
            let writer = try PageWriter(db: db, path: path, sha256: sha256, size: source.size,
                                        encoding: page.encoding, publicationDate: page.publicationDate,
                                        page: page.page, paper: overrides.paper)
            try writer.insert(page.entries)
            try writer.finish()
            return ImportResult(
                path: path, status: writer.replaced ? .replaced : .imported, articles: writer.articles,
                encoding: page.encoding, message: writer.articles == 0 ? "no article found on the page" : nil)
        }
    }

    /// The large-file path: sections are read one at a time inside the one
    /// write transaction, so memory stays bounded and a bad byte anywhere
    /// still leaves the archive as it was.
    private func importInSections(_ source: SourceFile, sha256: String, overrides: PublicationOverrides) throws -> ImportResult {
        let path = source.path
        do {
            return try archive.database.write { db in
                if let known = try Self.knownContent(sha256, path: path, in: db) { return known }
                var sections = SectionReader(handle: try source.open(), targetSize: sectionSize)
                guard let first = try sections.next() else { throw DecodingFailure.empty }
                let decoded = try TextDecoder.decode(first.bytes)
                let facts = PageIngest.publicationFacts(path: path, firstText: decoded.text, overrides: overrides)
                let writer = try PageWriter(db: db, path: path, sha256: sha256, size: source.size,
                                            encoding: decoded.encoding, publicationDate: facts.date,
                                            page: facts.page, paper: overrides.paper)
                try writer.insert(PageIngest.entries(of: PageReader.read(decoded.text), publicationDate: facts.date))
                while let section = try sections.next() {
                    let text = try TextDecoder.decodeSection(section.bytes, encoding: decoded.encoding, baseOffset: section.offset)
                    try writer.insert(PageIngest.entries(of: PageReader.read(text), publicationDate: facts.date))
                }
                try writer.finish()
                return ImportResult(
                    path: path, status: writer.replaced ? .replaced : .imported, articles: writer.articles,
                    encoding: decoded.encoding, message: writer.articles == 0 ? "no article found on the page" : nil)
            }
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
                                    publicationDate: page.publicationDate, page: page.page, paper: paper)
        try writer.insert(page.entries)
        try writer.finish()
        return writer.replaced
    }
}

extension ImportResult {
    static func rejected(_ path: String, _ reason: String) -> ImportResult {
        ImportResult(path: path, status: .rejected, articles: 0, encoding: nil, message: reason)
    }
}
