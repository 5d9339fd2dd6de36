/// `ColumnWidthRule`: how wide the column of a body block is, in em.
///
/// Column width varies between articles and even between the columns of one
/// article (13–15 characters on the seed; a lead paragraph set across
/// columns is 50 wide), so it is estimated locally. A block of three or more
/// lines is measured by its widest line: full lines are justified to the
/// column, and the first line (lost indent) and last line (paragraph end)
/// are only ever shorter. A shorter block borrows the width of the nearest
/// long block, preferring the following one (a one-line stretch at a column
/// foot continues in the next column, which has the same measure).
enum ColumnWidth {
    static let name = "ColumnWidthRule"

    /// Lines a block needs to measure itself.
    static let selfMeasuringLines = 3

    /// Width for each of `blocks` (nil where no estimate is possible).
    /// - Parameter eligible: which blocks are running text and may be measured.
    static func estimate(_ blocks: [TextBlock], eligible: [Bool]) -> [Double?] {
        let own: [Double?] = blocks.indices.map { i in
            eligible[i] && blocks[i].lines.count >= selfMeasuringLines ? blocks[i].widest : nil
        }
        return blocks.indices.map { i in
            if let w = own[i] { return w }
            let next = own[(i + 1)...].lazy.compactMap { $0 }.first
            let previous = own[..<i].reversed().lazy.compactMap { $0 }.first
            switch (next, previous) {
            case let (n?, _) where n >= blocks[i].widest - 0.5: return n
            case let (_, p?) where p >= blocks[i].widest - 0.5: return p
            case let (n?, _): return max(n, blocks[i].widest)
            case let (nil, p?): return max(p, blocks[i].widest)
            default: return blocks[i].lines.count > 1 ? blocks[i].widest : nil
            }
        }
    }

    /// A line clearly shorter than its column: it ended a paragraph.
    /// Full lines vary by up to two characters with justification and
    /// compressed punctuation, so "clearly" is 2.5 em.
    static func isShortEnding(_ width: Double, column: Double) -> Bool {
        width <= column - 2.5
    }

    /// A line about as wide as its column: running text, not an indent or an end.
    static func isFull(_ width: Double, column: Double) -> Bool {
        width >= column - 0.5
    }
}
