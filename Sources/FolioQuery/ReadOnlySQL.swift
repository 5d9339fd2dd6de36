import Foundation
import GRDB

/// The result of a read-only SQL statement.
public struct SQLResult: Sendable {
    /// The column names of the last statement, in order.
    public var columns: [String]
    /// The last statement's rows, each in column order. Values keep their
    /// SQLite storage class (integer, real, text, blob or NULL).
    public var rows: [[DatabaseValue]]
}

/// Why `folio sql` refused a statement.
public enum SQLRefusal: Error, Equatable, CustomStringConvertible {
    /// The statement would change the file; the value is its first keyword
    /// (`INSERT`, `VACUUM`, …), or `writing` when it has none.
    case write(String)
    /// `ATTACH` or `DETACH`: only this archive may be read.
    case attach
    /// A PRAGMA that may set a value: any with `=` or `(` after its name.
    /// That refuses `PRAGMA table_info(t)` too; the table-valued form
    /// `SELECT * FROM pragma_table_info('t')` reads the same rows.
    case pragmaAssignment
    /// The input holds no statement, only spaces or comments.
    case empty

    /// The message for the user, on one line.
    public var description: String {
        switch self {
        case .write(let keyword): return "\(keyword) statements are not allowed: folio sql is read-only"
        case .attach: return "ATTACH and DETACH are not allowed: folio sql reads this archive only"
        case .pragmaAssignment: return "PRAGMA assignments are not allowed: folio sql is read-only (PRAGMA name; reads are fine)"
        case .empty: return "no SQL statement given"
        }
    }
}

extension FolioArchive {
    /// Runs SQL that only reads. The connection is opened read-only with
    /// `query_only`, and each statement is checked before it runs: writes,
    /// ATTACH/DETACH and PRAGMA assignments are refused. `parameters` bind
    /// to `:name`, `@name` or `$name`. The `folio` tokenizer is registered,
    /// so MATCH works. Returns the last statement's rows.
    public func readOnlySQL(_ sql: String, parameters: [String: DatabaseValue] = [:]) throws -> SQLResult {
        try read { db in
            try db.execute(sql: "PRAGMA query_only = 1")
            var result = SQLResult(columns: [], rows: [])
            var sawStatement = false
            let statements = try db.allStatements(sql: sql)
            while let statement = try statements.next() {
                sawStatement = true
                try Self.check(statement)
                if !parameters.isEmpty {
                    try statement.setArguments(StatementArguments(parameters))
                }
                let rows = try Row.fetchAll(statement)
                result = SQLResult(columns: statement.columnNames, rows: rows.map { row in row.databaseValues.map { $0 } })
            }
            if !sawStatement { throw SQLRefusal.empty }
            return result
        }
    }

    private static func check(_ statement: Statement) throws {
        let keyword = statement.sql.firstKeyword
        switch keyword {
        case "ATTACH", "DETACH":
            throw SQLRefusal.attach
        case "PRAGMA":
            let body = statement.sql.drop { $0 != " " && $0 != "\t" && $0 != "\n" }
            if body.contains("=") || body.contains("(") { throw SQLRefusal.pragmaAssignment }
        case "VACUUM", "REINDEX", "ANALYZE", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE":
            throw SQLRefusal.write(keyword)
        default:
            break
        }
        if !statement.isReadonly { throw SQLRefusal.write(keyword.isEmpty ? "writing" : keyword) }
    }
}

private extension String {
    /// The first SQL keyword, uppercased, after leading whitespace and comments.
    var firstKeyword: String {
        var rest = Substring(self)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        return String(rest.prefix { $0.isLetter }).uppercased()
    }
}
