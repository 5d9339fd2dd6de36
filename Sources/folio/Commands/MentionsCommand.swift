import ArgumentParser
import FolioQuery

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Articles that mention a date, with the expression and its sentence.",
        discussion: """
            DATE is YYYY-MM-DD, YYYY-MM (any day of that month), YYYY (any date in that year) \
            or MM-DD (that day in any year, including mentions whose year is unknown; ISO's \
            --MM-DD works after a `--` separator).

            Examples:
              folio mentions 2020-03-27
              folio mentions 2019
              folio mentions 03-25
              folio mentions -- --03-25
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The date.") var date: String
    @Option(help: "Maximum number of rows.") var limit: Int?
    @OptionGroup var output: FormatOptions

    func run() throws {
        let pattern = try DatePattern(parsing: date)
        let hits = try archive.openForReading().mentions(of: pattern, limit: limit)
        let writer = RowWriter(format: output.format)
        hits.forEach { writer.write($0.row) }
        writer.finish(columns: MentionHit.columns)
        if hits.isEmpty { throw ExitCode(1) }
    }
}
