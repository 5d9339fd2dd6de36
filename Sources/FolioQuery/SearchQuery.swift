import FolioTokenizer

/// A user's search, parsed leniently into a safe FTS5 MATCH expression of
/// *candidates* and an exact matcher for them.
///
/// User input never reaches MATCH raw: every index token is emitted as an
/// FTS5 string (`"…"`), so the `folio` tokenizer sees it and no character can
/// be read as FTS5 syntax. The index is built with `detail=none` (see
/// schema.sql): it knows which articles hold a token, not where, and accepts
/// only strings of one token, without column filters. So each term becomes
/// the AND of its tokens (a one-character run its character, a longer run
/// its bigrams, a word itself), which every article containing the term
/// matches; `matcher` then checks the candidates exactly in their stored
/// text (phrases, runs of three or more characters, column filters,
/// exclusions of such terms). When every term is one token in every column
/// the expression is exact already and `isExact` is true.
///
/// The query language:
///
/// | Input | Meaning |
/// |---|---|
/// | `疫情 防控` | both terms (AND) |
/// | `"新冠 肺炎"`, `“新冠 肺炎”` | a phrase: consecutive tokens, whatever separators lie between them |
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
///   end of every token string) are spaces.
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

    /// The FTS5 expression of the candidates (a superset of the matches
    /// unless `isExact`), or nil when nothing is searchable.
    public var matchExpression: String?

    /// Whether `matchExpression` finds exactly the matching articles, with
    /// no check of their text: every term is one index token searched in
    /// every column.
    public var isExact: Bool { matcher.isExact() }

    /// Positive terms as the user wrote them (without operators, column or
    /// `*`).
    public var terms: [String]

    /// Excluded terms as the user wrote them.
    public var excludedTerms: [String]

    /// The exact evaluation of the query on stored text.
    let matcher: QueryMatcher

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
        excludedTerms = parsed.exclusions.map(\.text)
        matcher = QueryMatcher(groups: parsed.alternatives, exclusions: parsed.exclusions)
        matchExpression = parsed.alternatives.isEmpty ? nil : matcher.candidateExpression
        emptyReason = matchExpression != nil ? nil : parsed.exclusions.isEmpty ? .nothingSearchable : .onlyExclusions
    }
}

/// One term of a search: a word, a run of text or a phrase, possibly
/// restricted to a column or used as a prefix.
struct SearchTerm: Sendable, Equatable {
    /// The columns of `articles_fts` a term may be restricted to.
    static let columns = Set(SearchColumn.allCases.map(\.name))

    var text: String
    var column: String?
    var isPrefix = false

    /// Whether the tokenizer finds anything to search in `text`.
    var isSearchable: Bool {
        !FolioTokenizer.tokens(in: text, forQuery: true).isEmpty
    }
}
