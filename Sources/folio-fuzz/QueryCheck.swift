import FolioQuery

/// `SearchQuery(parsing:)` on arbitrary user input, run against a real FTS5
/// table with the archive's columns, tokenizer and `detail=none`.
///
/// Promises checked: there is an expression exactly when there is no empty
/// reason, and the reason fits the terms; the expression has no NUL and is
/// valid FTS5 without positions (a MATCH with it runs without error: every
/// string is one token, with no column filter); it never matches an
/// empty row; and when nothing is excluded, a row whose every column holds
/// all the positive terms matches it.
enum QueryCheck {
    static func check(_ bytes: [UInt8]) throws(InvariantViolation) {
        let input = String(decoding: bytes, as: UTF8.self)
        let query = SearchQuery(parsing: input)
        try require((query.matchExpression == nil) == (query.emptyReason != nil),
                    "expression \(query.matchExpression.map { debug($0) } ?? "nil") with empty reason \(String(describing: query.emptyReason))")
        switch query.emptyReason {
        case .nothingSearchable?:
            try require(query.terms.isEmpty && query.excludedTerms.isEmpty, "nothing searchable, yet terms \(query.terms) \(query.excludedTerms)")
        case .onlyExclusions?:
            try require(query.terms.isEmpty && !query.excludedTerms.isEmpty, "only exclusions, yet terms \(query.terms) \(query.excludedTerms)")
        case nil:
            try require(!query.terms.isEmpty, "an expression without positive terms")
        }
        guard let expression = query.matchExpression else { return }
        try require(!expression.unicodeScalars.contains("\0"), "the expression contains NUL")

        let database = try FTS5Database()
        try database.rows("CREATE VIRTUAL TABLE articles_fts USING fts5(headline, subheadlines, section_heads, body, byline, tokenize='folio', detail=none)")
        let allTerms = query.terms.joined(separator: " ")
        try database.rows("INSERT INTO articles_fts(rowid, headline, subheadlines, section_heads, body, byline) VALUES (1, ?1, ?1, ?1, ?1, ?1)", [allTerms])
        try database.rows("INSERT INTO articles_fts(rowid, headline, subheadlines, section_heads, body, byline) VALUES (2, '', '', '', '', '')")
        let matched = try database.rows("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", [expression])
            .compactMap { $0[0] }
        try require(!matched.contains("2"), "\(debug(expression)) matches an empty row")
        if query.excludedTerms.isEmpty {
            try require(matched == ["1"], "\(debug(expression)) does not match a row holding all its terms, \(debug(allTerms))")
        }
    }
}
