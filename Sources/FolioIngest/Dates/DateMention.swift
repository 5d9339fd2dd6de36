/// How precise a mentioned date is.
public enum DateGranularity: String, Sendable, Codable {
    case day, month, year
}

/// A date expression found in an article's text.
public struct DateMention: Sendable, Equatable {
    /// The expression as written, e.g. "3月 25日" or "昨天".
    public var text: String
    /// Offset of the expression in Unicode scalars from the start of the searched text.
    public var start: Int
    /// Length in Unicode scalars.
    public var length: Int
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or `--MM`; nil when unresolvable.
    public var date: String?
    public var granularity: DateGranularity

    public init(text: String, start: Int, length: Int, date: String?, granularity: DateGranularity) {
        self.text = text
        self.start = start
        self.length = length
        self.date = date
        self.granularity = granularity
    }
}
