/// A run of consecutive non-blank lines: stage 2 of the reader.
///
/// Blank lines on these pages mark both paragraph breaks and column breaks,
/// so a block is "what stood together in one column stretch", not yet a
/// paragraph.
struct TextBlock: Equatable {
    let lines: [PageLine]
    /// Lines joined by the `TextJoiner` rules: joined once, since most rules read it.
    let joined: String

    init(lines: [PageLine]) {
        self.lines = lines
        self.joined = TextJoiner.join(lines.map(\.text))
    }

    var firstLine: Int { lines.first?.index ?? 0 }
    var texts: [String] { lines.map(\.text) }
    var widest: Double { lines.map(\.width).max() ?? 0 }
}

/// Groups lines into blocks.
///
/// `BylineSplitRule`: a line that opens with a byline or dateline starts a
/// new block even with no blank line before it (on the seed a deck sits
/// directly above "新华社电 中共中央…"). A line that is nothing but a
/// byline ("本报记者 何畅") is a block of its own, so the byline never
/// merges into a paragraph.
///
/// `RubricRule`: a column rubric ("数说经济") on the line above its headline is
/// a block of its own (see `RubricLabel`); `HeadStackRule`: so is a kicker or
/// a deck glued to a two-line headline.
///
/// `DeckRule.dashLead`: a dash-led line set directly under head lines is a
/// deck of its own (see `DashDeckRule.hangsFromHead`).
///
/// A block that is page furniture as a whole (a masthead "体育" / "2018年12月26日
/// 星期三" / "12") is not cut by the rules below; it is tested only when one
/// of them would cut it, as few blocks are.
///
/// `LeadingDisplayRule` and `TrailingDisplayRule` cut heads and quotes set
/// directly above or below a paragraph, where the blank line was lost.
enum BlockReader {
    static func read(_ lines: [PageLine]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current: [PageLine] = []
        func flush() {
            defer { current = [] }
            guard !current.isEmpty else { return }
            let pieces = cut(current, headAbove: HeadStackRule.kickerStandsAbove(blocks),
                             rubricAbove: blocks.last.map { $0.lines.count == 1 && RubricLabel.isRubric($0.joined) } ?? false)
            // A masthead is kept whole: its short labels are not heads glued to it.
            if pieces.count > 1, FurnitureRule.match(TextBlock(lines: current), atPageEdge: blocks.isEmpty) != nil {
                blocks.append(TextBlock(lines: current))
            } else {
                blocks += pieces
            }
        }
        for line in lines {
            if line.isBlank { flush(); continue }
            if DashDeckRule.hangsFromHead(line, below: current) {
                flush()
                current.append(line)
                flush()
                continue
            }
            // A writer's signature under a lone head line ("灯下读旧书" / "□ 陈望舒") is a block of its own;
            // elsewhere "■ 现场" may be a passage's label inside the text.
            if current.count == 1, current[0].readsAsHead, BylineRule.isSignatureLine(line.text) {
                flush()
                current.append(line)
                flush()
                continue
            }
            if BylineRule.opensLine(line.text) {
                flush()
                current.append(line)
                if BylineRule.isWholeLine(line.text) { flush() }
                continue
            }
            current.append(line)
        }
        flush()
        return blocks
    }

    /// A run of lines without a blank cut into the blocks set against one
    /// another in it: a rubric or a kicker or deck above or below a two-line
    /// headline, a head glued above its paragraph, a quote or head glued below.
    private static func cut(_ run: [PageLine], headAbove: @autoclosure () -> Bool, rubricAbove rubricStandsAbove: @autoclosure () -> Bool) -> [TextBlock] {
        var pieces: [TextBlock] = []
        var rest = run
        // A rubric glued above its headline is a block of its own; the headline
        // may hold a colon or a comma ("浙江安吉：一片叶子富了一方百姓", "小小“一次性”，
        // 背后是大观念"), not a sentence's end.
        if rest.count >= 2, RubricLabel.isRubric(rest[0].text), !rest[1].text.containsSentencePunctuation {
            pieces.append(TextBlock(lines: [rest[0]]))
            rest.removeFirst()
        }
        // A wide deck under a stack of three lines is a block of its own.
        var deckUnderStack: TextBlock?
        if HeadStackRule.hasDeckUnderStack(rest) {
            deckUnderStack = TextBlock(lines: [rest.removeLast()])
        }
        // A kicker or deck glued to a two-line headline is a block of its own.
        let rubricGlued = pieces.count == 1
        if let cut = HeadStackRule.cut(rest, headAbove: rubricGlued || headAbove(), rubricAbove: rubricGlued || rubricStandsAbove()) {
            pieces.append(TextBlock(lines: Array(rest[..<cut])))
            rest.removeFirst(cut)
        }
        let head = LeadingDisplayRule.leadingCount(rest)
        if head > 0 { pieces.append(TextBlock(lines: Array(rest[..<head]))) }
        let body = Array(rest[head...])
        let tail = TrailingDisplayRule.trailingCount(body)
        pieces.append(TextBlock(lines: Array(body.dropLast(tail))))
        if tail > 0 { pieces.append(TextBlock(lines: Array(body.suffix(tail)))) }
        if let deckUnderStack { pieces.append(deckUnderStack) }
        return pieces
    }
}
