import ArgumentParser

struct FolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "An archive of newspaper pages: import extracted page text once, then search it.",
        discussion: """
            Folio reads plain-text pages extracted from newspaper PDFs (UTF-8, UTF-16 or GB18030), \
            rebuilds their paragraphs and articles, and stores them in an SQLite archive with a \
            full-text index that finds any Chinese word.

            Examples:
              folio import seeds
              folio search 疫情 --limit 5
              folio headlines --date 2020-03-28
              folio mentions 2020-03-27
              folio export --format jsonl > articles.jsonl
              folio sql "SELECT headline FROM article_view WHERE source GLOB 'rmrb*'"

            Shell completion: folio --generate-completion-script bash|zsh|fish
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, SearchCommand.self, HeadlinesCommand.self, ShowCommand.self,
            ExportCommand.self, MentionsCommand.self, DatesCommand.self, TrendCommand.self,
            InspectCommand.self, StatsCommand.self, SQLCommand.self, DoctorCommand.self, ReindexCommand.self,
        ])
}
