import ArgumentParser
import FolioQuery

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article in full.",
        discussion: """
            With --format table (the default) the article is printed as readable text; \
            other formats print the same fields as `folio export`.

            Example:
              folio show 2
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "Article id, as printed by search, headlines or export.") var id: Int64
    @OptionGroup var output: FormatOptions

    func run() throws {
        guard let article = try archive.openForReading().article(id: id) else {
            throw CLIFailure(message: "no article with id \(id)", code: 1)
        }
        guard output.format == .table else {
            let writer = RowWriter(format: output.format)
            writer.write(article.row)
            writer.finish()
            return
        }
        var text = ""
        text += "# \(article.headline ?? "(no headline)")\n"
        for deck in article.subheadlines { text += "## \(deck)\n" }
        text += "\n[\(article.source)\(article.page.map { " p.\($0)" } ?? "") · \(article.publicationDate ?? "undated") · id \(article.id)]\n"
        if let byline = article.byline { text += "\(byline)\n" }
        text += "\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
        if !article.sectionHeads.isEmpty { text += "\nSection heads: " + article.sectionHeads.joined(separator: " / ") + "\n" }
        if !article.pullQuotes.isEmpty { text += "Pull quotes: " + article.pullQuotes.joined(separator: " / ") + "\n" }
        if !article.mentionedDates.isEmpty {
            text += "Dates: " + article.mentionedDates.map { "\($0.text) → \($0.date ?? "?")" }.joined(separator: ", ") + "\n"
        }
        print(text, terminator: "")
    }
}
