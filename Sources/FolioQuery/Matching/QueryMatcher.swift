import FolioTokenizer

/// A whole parsed query, evaluated exactly against an article's columns.
///
/// The index (`detail=none`) answers with *candidates*: articles holding
/// every token of a term somewhere. That is exact for a term of one token
/// searched in every column, and a superset otherwise (a phrase, a word of
/// three or more characters, a term restricted to a column). The matcher
/// decides the rest on the stored text with `TermPattern`: the same
/// AND-of-ORs and exclusions the query means, each term in its columns.
struct QueryMatcher: Sendable, Equatable {
    /// Groups ANDed together; the terms of a group ORed.
    let groups: [[TermPattern]]
    /// Terms no matching article may contain.
    let exclusions: [TermPattern]

    init(groups: [[SearchTerm]], exclusions: [SearchTerm]) {
        self.groups = groups.map { $0.map(TermPattern.init) }
        self.exclusions = exclusions.map(TermPattern.init)
    }

    /// The positive terms, in query order: what ranking scores and snippets mark.
    var positiveTerms: [TermPattern] { groups.flatMap { $0 } }

    /// Whether the candidate expression alone is the exact answer in `scope`:
    /// every term is one token that may match in every column, and the
    /// scope is the whole article.
    func isExact(in scope: ColumnSet = .all) -> Bool {
        scope == .all && (positiveTerms + exclusions).allSatisfy { $0.isSingleToken && $0.columns == .all }
    }

    /// The FTS5 expression of the candidates: each term's tokens ANDed, the
    /// groups' alternatives ORed, the groups ANDed; an exclusion only when it
    /// is exact (one token in every column), since excluding a superset would
    /// drop true matches. Fully parenthesised: FTS5 gives NOT and AND
    /// precedence over OR, which is not the precedence of the query language.
    var candidateExpression: String {
        let clauses = groups.map { group in
            group.count == 1 ? group[0].candidateClause : "(" + group.map(\.candidateClause).joined(separator: " OR ") + ")"
        }
        var expression = clauses.count == 1 ? clauses[0] : "(" + clauses.joined(separator: " AND ") + ")"
        let excluded = exclusions.filter { $0.isSingleToken && $0.columns == .all }.map(\.candidateClause)
        if !excluded.isEmpty {
            expression += " NOT " + (excluded.count == 1 ? excluded[0] : "(" + excluded.joined(separator: " OR ") + ")")
        }
        return expression
    }

    /// The columns whose text `matches` and ranking read within `scope`.
    func columnsRead(in scope: ColumnSet) -> ColumnSet {
        (positiveTerms + exclusions).reduce(ColumnSet()) { $0.union($1.columns) }.intersection(scope)
    }

    /// Whether an article with these column texts (indexed by
    /// `SearchColumn.rawValue`; nil for an empty or unread column) matches
    /// the query with every term searched only in `scope`.
    func matches(_ texts: ColumnTexts, in scope: ColumnSet = .all) -> Bool {
        func occurs(_ term: TermPattern) -> Bool {
            term.columns.intersection(scope).columns.contains { column in
                texts[column].map(term.occurs(in:)) ?? false
            }
        }
        return groups.allSatisfy { $0.contains(where: occurs) } && !exclusions.contains(where: occurs)
    }
}

/// The folded text of an article's searchable columns, as read for one row.
struct ColumnTexts {
    private var texts: [FolioTokenizer.FoldedText?] = Array(repeating: nil, count: SearchColumn.allCases.count)

    subscript(column: SearchColumn) -> FolioTokenizer.FoldedText? {
        get { texts[column.rawValue] }
        set { texts[column.rawValue] = newValue }
    }
}
