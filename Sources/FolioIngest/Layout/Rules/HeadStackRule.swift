/// `HeadStackRule`: three head lines with no blank line between them are a
/// two-line headline with a kicker or a deck glued to it, when one line
/// stands apart by its length:
/// - a first line much shorter than the two under it is a kicker ("非遗" /
///   "蔚县剪纸作品展" / "在省博物院开幕");
/// - a last line much longer than the two above it is a deck ("地铁6号线二期" /
///   "月底前全线“电通”" / "联调联试后将择机开通试运营"): decks are set smaller,
///   to a longer measure.
/// Counter-cases: lines of about one length are one headline wrapped twice
/// ("工业生产稳步回升" / "服务业加快恢复" / "经济运行持续向好"; "强降雨袭击" /
/// "德国比利时部分地区" / "多处村镇被淹"). Only lines without any punctuation
/// are heads; running text always has some within three lines.
///
/// `HeadStackRule.pair`: a display block of two lines, each at least
/// `pairLength` characters long, is a headline and its deck ("中老铁路全线开通
/// 运营" / "昆明至万象实现铁路直达"): a headline set large wraps at eight or
/// nine characters, so two long lines are two titles. Counter-case: a
/// two-line block with a shorter line is one headline wrapped ("工业投资增速"
/// / "连续六个月保持两位数"; "家门口的“共享食堂”" / "暖了老人胃也暖了心") — over
/// the blind page sets, 139 such blocks against one long meeting title.
enum HeadStackRule {
    static let name = "HeadStackRule"
    /// A kicker is at most this share of the shorter headline line.
    static let kickerRatio = 0.6
    /// A deck is at least this multiple of the longer headline line.
    static let deckRatio = 1.3
    /// Shortest line, in characters, of a headline-and-deck pair.
    static let pairLength = 10
    static let pair = "HeadStackRule.pair"

    /// Splits each display block of two long lines into a headline block and a
    /// deck block (stage 3b of the reader), with the verdicts and columns to match.
    static func splitPairs(
        _ blocks: [TextBlock], verdicts: [BlockVerdict], columns: [Double?]
    ) -> (blocks: [TextBlock], verdicts: [BlockVerdict], columns: [Double?]) {
        guard blocks.indices.contains(where: { isPair(blocks[$0], verdicts[$0]) }) else { return (blocks, verdicts, columns) }
        var result: ([TextBlock], [BlockVerdict], [Double?]) = ([], [], [])
        for i in blocks.indices {
            if isPair(blocks[i], verdicts[i]) {
                let verdict = BlockVerdict(kind: .display, rule: verdicts[i].rule + " + " + pair)
                for line in blocks[i].lines {
                    result.0.append(TextBlock(lines: [line]))
                    result.1.append(verdict)
                    result.2.append(columns[i])
                }
            } else {
                result.0.append(blocks[i])
                result.1.append(verdicts[i])
                result.2.append(columns[i])
            }
        }
        return result
    }

    private static func isPair(_ block: TextBlock, _ verdict: BlockVerdict) -> Bool {
        guard verdict.kind == .display, verdict.rule == DisplayLineRule.name, block.lines.count == 2 else { return false }
        return block.lines.allSatisfy { line in
            line.text.filter { !$0.isWhitespace }.count >= pairLength && !Glyph.hasClausePunctuation(line.text)
        }
    }

    /// Where to cut the lines of a block: 1 after a kicker, 2 before a deck, or nil.
    static func cut(_ lines: [PageLine]) -> Int? {
        guard lines.count == 3, lines.allSatisfy({ !Glyph.hasClausePunctuation($0.text) && !$0.text.endsSentence }) else { return nil }
        let widths = lines.map(\.width)
        if widths[0] <= kickerRatio * min(widths[1], widths[2]) { return 1 }
        if widths[2] >= deckRatio * max(widths[0], widths[1]) { return 2 }
        return nil
    }
}
