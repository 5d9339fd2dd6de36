import FolioTokenizer

/// Marks where a query's terms occur in stored text, for snippets.
///
/// FTS5's highlight() re-runs the query for each article shown and
/// re-tokenizes all its columns (with `detail=none`, the only way it can
/// find positions). The marker instead marks the occurrences `TermPattern`
/// finds — the matcher that verified the article — so a snippet marks
/// exactly what made the article match: a CJK run wherever it occurs, a
/// word only as a whole word, a prefix at the start of a word, a phrase
/// ("新冠 肺炎") from its first to its last character, separators between
/// included. A term restricted to a column (`headline:疫情`) is marked in
/// that column only. Excluded terms are not marked.
struct HitMarker: Sendable {
    let terms: [TermPattern]
    let scope: ColumnSet

    init(terms: [TermPattern], scope: ColumnSet = .all) {
        self.terms = terms
        self.scope = scope
    }

    /// `text` with every occurrence of a term that may match in `column`
    /// between `open` and `close` (adjacent and overlapping hits merged),
    /// or nil when nothing occurs.
    func mark(_ text: String, column: SearchColumn, open: String, close: String) -> String? {
        let terms = self.terms.filter { $0.columns.intersection(scope).contains(column) }
        guard !terms.isEmpty else { return nil }
        let utf8 = Array(text.utf8)
        let folded = utf8.withUnsafeBufferPointer { FolioTokenizer.FoldedText(utf8: $0) }
        // Marked byte ranges of the original text, by start.
        var marked: [Range<Int>] = []
        for term in terms {
            term.forEachOccurrence(in: folded) { scalars in
                marked.append(Int(folded.byteStarts[scalars.lowerBound]) ..< Int(folded.byteEnds[scalars.upperBound - 1]))
            }
        }
        guard !marked.isEmpty else { return nil }
        marked.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in marked {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound ..< max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + merged.count * (open.utf8.count + close.utf8.count))
        var position = 0
        for range in merged {
            out += utf8[position ..< range.lowerBound]
            out += open.utf8
            out += utf8[range]
            out += close.utf8
            position = range.upperBound
        }
        out += utf8[position...]
        return String(decoding: out, as: UTF8.self)
    }
}
