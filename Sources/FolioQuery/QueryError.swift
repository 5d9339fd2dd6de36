/// Mistakes in a question a user asked. Each reads as one line.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    /// The query, given as the value, has nothing to match: only punctuation
    /// or operators, only excluded terms, or (raw) only spaces.
    case emptyQuery(String)
    /// The value is not `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`, names a
    /// day that does not exist, or is `--MM-DD` where a publication-date range
    /// is needed.
    case badDate(String)
    /// `--since` falls after `--until`; both values as the user gave them.
    case badRange(since: String, until: String)
    /// FTS5 refused the expression, with SQLite's message. Only raw queries
    /// reach FTS5 unchecked, so only they can cause it.
    case badSyntax(String)

    /// The message for the user, on one line.
    public var description: String {
        switch self {
        case .emptyQuery(let query):
            return "nothing to search for in \"\(query)\" (give at least one word that is not only punctuation or an operator)"
        case .badDate(let value):
            return "\"\(value)\" is not a valid date (expected YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)"
        case .badRange(let since, let until):
            return "--since \(since) is after --until \(until)"
        case .badSyntax(let message):
            return "invalid search expression: \(message)"
        }
    }
}
