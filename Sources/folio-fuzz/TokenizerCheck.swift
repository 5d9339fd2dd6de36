import FolioTokenizer

/// The folio tokenizer on arbitrary bytes, alone and inside FTS5.
///
/// Promises checked, for document and query tokens: offsets lie inside the
/// input and are not empty; positions advance (a colocated token shares the
/// start of the token before it, others start strictly later, and document
/// characters and words do not overlap); token text is not empty and no
/// longer than a word may be; each document token is exactly what its own
/// bytes tokenize to; `tokens(in:)` agrees with `tokens(inUTF8:)`; folded
/// text gives the same tokens. Inside a real FTS5 table: the index passes
/// `integrity-check`, a document matches itself quoted as a phrase, and
/// highlight() marks lie on the document's own text.
enum TokenizerCheck {
    /// Longest token in bytes: a word is cut at 128 bytes (one scalar of
    /// slack), a bigram has two scalars.
    static let longestToken = 128

    static func check(_ bytes: [UInt8]) throws(InvariantViolation) {
        for forQuery in [false, true] {
            let tokens = FolioTokenizer.tokens(inUTF8: bytes, forQuery: forQuery)
            try checkOffsets(tokens, byteCount: bytes.count, forQuery: forQuery)
            if !forQuery {
                try checkEachTokenAlone(tokens, bytes: bytes)
            }
            if let text = String(validating: bytes, as: UTF8.self) {
                try require(FolioTokenizer.tokens(in: text, forQuery: forQuery) == tokens,
                            "tokens(in:) and tokens(inUTF8:) differ")
                let folded = FolioTokenizer.folded(text)
                try require(folded.unicodeScalars.count == text.unicodeScalars.count, "folding changed the scalar count")
                try require(FolioTokenizer.tokens(in: folded, forQuery: forQuery).map(\.text) == tokens.map(\.text),
                            "folded text \(debug(folded)) tokenizes differently")
            }
        }
        try checkInFTS5(String(decoding: bytes, as: UTF8.self))
    }

    private static func checkOffsets(_ tokens: [FolioTokenizer.Token], byteCount: Int, forQuery: Bool) throws(InvariantViolation) {
        let kind = forQuery ? "query" : "document"
        var previous: FolioTokenizer.Token?
        var previousEnd = 0
        for token in tokens {
            let range = token.byteRange
            try require(range.lowerBound >= 0 && range.upperBound <= byteCount && !range.isEmpty,
                        "\(kind) token \(token) outside the \(byteCount) bytes or empty")
            try require(!token.text.isEmpty && token.text.utf8.count <= longestToken, "\(kind) token \(token) has a bad length")
            if token.isColocated {
                try require(!forQuery, "colocated query token \(token)")
                let before = try unwrap(previous, "the first \(kind) token \(token) is colocated")
                try require(range.lowerBound == before.byteRange.lowerBound && range.upperBound > before.byteRange.upperBound,
                            "colocated \(token) does not extend \(before)")
            } else if let before = previous {
                try require(range.lowerBound > before.byteRange.lowerBound, "\(kind) token \(token) does not advance past \(before)")
                if !forQuery {
                    try require(range.lowerBound >= previousEnd, "document token \(token) overlaps the one before (ending at \(previousEnd))")
                }
            }
            if !token.isColocated { previousEnd = range.upperBound }
            previous = token
        }
    }

    /// A document token's own bytes, tokenized alone, give that token again:
    /// the offsets cut exactly around what was read.
    private static func checkEachTokenAlone(_ tokens: [FolioTokenizer.Token], bytes: [UInt8]) throws(InvariantViolation) {
        for token in tokens where !token.isColocated {
            let alone = FolioTokenizer.tokens(inUTF8: Array(bytes[token.byteRange]), forQuery: false).filter { !$0.isColocated }
            try require(alone.map(\.text) == [token.text], "\(token) alone tokenizes to \(alone)")
        }
    }

    private static func checkInFTS5(_ text: String) throws(InvariantViolation) {
        // C0 controls are separators to the tokenizer; as spaces they cannot
        // cut the query short (FTS5 reads it as a C string) or pose as the
        // highlight markers U+0001 and U+0002.
        let document = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        let database = try FTS5Database()
        try database.rows("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='folio')")
        try database.rows("INSERT INTO t(rowid, x) VALUES (1, ?)", [document])
        try database.rows("INSERT INTO t(t) VALUES ('integrity-check')")
        guard !FolioTokenizer.tokens(in: document, forQuery: true).isEmpty else { return }
        let rows = try database.rows("SELECT highlight(t, 0, char(1), char(2)) FROM t WHERE t MATCH ?", [ftsString(document)])
        try require(rows.count == 1, "the document does not match itself as a phrase")
        let marked = try unwrap(rows[0][0], "highlight() returned NULL")
        var open = false
        var unmarked = String.UnicodeScalarView()
        var marks = 0
        var lastWasOpen = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "\u{1}":
                try require(!open, "highlight() opens a mark twice: \(debug(marked))")
                open = true
                marks += 1
                lastWasOpen = true
            case "\u{2}":
                try require(open && !lastWasOpen, "highlight() closes a mark it did not open or marks nothing: \(debug(marked))")
                open = false
            default:
                unmarked.append(scalar)
                lastWasOpen = false
            }
        }
        try require(!open && marks > 0, "highlight() marks are unbalanced or missing: \(debug(marked))")
        try require(identical(String(unmarked), document), "highlight() changed the text: \(debug(marked))")
    }
}
