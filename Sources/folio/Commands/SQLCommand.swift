import Foundation
import ArgumentParser
import FolioQuery
import GRDB

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run read-only SQL against the archive.",
        discussion: """
            The archive is opened read-only; writes, ATTACH and PRAGMA assignments are refused. \
            The folio tokenizer is registered, so MATCH on articles_fts works. The index has no \
            positions (detail=none): MATCH folio_query('word') finds candidates for a word or \
            phrase, and folio_contains(text, 'word') checks one (see schema.sql). Tables and views \
            are documented in schema.sql (article_view and mention_view join the useful fields). \
            --param name=value binds :name (a whole number binds as an integer).

            Examples:
              folio sql "SELECT publication_date, count(*) FROM articles GROUP BY 1"
              folio sql "SELECT id, headline FROM article_view WHERE source GLOB :g" --param g='rmrb*'
              folio sql "SELECT rowid FROM articles_fts WHERE articles_fts MATCH folio_query('疫情')" --format csv
            """)

    @OptionGroup var archive: ArchiveOptions
    @Argument(help: "SQL to run; with several statements, the last one's rows are printed.") var sql: String
    @Option(name: .customLong("param"), help: "A bound parameter, as name=value (repeatable).") var params: [String] = []
    @OptionGroup var output: FormatOptions

    func run() throws {
        var parameters: [String: DatabaseValue] = [:]
        for param in params {
            guard let equals = param.firstIndex(of: "="), equals != param.startIndex else {
                throw ValidationError("--param takes name=value, got \"\(param)\"")
            }
            let name = String(param[..<equals]).trimmingCharacters(in: CharacterSet(charactersIn: ":@$"))
            let value = String(param[param.index(after: equals)...])
            parameters[name] = Int64(value).map { $0.databaseValue } ?? value.databaseValue
        }
        let result: SQLResult
        do {
            result = try archive.openForReading().readOnlySQL(sql, parameters: parameters)
        } catch let refusal as SQLRefusal {
            throw CLIFailure(message: refusal.description)
        }
        let writer = RowWriter(format: output.format)
        for row in result.rows {
            writer.write(OutputRow(zip(result.columns, row).map { ($0, Self.cell($1)) }))
        }
        writer.finish(columns: result.columns)
    }

    static func cell(_ value: DatabaseValue) -> Cell {
        switch value.storage {
        case .null: return .text(nil)
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .text(data.map { String(format: "%02x", $0) }.joined())
        }
    }
}
