import ArgumentParser
import FolioQuery

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked full-text search that finds any Chinese word.",
        discussion: """
            Query language: words separated by spaces must all occur; "a phrase" in quotes; \
            OR between alternatives; -word or NOT word to exclude; headline:word (also \
            subheadlines:, section_heads:, body:, byline:) for one field; word* for a Latin prefix. \
            Anything else is taken literally. Results are ranked bm25-style, a headline hit \
            counting ten times a body hit; when more than --rank-window articles match, the \
            most recently imported of them are ranked and the rest follow. Exit code 1 when \
            nothing matches. With --raw, FTS5 syntax is passed as written; the index has no \
            positions (detail=none), so each string must be one token (a character or a \
            Latin word): a CJK word, a phrase, NEAR or a column filter is refused.

            Examples:
              folio search 疫情
              folio search '特朗普 OR 拜登' --since 2020-01 --until 2020-06
              folio search 'headline:疫情 -湖北' --format jsonl
              folio search 经济 --count
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The query.") var query: String
    @Option(help: "Maximum number of results.") var limit = 20
    @Option(help: "Skip this many results first.") var offset = 0
    @Option(help: "Order: rank, date or -date.") var sort: String = "rank"
    @Option(help: "Only articles published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).") var since: String?
    @Option(help: "Only articles published on or before this date.") var until: String?
    @Option(help: "Only sources whose file name matches this glob.") var source: String?
    @Option(help: "Marks around hits, as OPEN,CLOSE. Default «,» (colour on a terminal).") var highlight: String?
    @Option(help: "Snippet length in characters.") var snippetLength = 80
    @Option(help: ArgumentHelp(
        "With --sort rank, score only the N most recently imported matches (0: all).",
        discussion: "A single common character matches most articles and scores nearly alike in all of them; ranking the \(SearchRequest.defaultRankWindow) most recently imported keeps such a search instant. The others follow, most recently imported first."))
    var rankWindow = SearchRequest.defaultRankWindow
    @Flag(help: "Pass the query to FTS5 MATCH as written (expert syntax; one token per string).") var raw = false
    @Flag(help: "Print only the number of matching articles.") var count = false
    @OptionGroup var output: FormatOptions

    func validate() throws {
        guard limit >= 0, offset >= 0, rankWindow >= 0 else {
            throw ValidationError("--limit, --offset and --rank-window must not be negative")
        }
        guard SearchSort(rawValue: sort) != nil else { throw ValidationError("--sort must be rank, date or -date") }
    }

    func run() throws {
        var request = SearchRequest(query: query)
        request.raw = raw
        request.limit = limit
        request.offset = offset
        request.sort = SearchSort(rawValue: sort) ?? .rank
        request.dates = try DateRange(since: since, until: until)
        request.sourceGlob = source
        request.snippetLength = snippetLength
        request.rankWindow = rankWindow == 0 ? nil : rankWindow
        request.highlight = try marks()
        let folio = try archive.openForReading()
        if count {
            let total = try folio.count(request)
            print(total)
            if total == 0 { throw ExitCode(1) }
            return
        }
        let hits = try folio.search(request)
        let writer = RowWriter(format: output.format)
        hits.forEach { writer.write($0.row) }
        writer.finish(columns: SearchHit.columns)
        if hits.isEmpty { throw ExitCode(1) }
    }

    private func marks() throws -> (open: String, close: String) {
        if let highlight {
            let parts = highlight.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--highlight takes OPEN,CLOSE, e.g. '[,]'") }
            return (parts[0], parts[1])
        }
        if output.format == .table && Console.stdoutIsTerminal { return ("\u{1B}[1;31m", "\u{1B}[0m") }
        return ("«", "»")
    }
}
