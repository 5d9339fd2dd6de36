import ArgumentParser
import FolioQuery
import Foundation

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "How many articles matching a query were published per day, month or year.",
        discussion: """
            Prints a table with a bar chart; --svg also writes a chart a browser shows. \
            Undated articles are not counted.

            Examples:
              folio trend 疫情 --by month
              folio trend '湖北 OR 武汉' --by day --svg trend.svg
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "The query, in the search query language.") var query: String
    @Option(help: "Period: day, month or year.") var by: String = "month"
    @Option(help: "Published on or after this date.") var since: String?
    @Option(help: "Published on or before this date.") var until: String?
    @Option(help: "Also write an SVG chart to this file.") var svg: String?
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if TrendPeriod(rawValue: by) == nil { throw ValidationError("--by must be day, month or year") }
    }

    func run() throws {
        var request = SearchRequest(query: query)
        request.dates = try DateRange(since: since, until: until)
        let period = TrendPeriod(rawValue: by) ?? .month
        let points = try archive.openForReading().trend(request, by: period)
        let peak = points.map(\.count).max() ?? 0
        let writer = RowWriter(format: output.format)
        for point in points {
            var cells: [(String, Cell)] = [("period", .text(point.period)), ("count", .int(point.count))]
            if output.format == .table {
                let width = peak == 0 ? 0 : Int((Double(point.count) / Double(peak) * 40).rounded(.up))
                cells.append(("chart", .text(String(repeating: "█", count: width))))
            }
            writer.write(OutputRow(cells))
        }
        writer.finish(columns: ["period", "count"])
        if let svg {
            let chart = TrendChart(title: "“\(query)” per \(by)", points: points).svg
            do {
                try chart.write(toFile: svg, atomically: true, encoding: .utf8)
            } catch {
                throw CLIFailure(message: "cannot write \(svg): \(error.localizedDescription)")
            }
            Console.note("wrote \(svg)")
        }
        if points.isEmpty { throw ExitCode(1) }
    }
}
