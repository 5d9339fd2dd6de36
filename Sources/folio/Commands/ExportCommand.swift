import ArgumentParser
import FolioQuery

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Stream every article with its recovered structure.",
        discussion: """
            One record per article with id, source, page, publication_date, headline, subheadlines,
            byline, section_heads, pull_quotes, paragraphs and mentioned_dates. The default format
            is jsonl (one JSON object per line); in csv and tsv, list fields are JSON arrays.

            Examples:
              folio export > articles.jsonl
              folio export --format csv > articles.csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Output format: jsonl (default), json, csv, tsv or table.") var format: OutputFormat = .jsonl

    func run() throws {
        let folio = try archive.openForReading()
        let writer = RowWriter(format: format)
        try folio.exportArticles { writer.write($0.row) }
        writer.finish(columns: ArticleRecord.columns)
    }
}
