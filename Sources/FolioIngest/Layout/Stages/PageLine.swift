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
}

/// Splits page text into measured lines.
enum LineReader {
    static func read(_ text: String) -> [PageLine] {
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
