/// `ParagraphBreakRule`: where paragraphs end, given that the indent was lost
/// and blank lines mark both paragraph and column breaks.
///
/// Inside a block (no blank line):
/// - `shortSentenceEnd`: a line that ends a sentence and is clearly shorter
///   than its column ends the paragraph ("力所能及的帮助。" followed directly
///   by "会议强调，…", where a column break fell just before it).
///   Counter-case: "…热度不减。" at nearly full width followed by a full
///   line stays one paragraph.
/// - `columnTopEnd`: the same at the top of a column when the ending line is
///   full: the first line of a block that ends a sentence, followed by an
///   indent-short line (at least `indentedNextSlack` below the column) that
///   is not the block's last, ends the paragraph. Only at the column top:
///   there the missing blank line is the known extraction quirk; further
///   down a lost indent alone is weak evidence, as full lines vary by up to
///   two characters with justification.
/// Across a blank line:
/// - `openSentence`: text that stopped without sentence-final punctuation
///   continues after the blank (a column break mid-sentence, or right after
///   a paragraph's first line).
/// - `fullLines`: text that ended a sentence exactly at a full line
///   continues if the next block's first line is full width too (a new
///   paragraph would start indent-short). A paragraph's first line is full
///   at the column less the indent ("学校是近视防控的主阵地。" filling a
///   first line, then "不少学校落实…" at full width in the next column).
///   Not across a head: a section head stands between paragraphs.
/// - otherwise the blank is a paragraph break (`sentenceEnd`).
enum ParagraphBreakRule {
    static let shortSentenceEnd = "ParagraphBreakRule.shortSentenceEnd"
    static let columnTopEnd = "ParagraphBreakRule.columnTopEnd"
    /// Shown on a block split by `shortSentenceEnd` or `columnTopEnd`.
    static let endInsideBlock = "ParagraphBreakRule.endInsideBlock"
    /// How far below the column a line must fall to count as indent-short.
    static let indentedNextSlack = 1.5
    static let openSentence = "ParagraphBreakRule.openSentence"
    static let fullLines = "ParagraphBreakRule.fullLines"
    static let sentenceEnd = "ParagraphBreakRule.sentenceEnd"
    static let pageStart = "ParagraphBreakRule.pageStart"

    /// Indices after which a block's lines break into paragraphs.
    static func breaks(in lines: [PageLine], column: Double) -> [Int] {
        guard lines.count > 1 else { return [] }
        var result: [Int] = []
        for i in 0..<(lines.count - 1) where lines[i].text.endsSentence && !opensWithClosingMark(lines[i + 1].text) {
            if ColumnWidth.isShortEnding(lines[i].width, column: column) {
                result.append(i)
            } else if i == 0, lines.count > 2, lines[1].width <= column - indentedNextSlack {
                result.append(i)
            }
        }
        return result
    }

    /// Whether the paragraph ending in `last` continues into a block starting with `first`.
    /// - Parameter lastIsFirstLine: `last` is its paragraph's first line, whose
    ///   full measure is the column less the lost indent.
    /// How close to its column the next block's first line must come for
    /// `fullLines`: stricter than `ColumnWidth.isFull`, because a paragraph's
    /// first line ending on a compressed mark can come within 1 em of the
    /// column, and breaking is the safer default after a sentence end.
    static let fullNextSlack = 0.5

    /// - Parameter headBetween: a display block (head) stands between the two
    ///   blocks; heads sit between paragraphs, so only an open sentence continues.
    static func continues(
        last: PageLine, lastColumn: Double, lastIsFirstLine: Bool, first: PageLine, firstColumn: Double,
        headBetween: Bool = false
    ) -> Bool {
        if !last.text.endsSentence || opensWithClosingMark(first.text) { return true }
        if headBetween { return false }
        let lastFull = lastIsFirstLine
            ? last.width >= lastColumn - 3 : ColumnWidth.isFull(last.width, column: lastColumn)
        return lastFull && first.width >= firstColumn - fullNextSlack
    }

    /// `closingMarkContinues`: no paragraph opens with a closing quote or a
    /// comma ("”今年七十六岁的张大爷说。" continues the quote before it).
    static func opensWithClosingMark(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return Glyph.closing.contains(first) || DisplayWidth.compressed.contains(first)
    }
}
