import FolioTokenizer

/// Marks where a query's terms occur in stored text, for snippets.
///
/// FTS5's highlight() re-runs the query for each article shown and
/// re-tokenizes all its columns: a millisecond or more for a page of 20
/// hits, most of a search's time. The marker instead looks for each
/// positive term's pieces in the folded text directly, as the index sees
/// them: a CJK run ("疫情防控") wherever it occurs, a word ("covid") only
/// as a whole word, a prefix ("covid*") at the start of a word. Phrases and
/// runs are marked piece by piece ("新冠 肺炎" marks 新冠 and 肺炎), as a
/// reader expects. Excluded terms are not marked.
struct HitMarker: Sendable {
    struct Piece: Sendable, Equatable {
        var scalars: [Unicode.Scalar]
        var isWord: Bool
        var isPrefix: Bool
    }

    let pieces: [Piece]

    init(terms: [(text: String, isPrefix: Bool)]) {
        var pieces: [Piece] = []
        for (text, isPrefix) in terms {
            let folded = FolioTokenizer.foldedScalars(text)
            var current: [Unicode.Scalar] = []
            var currentKind: FolioTokenizer.ScalarKind?
            func flush(last: Bool) {
                if let kind = currentKind, !current.isEmpty {
                    pieces.append(Piece(scalars: current, isWord: kind == .word, isPrefix: last && isPrefix && kind == .word))
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
        // Longest first, so that a longer piece wins where two overlap.
        self.pieces = pieces.sorted { $0.scalars.count > $1.scalars.count }
    }

    /// `text` with every occurrence of a piece between `open` and `close`
    /// (adjacent and overlapping hits merged), or nil when nothing occurs.
    func mark(_ text: String, open: String, close: String) -> String? {
        guard !pieces.isEmpty else { return nil }
        let original = Array(text.unicodeScalars)
        let folded = FolioTokenizer.foldedScalars(text)
        var hit = [Bool](repeating: false, count: original.count)
        var any = false
        for piece in pieces {
            let n = piece.scalars.count
            guard n > 0, n <= folded.count else { continue }
            var i = 0
            while i + n <= folded.count {
                if folded[i].scalar == piece.scalars[0], matches(piece, at: i, in: folded) {
                    for k in i..<(i + n) { hit[k] = true }
                    any = true
                    i += n
                } else {
                    i += 1
                }
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

    private func matches(_ piece: Piece, at i: Int, in folded: [(scalar: Unicode.Scalar, kind: FolioTokenizer.ScalarKind)]) -> Bool {
        let n = piece.scalars.count
        for k in 0..<n where folded[i + k].scalar != piece.scalars[k] { return false }
        guard piece.isWord else { return true }
        // A word token is the whole run of word scalars: no word scalar may touch it.
        if i > 0, folded[i - 1].kind == .word { return false }
        if !piece.isPrefix, i + n < folded.count, folded[i + n].kind == .word { return false }
        return true
    }
}
