import ArgumentParser
import FolioQuery
import FolioStore
import FolioTokenizer
import Foundation

/// `--db`, accepted by every command after its name.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Archive file. Default: $FOLIO_DB, else ./folio.db.", valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["FOLIO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "folio.db"
    }

    /// Opens the archive for reading; never creates it.
    func openForReading() throws -> FolioArchive {
        let folio = try FolioArchive(path: path)
        if let indexed = try? folio.archive.indexedTokenizerVersion(), indexed != FolioTokenizer.version {
            Console.error("warning: the index was built with tokenizer version \(indexed), this folio uses \(FolioTokenizer.version); run `folio reindex --db \(path)`")
        }
        return folio
    }

    /// Opens an existing archive for writing (migrating it if older); never creates it.
    func openExistingForWriting() throws -> Archive {
        guard FileManager.default.fileExists(atPath: path) else { throw ArchiveError.missing(path: path) }
        return try Archive(path: path, mode: .readWrite)
    }

    /// Opens the archive for writing, creating it when missing.
    func openForWriting() throws -> Archive {
        try Archive(path: path, mode: .readWrite)
    }
}
