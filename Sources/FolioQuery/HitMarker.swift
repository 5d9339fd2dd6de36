import FolioTokenizer

/// Marks where a query's terms occur in stored text, for snippets.
///
/// FTS5's highlight() re-runs the query for each article shown and
/// re-tokenizes all its columns: a millisecond or more for a page of 20
/// hits, most of a search's time. The marker instead looks for each
/// positive term's pieces in the folded text directly, as the index sees
/// them: a CJK run ("疫情防控") wherever it occurs, a word ("covid") only
/// as a whole word, a prefix ("covid*") at the start of a word, with
/// zero-width marks skipped on both sides as the tokenizer skips them.
/// Phrases and runs are marked piece by piece ("新冠 肺炎" marks 新冠 and
/// 肺炎), as a reader expects; a term restricted to a column
/// (`headline:疫情`) is marked in that column only. Excluded terms are not
/// marked.
struct HitMarker: Sendable {
    struct Piece: Sendable, Equatable {
        var scalars: [Unicode.Scalar]
        var isWord: Bool
        var isPrefix: Bool
        /// The only column the piece may be marked in, or nil for any.
        var column: String?
    }

    let pieces: [Piece]

    init(terms: [SearchTerm]) {
        var pieces: [Piece] = []
        for term in terms {
            let (isPrefix, column) = (term.isPrefix, term.column)
            let folded = FolioTokenizer.foldedScalars(term.text)
            var current: [Unicode.Scalar] = []
            var currentKind: FolioTokenizer.ScalarKind?
            func flush(last: Bool) {
                if let kind = currentKind, !current.isEmpty {
                    pieces.append(Piece(scalars: current, isWord: kind == .word,
                                        isPrefix: last && isPrefix && kind == .word, column: column))
                }
                current = []
                currentKind = nil
            }
            for (scalar, kind) in folded {
                switch kind {
                case .ignorable: continue
                case .separator: flush(last: false)
                case .word, .cjk:
                    if currentKind != kind { flush(last: false) }
                    currentKind = kind
                    current.append(scalar)
                }
            }
            flush(last: true)
        }
        self.pieces = pieces
    }

    /// `text` with every occurrence of a piece that may be marked in
    /// `column` between `open` and `close` (adjacent and overlapping hits
    /// merged), or nil when nothing occurs.
    func mark(_ text: String, column: String, open: String, close: String) -> String? {
        let pieces = self.pieces.filter { $0.column == nil || $0.column == column }
        guard !pieces.isEmpty else { return nil }
        let original = Array(text.unicodeScalars)
        let folded = FolioTokenizer.foldedScalars(text)
        // The scalars the index sees: zero-width marks neither match nor separate.
        let kept = folded.indices.filter { folded[$0].kind != .ignorable }
        let seen = kept.map { folded[$0] }
        var hit = [Bool](repeating: false, count: original.count)
        var any = false
        for piece in pieces {
            let n = piece.scalars.count
            guard n > 0, n <= seen.count else { continue }
            for i in 0...(seen.count - n) where seen[i].scalar == piece.scalars[0] && matches(piece, at: i, in: seen) {
                for k in kept[i]...kept[i + n - 1] { hit[k] = true }
                any = true
            }
        }
        guard any else { return nil }
        var out = String.UnicodeScalarView()
        var inHit = false
        for (k, scalar) in original.enumerated() {
            if hit[k] != inHit {
                out.append(contentsOf: (hit[k] ? open : close).unicodeScalars)
                inHit = hit[k]
            }
            out.append(scalar)
        }
        if inHit { out.append(contentsOf: close.unicodeScalars) }
        return String(out)
    }

    private func matches(_ piece: Piece, at i: Int, in seen: [(scalar: Unicode.Scalar, kind: FolioTokenizer.ScalarKind)]) -> Bool {
        let n = piece.scalars.count
        for k in 0..<n where seen[i + k].scalar != piece.scalars[k] { return false }
        guard piece.isWord else { return true }
        // A word token is the whole run of word scalars: no word scalar may touch it.
        if i > 0, seen[i - 1].kind == .word { return false }
        if !piece.isPrefix, i + n < seen.count, seen[i + n].kind == .word { return false }
        return true
    }
}
