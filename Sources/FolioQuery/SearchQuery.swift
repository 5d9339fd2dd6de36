import FolioTokenizer

/// A user's search, parsed leniently into a safe FTS5 MATCH expression.
///
/// User input never reaches MATCH raw: every term is emitted as an FTS5
/// string (`"…"`, embedded quotes doubled), so the `folio` tokenizer sees it
/// and no character can be read as FTS5 syntax. The query language:
///
/// | Input | Meaning |
/// |---|---|
/// | `疫情 防控` | both terms (AND) |
/// | `"新冠 肺炎"`, `“新冠 肺炎”` | a phrase |
/// | `北京 OR 上海` | either; OR binds tighter than the implicit AND, so `疫情 北京 OR 上海` is `疫情 AND (北京 OR 上海)` |
/// | `-广告`, `NOT 广告` | exclude rows containing the term |
/// | `headline:疫情` (also `subheadlines:`, `section_heads:`, `body:`, `byline:`) | the term in that column |
/// | `covid*` | words starting with `covid` (only after a Latin letter or digit) |
///
/// Rules for everything else (see `SearchQueryLexer` and `SearchQueryParser`):
/// * Operators are the uppercase words `OR`, `AND`, `NOT`; a dangling one
///   (`疫情 AND`, `OR`, `NOT`) is ignored. `AND` is the default anyway.
/// * Any other quote, bracket or punctuation is literal text: the tokenizer
///   treats it as a separator, so `(疫情` and `疫情)` mean `疫情`.
///   An unterminated quote runs to the end of the input.
/// * A term that yields no token (`-`, `***`, `（）`) is dropped.
/// * Input beyond `maximumLength` scalars is ignored; control characters
///   (and `FolioTokenizer.bigramsOnlyMarker`, which this type puts at the
///   end of every term) are spaces.
/// * A query with only exclusions has no expression (FTS5 cannot match
///   "everything except"): `matchExpression` is nil and `emptyReason` is
///   `.onlyExclusions`.
public struct SearchQuery: Sendable, Equatable {
    /// Why a query has no match expression.
    public enum EmptyReason: Sendable, Equatable {
        /// Nothing in the input yields a searchable token.
        case nothingSearchable
        /// Only excluded terms (`-term`, `NOT term`); nothing to match.
        case onlyExclusions
    }

    /// Longest input considered, in Unicode scalars.
    public static let maximumLength = 1000

    /// The FTS5 expression, or nil when nothing is searchable.
    public var matchExpression: String?

    /// Positive terms as the user wrote them (without operators, column or
    /// `*`), for highlighting and verification.
    public var terms: [String]

    /// Excluded terms as the user wrote them.
    public var excludedTerms: [String]

    /// Positive terms with their prefix flag and column, for `HitMarker`.
    var positiveTerms: [SearchTerm] = []

    /// Set when `matchExpression` is nil.
    public var emptyReason: EmptyReason?

    /// Parses user input. Never fails: what cannot be read as an operator is
    /// searched as text, and `emptyReason` says when nothing is left.
    public init(parsing input: String) {
        var scalars = String.UnicodeScalarView()
        // Control characters become spaces, inside phrases too: FTS5 reads its
        // expression as a C string, so a NUL would cut a quoted string short.
        for scalar in input.unicodeScalars.prefix(Self.maximumLength) {
            // The tokenizer's end-of-term marker is ours to place, never the user's.
            let isSpace = scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == FolioTokenizer.bigramsOnlyMarker
            scalars.append(isSpace ? " " : scalar)
        }
        let parsed = SearchQueryParser.parse(SearchQueryLexer.lexemes(in: String(scalars)))
        terms = parsed.alternatives.flatMap { $0.map(\.text) }
        positiveTerms = parsed.alternatives.flatMap { $0 }
        excludedTerms = parsed.exclusions.map(\.text)
        matchExpression = Self.expression(alternatives: parsed.alternatives, exclusions: parsed.exclusions)
        emptyReason = matchExpression != nil ? nil : parsed.exclusions.isEmpty ? .nothingSearchable : .onlyExclusions
    }

    /// `(a OR b) AND c NOT (d OR e)`, fully parenthesised: FTS5 gives NOT
    /// and AND precedence over OR, which is not the precedence of this language.
    private static func expression(alternatives: [[SearchTerm]], exclusions: [SearchTerm]) -> String? {
        guard !alternatives.isEmpty else { return nil }
        let groups = alternatives.map { group in
            group.count == 1 ? group[0].ftsExpression : "(" + group.map(\.ftsExpression).joined(separator: " OR ") + ")"
        }
        var expression = groups.count == 1 ? groups[0] : "(" + groups.joined(separator: " AND ") + ")"
        if !exclusions.isEmpty {
            let excluded = exclusions.map(\.ftsExpression)
            expression += " NOT " + (excluded.count == 1 ? excluded[0] : "(" + excluded.joined(separator: " OR ") + ")")
        }
        return expression
    }
}

/// One term of a search: a word, a run of text or a phrase, possibly
/// restricted to a column or used as a prefix.
struct SearchTerm: Sendable, Equatable {
    /// The columns of `articles_fts` a term may be restricted to.
    static let columns: Set<String> = ["headline", "subheadlines", "section_heads", "body", "byline"]

    var text: String
    var column: String?
    var isPrefix = false

    /// Whether the tokenizer finds anything to search in `text`.
    var isSearchable: Bool {
        !FolioTokenizer.tokens(in: text, forQuery: true).isEmpty
    }

    /// `column : "text"*`, with the text quoted as an FTS5 string.
    var ftsExpression: String {
        // Scalar by scalar: a quote followed by a combining mark is one
        // Character but still a quote to FTS5.
        var string = String.UnicodeScalarView(["\""])
        for scalar in text.unicodeScalars {
            string.append(scalar)
            if scalar == "\"" { string.append("\"") }
        }
        // Bigrams only for the term's last run: `HitMarker` marks hits, not highlight().
        string.append(Unicode.Scalar(FolioTokenizer.bigramsOnlyMarker)!)
        string.append(contentsOf: isPrefix ? "\"*".unicodeScalars : "\"".unicodeScalars)
        let quoted = String(string)
        return column.map { "\($0) : \(quoted)" } ?? quoted
    }
}
