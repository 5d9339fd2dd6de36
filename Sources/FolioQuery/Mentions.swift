import GRDB

/// An article that mentions a date, with the expression and its sentence.
public struct MentionHit: Sendable, Equatable, Codable {
    /// The id of the article that holds the mention, as `folio show` takes it.
    public var id: Int64
    /// The file name (last path component) of the article's page.
    public var source: String
    /// When the article was published, as `YYYY-MM-DD`; nil when unknown.
    /// Not to be confused with `date`, the date the article talks about.
    public var publicationDate: String?
    /// The article's headline; nil when it has none.
    public var headline: String?
    /// The expression as written, e.g. "3月 25日".
    public var text: String
    /// The resolved date it stands for.
    public var date: String?
    /// The sentence around the expression.
    public var sentence: String
}

extension FolioArchive {
    /// Articles that mention a date within `pattern` (a day, month, year, or a
    /// month-day in any year), in publication order.
    public func mentions(of pattern: DatePattern, limit: Int? = nil) throws -> [MentionHit] {
        let condition = pattern.condition(column: "m.date")
        var sql = """
            SELECT a.id, s.file_name AS source, a.publication_date, a.headline, a.body,
                   m.field, m.start, m.length, m.text, m.date
            FROM date_mentions m
            JOIN articles a ON a.id = m.article_id
            JOIN sources s ON s.id = a.source_id
            WHERE \(condition.sql)
            ORDER BY a.publication_date IS NULL, a.publication_date, s.file_name, a.position, m.field = 'body', m.start
            """
        var arguments: [any DatabaseValueConvertible] = condition.arguments
        if let limit { sql += " LIMIT ?"; arguments.append(limit) }
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                let field: String = row["field"]
                let text: String = (field == "headline" ? row["headline"] : row["body"]) ?? ""
                return MentionHit(
                    id: row["id"], source: row["source"], publicationDate: row["publication_date"],
                    headline: row["headline"], text: row["text"], date: row["date"],
                    sentence: Sentence.around(text, start: row["start"], length: row["length"]))
            }
        }
    }
}

/// The sentence that holds a span of text, bounded by sentence-final
/// punctuation or a paragraph break.
enum Sentence {
    static let terminators: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", "\n"]

    static func around(_ text: String, start: Int, length: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, start <= scalars.count else { return "" }
        var lower = start
        while lower > 0 && !terminators.contains(scalars[lower - 1]) { lower -= 1 }
        var upper = min(scalars.count, start + max(length, 0))
        while upper < scalars.count && !terminators.contains(scalars[upper]) { upper += 1 }
        if upper < scalars.count && scalars[upper] != "\n" { upper += 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lower..<upper])
        return String(out)
    }
}
