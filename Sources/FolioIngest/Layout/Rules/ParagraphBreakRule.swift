/// `ParagraphBreakRule`: where paragraphs end, given that the indent was lost
/// and blank lines mark both paragraph and column breaks.
///
/// Inside a block (no blank line):
/// - `shortSentenceEnd`: a line that ends a sentence and is clearly shorter
///   than its column ends the paragraph ("力所能及的帮助。" followed directly
///   by "会议强调，…", where a column break fell just before it).
///   Counter-case: "…热度不减。" at nearly full width followed by a full
///   line stays one paragraph.
///   Counter-case (`firstLineFillsIndent`): a block's first line short only
///   by about the lost indent, followed by a full line, is a paragraph's
///   first line.
/// - `columnTopEnd`: the same when the ending line is full: a line that ends
///   a sentence, followed by an indent-short line (at least
///   `indentedNextSlack` below the column) that is not the block's last,
///   ends the paragraph ("…典型应用案例。" at full width, then "在一家汽车零部件
///   工厂，" two characters short). Inside a paragraph every line but the
///   last is full, so a short line after a sentence end can only be a new
///   paragraph's first line. Below the block's first line the line must
///   fall `indentedNextSlackInside` short ("…种植基地。" hanging past the
///   column, then "作为一名科技特派员，他每" a compressed comma short, is one
///   paragraph). Counter-cases: a short line that is the
///   block's last may be a head or the end of the text, and widths are
///   compared in em, so digits and compressed marks do not make a full
///   line look short.
/// - `columnFootStart`: the same when the short line is the block's last,
///   holds a clause mark and stops mid-sentence: a new paragraph's first
///   line at the foot of a column.
/// Across a blank line:
/// - `openSentence`: text that stopped without sentence-final punctuation
///   continues after the blank (a column break mid-sentence, or right after
///   a paragraph's first line).
/// - `fullLines`: text that ended a sentence exactly at a full line
///   continues if the next block's first line is full width too (a new
///   paragraph would start indent-short). A paragraph's first line is full
///   at the column less the indent ("学校是近视防控的主阵地。" filling a
///   first line, then "不少学校落实…" at full width in the next column).
///   Not across a head: a section head stands between paragraphs. Nor
///   across a change of measure (`measureChange`): a lead set across columns
///   (`measureChangeRatio` times as wide as the column under it) that ends a
///   sentence ends its paragraph ("…其中一级文物二十件。" at 25 characters,
///   then "展览分为“开凿”“漕运”" in a column of 13).
/// - otherwise the blank is a paragraph break (`sentenceEnd`).
/// Both inside a block and across a blank line:
/// - `quoteAttribution`: a quotation that ends a sentence ("…参与进来。”")
///   goes on in the same paragraph when the next line opens by naming its
///   speaker ("该负责人说，今年3月，", "张大爷笑着说。", "他告诉记者，"):
///   over the blind sets, 152 such attributions share the quotation's
///   paragraph against one that opens a new one. Counter-case: an official's
///   statement ("…负责人表示，", "据…介绍，") opens a paragraph of its own as
///   often as not, and is left to the other rules.
enum ParagraphBreakRule {
    static let shortSentenceEnd = "ParagraphBreakRule.shortSentenceEnd"
    static let columnTopEnd = "ParagraphBreakRule.columnTopEnd"
    /// Shown on a block split by `shortSentenceEnd` or `columnTopEnd`.
    static let endInsideBlock = "ParagraphBreakRule.endInsideBlock"
    /// How far below the column a line must fall to count as indent-short.
    static let indentedNextSlack = 1.5
    /// The same below a block's first line, where a full line ending in a
    /// hanging mark widens the column estimate and a compressed comma
    /// narrows a full line: the whole lost indent and more is asked for.
    static let indentedNextSlackInside = 2.5
    static let openSentence = "ParagraphBreakRule.openSentence"
    static let fullLines = "ParagraphBreakRule.fullLines"
    static let sentenceEnd = "ParagraphBreakRule.sentenceEnd"
    static let pageStart = "ParagraphBreakRule.pageStart"

    /// Indices after which a block's lines break into paragraphs.
    static func breaks(in lines: [PageLine], column: Double) -> [Int] {
        guard lines.count > 1 else { return [] }
        var result: [Int] = []
        for i in 0..<(lines.count - 1) where lines[i].text.endsSentence && !opensWithClosingMark(lines[i + 1].text)
            && !attributesQuotation(lines[i].text, lines[i + 1].text) {
            if ColumnWidth.isShortEnding(lines[i].width, column: column) {
                if i == 0, isWholeFirstLine(lines[0], before: lines[1], column: column) { continue }
                result.append(i)
            } else if i + 2 < lines.count,
                      lines[i + 1].width <= column - (i == 0 ? indentedNextSlack : indentedNextSlackInside) {
                result.append(i)
            } else if i + 2 == lines.count, opensParagraphAtColumnFoot(lines[i + 1], column: column) {
                result.append(i)
            }
        }
        return result
    }

