import ArgumentParser
import FolioIngest
import FolioStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import page files or folders of them into the archive.",
        discussion: """
            Folders are searched recursively for files matching --glob (default *.txt). Each file \
            is imported whole or not at all (whole files are committed together in batches): a bad file is \
            reported on stderr and leaves the \
            archive as it was, while the others are imported. A file whose bytes are already \
            stored is skipped as unchanged; a changed file at a known path replaces its articles. \
            A manifest.csv (file,publication_date[,page,paper]) inside an imported folder is \
            used automatically. Exit code 1 when some inputs were rejected.

            Examples:
              folio import seeds
              folio import pages/2020-03-28 --db press.db
              folio import scans --manifest dates.csv
              folio import page.txt --date 2020-03-28
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "Files or folders to import.") var paths: [String]
    @Option(help: "Publication date for every imported file (YYYY-MM-DD); wins over all else.") var date: String?
    @Option(help: "A CSV with columns file,publication_date[,page,paper].") var manifest: String?
    @Option(help: "File-name pattern for files found in folders.") var glob = "*.txt"
    @Flag(name: [.short, .long], help: "Print no per-file rows, only the summary.") var quiet = false
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to import") }
        if let date, CivilDate(iso: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a valid date (expected YYYY-MM-DD)")
        }
    }

    func run() throws {
        let explicitManifest = try manifest.map { try ManifestFile.load($0) }
        let plan = ImportPlan.collect(paths, glob: glob)
        let importer = Importer(archive: try archive.openForWriting())
        let writer = RowWriter(format: output.format)
        var summary = ImportSummary()
        let progress = Console.stderrIsTerminal && plan.files.count > 1
        for problem in plan.problems {
            Console.error("\(problem.path): \(problem.reason)")
            summary.add(ImportResult(path: problem.path, status: .rejected, articles: 0, encoding: nil, message: problem.reason))
        }
        let jobs = plan.files.map { file in
            var overrides = explicitManifest?.overrides(for: file.path)
                ?? file.folderManifest.flatMap { $0.overrides(for: file.path) } ?? PublicationOverrides()
            if let date { overrides.date = CivilDate(iso: date) }
            return ImportJob(path: file.path, overrides: overrides)
        }
        var done = 0
        try importer.importFiles(jobs) { result in
            done += 1
            if progress {
                let line = "\r\u{1B}[K[\(done)/\(jobs.count)] \((result.path as NSString).lastPathComponent)"
                FileHandle.standardError.write(Data(line.utf8))
                if done == jobs.count { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            }
            if result.status == .rejected {
                if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Console.error("\(result.path): \(result.message ?? "rejected")")
            } else if result.articles == 0 && result.status != .unchanged {
                Console.error("warning: \(result.path): \(result.message ?? "no article found")")
            }
            summary.add(result)
            if !quiet { writer.write(result.row) }
        }
        if !quiet { writer.finish(columns: ImportResult.columns) }
        if plan.skipped > 0 {
            Console.note("skipped \(plan.skipped) files in folders not matching \(glob) (use --glob to change)")
        }
        Console.note(summary.line)
        if summary.rejected > 0 { throw ExitCode(1) }
    }
}

/// Counts for the closing line of an import.
struct ImportSummary {
    var imported = 0, unchanged = 0, replaced = 0, rejected = 0, articles = 0, empty = 0

    mutating func add(_ result: ImportResult) {
        switch result.status {
        case .imported: imported += 1
        case .unchanged: unchanged += 1
        case .replaced: replaced += 1
        case .rejected: rejected += 1
        }
        if result.status == .imported || result.status == .replaced {
            articles += result.articles
            if result.articles == 0 { empty += 1 }
        }
    }

    var line: String {
        var text = "\(imported) imported, \(unchanged) unchanged, \(replaced) replaced, \(rejected) rejected; \(articles) articles"
        if empty > 0 { text += " (\(empty) files with no article)" }
        return text
    }
}
