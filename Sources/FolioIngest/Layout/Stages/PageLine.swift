/// One line of the page, normalized and measured: stage 1 of the reader.
struct PageLine: Equatable {
    /// 0-based line number in the page text.
    var index: Int
    /// The line without leading/trailing whitespace (the lost indent, the
    /// page's single leading space) and with no line terminator.
    var text: String
    /// Display width in em; see `DisplayWidth`.
    var width: Double

    init(index: Int, text: String) {
        self.index = index
        self.text = text
        self.width = DisplayWidth.of(text)
    }

    var isBlank: Bool { text.isEmpty }

    /// A line of head type: no clause punctuation, no sentence end. Running
    /// text carries some within a few lines; heads carry none.
    var readsAsHead: Bool { !Glyph.hasClausePunctuation(text) && !text.endsSentence }
}

/// Splits page text into measured lines.
enum LineReader {
    static func read(_ text: String) -> [PageLine] {
        // CR and LF always stand alone as Characters (or together as "\r\n"),
        // and never occur inside another scalar's UTF-8 bytes: splitting the
        // bytes cuts exactly where splitting the Characters would.
        var lines: [PageLine] = []
        let utf8 = text.utf8
        // Line ends found in the UTF-8 buffer, as (end, next start) byte offsets.
        let breaks: [(Int, Int)]? = utf8.withContiguousStorageIfAvailable { bytes in
            var found: [(Int, Int)] = []
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                guard byte == 0x0A || byte == 0x0D else { continue }
                let end = i - 1
                if byte == 0x0D, i < bytes.count, bytes[i] == 0x0A { i += 1 }
                found.append((end, i))
            }
            return found
        }
        if let breaks {
            var start = utf8.startIndex
            for (end, next) in breaks {
                let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
                lines.append(PageLine(index: lines.count, text: cleaned(text[start..<endIndex])))
                start = utf8.index(utf8.startIndex, offsetBy: next)
            }
            lines.append(PageLine(index: lines.count, text: cleaned(text[start...])))
            return lines
        }
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            guard byte == 0x0A || byte == 0x0D else { i = utf8.index(after: i); continue }
            lines.append(PageLine(index: lines.count, text: cleaned(text[start..<i])))
            i = utf8.index(after: i)
            if byte == 0x0D, i < utf8.endIndex, utf8[i] == 0x0A { i = utf8.index(after: i) }
            start = i
        }
        lines.append(PageLine(index: lines.count, text: cleaned(text[start...])))
        return lines
    }

    /// Tabs become spaces, the ends are trimmed.
    private static func cleaned(_ raw: Substring) -> String {
        guard SimpleScalars.allSimple(raw) else { return String(raw).replacingTabsAndCR.trimmingWhitespace }
        let trimmed = raw.trimmingSimpleWhitespace
        let hasTab = trimmed.utf8.withContiguousStorageIfAvailable { $0.contains(0x09) } ?? trimmed.utf8.contains(0x09)
        guard hasTab else { return String(trimmed) }
        return String(trimmed.map { $0 == "\t" ? " " : $0 })
    }

    /// The reference: what `read` does, `Character` by `Character`.
    static func readByCharacter(_ text: String) -> [PageLine] {
        // "\r\n" is a single Character in Swift, so split on every newline form.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .enumerated().map { index, raw in
            let cleaned = String(raw).replacingTabsAndCR.trimmingWhitespace
            return PageLine(index: index, text: cleaned)
        }
    }
}

extension String {
    fileprivate var replacingTabsAndCR: String {
        String(compactMap { c -> Character? in
            if c == "\r" { return nil }
            if c == "\t" { return " " }
            return c
        })
    }
}
