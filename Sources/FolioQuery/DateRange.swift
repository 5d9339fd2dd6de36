/// A publication-date filter built from `--date`, `--since` and `--until`.
public struct DateRange: Sendable, Equatable {
    /// The first publication day included, as `YYYY-MM-DD`; nil for no lower
    /// bound. Compared as text, which orders ISO dates correctly.
    public var first: String?
    /// The last publication day included, as `YYYY-MM-DD`; nil for no upper bound.
    public var last: String?

    /// No filter: undated articles are included too. As soon as one bound is
    /// set, undated articles are left out.
    public static let all = DateRange(first: nil, last: nil)

    /// Creates a range from inclusive `YYYY-MM-DD` bounds, taken as they are
    /// (not validated); use `init(date:since:until:)` for user input.
    public init(first: String?, last: String?) {
        self.first = first
        self.last = last
    }

    /// `date` wins over `since`/`until`; each accepts YYYY-MM-DD, YYYY-MM or YYYY.
    public init(date: String? = nil, since: String? = nil, until: String? = nil) throws(QueryError) {
        if let date {
            guard let range = try DatePattern(parsing: date).dayRange else { throw .badDate(date) }
            self.init(first: range.first.description, last: range.last.description)
            return
        }
        var first: String?
        var last: String?
        if let since {
            guard let range = try DatePattern(parsing: since).dayRange else { throw .badDate(since) }
            first = range.first.description
        }
        if let until {
            guard let range = try DatePattern(parsing: until).dayRange else { throw .badDate(until) }
            last = range.last.description
        }
        if let first, let last, first > last, let since, let until { throw .badRange(since: since, until: until) }
        self.init(first: first, last: last)
    }

    /// SQL condition on a `publication_date` column and its arguments.
    func condition(column: String) -> (sql: String, arguments: [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        if let first { clauses.append("\(column) >= ?"); arguments.append(first) }
        if let last { clauses.append("\(column) <= ?"); arguments.append(last) }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
