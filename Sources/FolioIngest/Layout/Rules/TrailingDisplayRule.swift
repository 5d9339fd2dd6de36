/// `TrailingDisplayRule`: display lines set directly under a paragraph, with
/// no blank line between, are cut from its block.
///
/// The extraction drops the blank line above a head or quote now and then
/// ("…密码安全等方面得到应用。" / "“用光子来计算”"). After a line that ends a
/// sentence, the lines closing a block are split off as a block of their own:
/// - `repeat`: one to three lines that repeat the text above them in the
///   same block (a pull quote under its sentence: "…桥隧比超过八成。" then
///   "线路全长260公里，桥隧比超过八成");
/// - `shortLine`: one last line with no sentence or clause punctuation at all that
///   falls `shortness` em short of the block's median line (a section head).
///   In running text only a paragraph's last line is short, and it ends
///   with a sentence mark.
/// Counter-cases: a paragraph's first line after a sentence end is full
/// less the indent, and it continues on the next line, so it is never the
/// block's last; a note in brackets ("（完）") is text, not a head; a block
/// of two lines has no measure to be short against.
enum TrailingDisplayRule {
    static let name = "TrailingDisplayRule"
    /// How far below the block's widest line a trailing head must fall.
    static let shortness = 2.5
    /// Most lines a repeated quote may take.
    static let quoteLines = 3

    /// The number of lines at the end of `lines` to split off, or 0.
    static func trailingCount(_ lines: [PageLine]) -> Int {
        guard lines.count >= 3 else { return 0 }
        for k in 1...min(quoteLines, lines.count - 2) {
            let head = lines[..<(lines.count - k)]
            guard head.last!.text.endsSentence else { continue }
            let tail = TextJoiner.join(lines.suffix(k).map(\.text))
            let quote = tail.hasSuffix("。") ? String(tail.dropLast()) : tail
            if quote.count >= 6, TextJoiner.join(head.map(\.text)).contains(quote) { return k }
        }
        let last = lines[lines.count - 1]
        guard lines[lines.count - 2].text.endsSentence, !Glyph.hasClausePunctuation(last.text),
              !last.text.endsSentence, last.width <= ColumnWidth.median(lines.dropLast()) - shortness,
              let first = last.text.trimmingWhitespace.first, first != "（", first != "("
        else { return 0 }
        return 1
    }
}
