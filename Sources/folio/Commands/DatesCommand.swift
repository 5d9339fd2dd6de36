import ArgumentParser
import FolioQuery

struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Timeline: publication dates with article counts, and mentioned dates with mention counts.",
        discussion: """
            Examples:
              folio dates
              folio dates --kind mentioned --format csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Only published or mentioned dates.") var kind: String?
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let kind, TimelineEntry.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind must be published or mentioned")
        }
    }

    func run() throws {
        let entries = try archive.openForReading().timeline().filter { kind == nil || $0.kind.rawValue == kind }
        let writer = RowWriter(format: output.format)
        entries.forEach { writer.write($0.row) }
        writer.finish(columns: ["kind", "date", "count"])
        if entries.isEmpty { throw ExitCode(1) }
    }
}
