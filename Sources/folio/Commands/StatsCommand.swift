import ArgumentParser
import FolioQuery

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "What the archive holds: files, articles, dates, size.",
        discussion: "Example:\n  folio stats --format json")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let stats = try archive.openForReading().stats()
        let writer = RowWriter(format: output.format)
        let encodings = stats.encodings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        writer.write(OutputRow([
            ("sources", .int(stats.sources)), ("sources_without_articles", .int(stats.sourcesWithoutArticles)),
            ("articles", .int(stats.articles)), ("date_mentions", .int(stats.dateMentions)),
            ("first_publication_date", .text(stats.firstPublicationDate)),
            ("last_publication_date", .text(stats.lastPublicationDate)), ("undated_articles", .int(stats.undatedArticles)),
            ("encodings", .list(encodings)), ("schema_version", .int(stats.schemaVersion)),
            ("tokenizer_version", .int(stats.tokenizerVersion)), ("database_bytes", .int(stats.databaseBytes)),
            ("raw_bytes", .int(stats.rawBytes)),
        ]))
        writer.finish()
    }
}
