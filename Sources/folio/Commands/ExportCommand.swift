import ArgumentParser
import FolioQuery

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Stream every article with its recovered structure.",
        discussion: """
            One record per article with id, source, page, publication_date, headline, subheadlines, \
            byline, section_heads, pull_quotes, paragraphs and mentioned_dates. The default format \
            is jsonl (one JSON object per line); in csv and tsv, list fields are JSON arrays.

            Examples:
              folio export > articles.jsonl
              folio export --format csv > articles.csv
              folio export --sources --format table
            """)

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Output format: jsonl (default), json, csv, tsv or table.") var format: OutputFormat = .jsonl
    @Flag(help: "List the imported files with their status instead of the articles.") var sources = false

    func run() throws {
        let folio = try archive.openForReading()
        let writer = RowWriter(format: format)
        if sources {
            for source in try folio.sources() {
                writer.write(OutputRow([
                    ("id", .integer(source.id)), ("path", .text(source.path)), ("file_name", .text(source.fileName)),
                    ("sha256", .text(source.sha256)), ("size", .int(source.size)), ("encoding", .text(source.encoding)),
                    ("imported_at", .text(source.importedAt)), ("publication_date", .text(source.publicationDate)),
                    ("page", .text(source.page)), ("paper", .text(source.paper)), ("status", .text(source.status)),
                    ("articles", .int(source.articles)),
                ]))
            }
            writer.finish()
            return
        }
        try folio.exportArticles { writer.write($0.row) }
        writer.finish(columns: ArticleRecord.columns)
    }
}
