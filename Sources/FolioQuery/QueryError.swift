/// Mistakes in a question a user asked. Each reads as one line.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    case emptyQuery(String)
    case badDate(String)
    case badRange(since: String, until: String)
    case badSyntax(String)

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
