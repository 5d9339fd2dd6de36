/// `ColumnWidthRule`: how wide the column of a body block is, in em.
///
/// Column width varies between articles and even between the columns of one
/// article (13–15 characters on the seed; a lead paragraph set across
/// columns is 50 wide), so it is estimated locally. A block of three or more
/// lines is measured by its widest line: full lines are justified to the
/// column, and the first line (lost indent) and last line (paragraph end)
/// are only ever shorter. A shorter block borrows the width of the nearest
/// long block (the previous one on a tie: a stretch at a column top ends an
/// article more often than the next long block belongs to it), or its own
/// widest line if that is wider (a wide lead).
enum ColumnWidth {
    static let name = "ColumnWidthRule"

    /// The median width of `lines` (the upper one of an even count): a
    /// measure of running text that one hanging mark or short line cannot move.
    static func median<C: Collection>(_ lines: C) -> Double where C.Element == PageLine {
        let widths = lines.map(\.width).sorted()
        return widths.isEmpty ? 0 : widths[widths.count / 2]
    }

    /// Lines a block needs to measure itself.
    static let selfMeasuringLines = 3

    /// Width for each of `blocks` (nil where no estimate is possible).
    /// - Parameter eligible: which blocks are running text and may be measured.
    static func estimate(_ blocks: [TextBlock], eligible: [Bool]) -> [Double?] {
        let own: [Double?] = blocks.indices.map { i in
            eligible[i] && blocks[i].lines.count >= selfMeasuringLines ? measure(blocks[i]) : nil
        }
        return blocks.indices.map { i in
            if let w = own[i] { return w }
            let next = ((i + 1)..<blocks.count).first { own[$0] != nil }
            let previous = (0..<i).last { own[$0] != nil }
            let nearest: Int?
            switch (previous, next) {
            case let (p?, n?): nearest = (n - i) < (i - p) ? n : p
            case let (p, n): nearest = p ?? n
            }
            guard let nearest, let width = own[nearest] else {
                return blocks[i].lines.count > 1 ? blocks[i].widest : nil
            }
            return max(width, blocks[i].widest)
        }
    }

    /// `datelineOverhang`: a block's own measure is its widest line, except
    /// that a first line opening with a dateline is left out: the dateline is
    /// never broken, so that line can run past the column ("新华社上海11月4日电
    /// 第四届中国国际进口" over a column of 13). Counter-case: a lead set
    /// across columns is as wide below its first line, so it keeps its measure.
    static func measure(_ block: TextBlock) -> Double {
        guard block.lines.count >= selfMeasuringLines, let first = block.lines.first, BylineRule.opensLine(first.text) else {
            return block.widest
        }
        return block.lines.dropFirst().map(\.width).max() ?? block.widest
    }

    /// Width of the nearest long block other than `i` (nil if none): the
    /// column a block sits in, not counting the block itself.
    static func neighbourWidth(of i: Int, in blocks: [TextBlock], eligible: [Bool]) -> Double? {
        let long = { (j: Int) in j != i && eligible[j] && blocks[j].lines.count >= selfMeasuringLines }
        let next = ((i + 1)..<blocks.count).first(where: long)
        let previous = (0..<i).last(where: long)
        switch (previous, next) {
        case let (p?, n?): return blocks[(n - i) < (i - p) ? n : p].widest
        case let (p, n): return (p ?? n).map { blocks[$0].widest }
        }
    }

    /// A line clearly shorter than its column: it ended a paragraph.
    /// Full lines vary by up to two characters with justification and
    /// compressed punctuation, so "clearly" is 2.5 em.
    static func isShortEnding(_ width: Double, column: Double) -> Bool {
        width <= column - 2.5
    }

    /// A line about as wide as its column: running text, not an indent or an end.
    /// On the seed, lines at the top of a column that continue a paragraph
    /// are 0–1.5 em below their block's widest line (mostly ≤ 1), paragraph
    /// first lines 2–3; the line is drawn at 1 so that a first line that
    /// squeezed in a closing mark is not taken for a full one.
    static func isFull(_ width: Double, column: Double) -> Bool {
        width >= column - fullSlack
    }

    static let fullSlack = 1.0
}
