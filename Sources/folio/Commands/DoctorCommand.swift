import ArgumentParser
import FolioQuery

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the archive: SQLite and full-text integrity, orphans, versions.",
        discussion: """
            Exit code 0 only when every check passes. An archive made by an older folio is \
            migrated when it is opened. A failing index check is repaired by `folio reindex`.

            Example:
              folio doctor --db press.db
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let checks = try ArchiveMaintenance(archive: archive.openExistingForWriting()).check()
        let writer = RowWriter(format: output.format)
        for check in checks {
            writer.write(OutputRow([
                ("check", .text(check.name)), ("status", .text(check.passed ? "ok" : "FAIL")), ("detail", .text(check.detail)),
            ]))
        }
        writer.finish()
        let failed = checks.filter { !$0.passed }
        if !failed.isEmpty {
            Console.error("\(failed.count) of \(checks.count) checks failed: " + failed.map(\.name).joined(separator: ", "))
            throw ExitCode(1)
        }
    }
}

struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the full-text index from the stored articles.",
        discussion: """
            Needed after upgrading to a folio whose tokenizer changed (`folio doctor` says so), \
            or to repair a damaged index.

            Example:
              folio reindex --db press.db
            """)

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        try ArchiveMaintenance(archive: archive.openExistingForWriting()).reindex()
        Console.note("index rebuilt")
    }
}