    /// `columnFootStart`: `columnTopEnd` where the short line is the block's
    /// last: running text (it holds a clause mark) that stops mid-sentence
    /// indent-short ("消费市场逐步恢复。前三季" under "…提高2.1个百分点。",
    /// the column breaking after it) is a new paragraph's first line, since
    /// a line that goes on in the next column would be full. Counter-case:
    /// a last line without punctuation may be a head glued to the text
    /// (`TrailingDisplayRule`), and one ending a sentence is a paragraph's end.
    static func opensParagraphAtColumnFoot(_ line: PageLine, column: Double) -> Bool {
        !line.text.endsSentence && Glyph.hasClausePunctuation(line.text)
            && line.width <= column - lostIndent && line.width >= column - lostIndent - indentedNextSlack
    }

    /// The lost indent of a paragraph's first line, in em.
    static let lostIndent = 2.0

    /// `firstLineFillsIndent`, the counter-case of `shortSentenceEnd` at a
    /// block's first line: a line that ends a sentence short of the column by
    /// no more than the lost indent, followed by a full line, is a
    /// paragraph's first line ("清单公布只是第一步。" then "“一次办好”能否真正
    /// 落地，" at full width), not a one-line paragraph: a paragraph after it
    /// would open indent-short.
    static func isWholeFirstLine(_ line: PageLine, before next: PageLine, column: Double) -> Bool {
        !ColumnWidth.isShortEnding(line.width, column: column - lostIndent) && ColumnWidth.isFull(next.width, column: column)
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
        if attributesQuotation(last.text, first.text) { return true }
        // `measureChange`: a sentence ended at the end of a lead set across
        // columns ends its paragraph; the columns under it open a new one.
        if lastColumn >= measureChangeRatio * firstColumn { return false }
        let lastFull = lastIsFirstLine
            ? last.width >= lastColumn - 3 : ColumnWidth.isFull(last.width, column: lastColumn)
        return lastFull && first.width >= firstColumn - fullNextSlack
    }

    /// `measureChange`: how much wider than the next block's column a
    /// block must be set to count as a lead across columns.
    static let measureChangeRatio = 1.6

    static let quoteAttribution = "ParagraphBreakRule.quoteAttribution"
    /// Longest speaker, in characters, before the verb of `quoteAttribution`.
    static let attributionSpeakerLength = 12

    /// `quoteAttribution`: `line` ends a sentence inside a closing quote and
    /// `next` opens by naming who said it.
    static func attributesQuotation(_ line: String, _ next: String) -> Bool {
        // Most lines end otherwise: no trimming, no arrays.
        guard line.unicodeScalars.last(where: { !SimpleScalars.isWhitespace($0) }) == "”" else { return false }
        let end = Array(line.trimmingWhitespace.unicodeScalars.suffix(2))
        guard end.count == 2, end[1] == "”", "。！？".unicodeScalars.contains(end[0]) else { return false }
        let opening = Array(next.trimmingWhitespace.unicodeScalars.prefix(attributionSpeakerLength + 5))
        for (i, s) in opening.enumerated() {
            if "，。“”：；、".unicodeScalars.contains(s) { break }
            guard i >= 1 else { continue }
            for verb in attributionVerbs {
                let v = Array(verb.unicodeScalars)
                let after = i + v.count
                guard after < opening.count, i - 1 < attributionSpeakerLength || verb != "说",
                      Array(opening[i..<after]) == v, "，。：".unicodeScalars.contains(opening[after]) else { continue }
                // "来说", "俗话说", "也就是说", "小说": 说 of a phrase, no speaker.
                if verb == "说", notSpeakerBeforeShuo.unicodeScalars.contains(opening[i - 1]) { return false }
                return true
            }
        }
        return false
    }
    private static let attributionVerbs = ["说", "告诉记者", "坦言"]
    /// Characters before 说 that make a phrase of it rather than a speaker's verb.
    private static let notSpeakerBeforeShuo = "来话是小据听再就所常又还也不难好以虽"

    /// `closingMarkContinues`: no paragraph opens with a closing quote or a
    /// comma ("”今年七十六岁的张大爷说。" continues the quote before it).
    static func opensWithClosingMark(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return Glyph.closing.contains(first) || DisplayWidth.compressed.contains(first)
    }
}
