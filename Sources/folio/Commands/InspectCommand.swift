import ArgumentParser
import FolioIngest
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a page is read, without importing it.",
        discussion: """
            Prints each block of the page with the role it was given (body, headline, kicker, \
            deck, byline, section_head, pull_quote, furniture), the rule that decided, and the \
            article it went to; then the resulting articles. Use it to see why a page was \
            split the way it was.

            Example:
              folio inspect seeds/000_e46b5dd20027eeff.txt
              folio inspect page.txt --articles --format jsonl
            """)

    @Argument(help: "A page file.") var file: String
    @Flag(help: "Print the resulting articles instead of the blocks.") var articles = false
    @OptionGroup var output: FormatOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIFailure(message: "\(file): cannot read file")
        }
        let page: IngestedPage
        do {
            page = try PageIngest.ingest(bytes: [UInt8](data), path: file)
        } catch {
            throw CLIFailure(message: "\(file): \(error.description)")
        }
        let writer = RowWriter(format: output.format)
        if articles {
            for (index, entry) in page.entries.enumerated() { writer.write(articleRow(index + 1, entry)) }
            writer.finish()
        } else {
            for block in page.reading.blocks {
                var text = block.lines.joined(separator: "⏎")
                if output.format == .table && text.count > 30 { text = String(text.prefix(30)) + "…" }
                writer.write(OutputRow([
                    ("line", .int(block.firstLine + 1)), ("role", .text(block.role.rawValue)),
                    ("rule", .text(block.rule)), ("article", .int(block.article.map { $0 + 1 })),
                    ("text", .text(text)),
                ]))
            }
            writer.finish()
        }
        if output.format == .table && !articles {
            Console.note("\nencoding \(page.encoding.rawValue), publication date \(page.publicationDate?.description ?? "unknown"), \(page.entries.count) articles:")
            for (index, entry) in page.entries.enumerated() {
                Console.note("  \(index + 1). \(entry.article.headline ?? "(no headline)") — \(entry.article.paragraphs.count) paragraphs")
            }
        }
        if page.entries.isEmpty { throw ExitCode(1) }
    }

    private func articleRow(_ position: Int, _ entry: IngestedPage.Entry) -> OutputRow {
        let article = entry.article
        return OutputRow([
            ("position", .int(position)), ("headline", .text(article.headline)),
            ("subheadlines", .list(article.subheadlines)), ("byline", .text(article.byline)),
            ("section_heads", .list(article.sectionHeads)), ("pull_quotes", .list(article.pullQuotes)),
            ("paragraphs", .list(article.paragraphs)),
            ("mentioned_dates", .list(entry.dates.all.map { "\($0.text)=\($0.date ?? "null")" })),
        ])
    }
}
