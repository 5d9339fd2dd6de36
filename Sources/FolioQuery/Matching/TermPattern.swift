import FolioTokenizer

/// One search term compiled for the index and for the stored text: its
/// phrase (`FolioTokenizer.Phrase`: candidate tokens for `detail=none`, and
/// the exact occurrences) and the columns it may match in.
///
/// Verification, ranking and snippet marking all go through the phrase's
/// `forEachOccurrence`: one matcher, so a row is counted, scored and marked
/// for the same reason.
struct TermPattern: Sendable, Equatable {
    let phrase: FolioTokenizer.Phrase
    /// The columns the term may match in.
    let columns: ColumnSet

    init(_ term: SearchTerm) {
        phrase = FolioTokenizer.Phrase(term.text, isPrefix: term.isPrefix)
        columns = term.column.flatMap(SearchColumn.init(name:)).map(ColumnSet.init) ?? .all
    }

    /// Whether the candidate tokens alone are exact for this term.
    var isSingleToken: Bool { phrase.isSingleToken }

    /// The FTS5 clause finding every article that may contain the term: its
    /// candidate tokens ANDed, with no column filter (`detail=none` has none).
    var candidateClause: String { phrase.candidateExpression ?? "\"\"" }

    /// The index token the term is, as FTS5 stores it, when it is exactly
    /// one (a character, a bigram, a whole word); nil for a prefix or a term
    /// of several tokens.
    var indexToken: String? {
        guard phrase.isSingleToken, phrase.candidateTokens.count == 1 else { return nil }
        let scalars: [UInt32]
        switch phrase.pieces.first {
        case .run(let characters): scalars = characters
        case .word(let word, isPrefix: false): scalars = word
        case .word, nil: return nil
        }
        return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }

    func forEachOccurrence(in text: FolioTokenizer.FoldedText, _ body: (Range<Int>) -> Void) {
        phrase.forEachOccurrence(in: text, body)
    }

    func count(in text: FolioTokenizer.FoldedText) -> Int { phrase.count(in: text) }

    func occurs(in text: FolioTokenizer.FoldedText) -> Bool { phrase.occurs(in: text) }
}
