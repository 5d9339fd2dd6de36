import ArgumentParser
import FolioQuery

struct HeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headlines",
        abstract: "List headlines: what ran on a day or in a period, or which headlines mention a word.",
        discussion: """
            Examples:
              folio headlines --date 2020-03-28
              folio headlines --since 2020-03 --until 2020-04
              folio headlines --matching 疫情
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Publication date: YYYY-MM-DD, YYYY-MM or YYYY.") var date: String?
    @Option(help: "Published on or after this date.") var since: String?
    @Option(help: "Published on or before this date.") var until: String?
    @Option(help: "Only headlines or decks matching this query.") var matching: String?
    @Option(help: "Maximum number of rows.") var limit: Int?
    @OptionGroup var output: FormatOptions

    func run() throws {
        var request = HeadlineRequest()
        request.dates = try DateRange(date: date, since: since, until: until)
        request.matching = matching
        request.limit = limit
        let rows = try archive.openForReading().headlines(request)
        let writer = RowWriter(format: output.format)
        rows.forEach { writer.write($0.row) }
        writer.finish(columns: HeadlineRow.columns)
        if rows.isEmpty { throw ExitCode(1) }
    }
}
