/// What a block is before articles are known: stage 3 of the reader.
///
/// The final role of a display block (headline, kicker, deck, section head)
/// depends on its article, which `DisplayAssigner` decides later.
enum BlockKind: Equatable {
    case furniture
    case body
    /// A block holding only a byline ("本报记者 何畅").
    case byline
    case display
    case pullQuote
}

struct BlockVerdict: Equatable {
    var kind: BlockKind
    var rule: String
}

/// Applies the block rules in order: furniture, byline, pull quote / deck,
/// display line (unless a body fragment), body.
enum BlockClassifier {
    static let bodyRule = "BodyRule.runningText"
    static let deckRule = "DeckRule.underHeadline"

    static func classify(_ blocks: [TextBlock]) -> (verdicts: [BlockVerdict], columns: [Double?]) {
        var verdicts: [BlockVerdict] = []
        let furniture = blocks.indices.map { FurnitureRule.match(blocks[$0], atPageEdge: $0 == 0 || $0 == blocks.count - 1) }
        let candidate = blocks.map(DisplayLineRule.isCandidate)
        let columns = ColumnWidth.estimate(blocks, eligible: candidate.map { !$0 })
        for i in blocks.indices {
            verdicts.append(verdict(
                for: i, blocks: blocks, furniture: furniture, candidate: candidate, columns: columns, earlier: verdicts))
        }
        return (verdicts, columns)
    }

    private static func verdict(
        for i: Int, blocks: [TextBlock], furniture: [String?], candidate: [Bool], columns: [Double?], earlier: [BlockVerdict]
    ) -> BlockVerdict {
        let block = blocks[i]
        if let rule = furniture[i] { return BlockVerdict(kind: .furniture, rule: rule) }
        let first = block.lines[0].text
        if BylineRule.isWholeLine(first), block.lines.count == 1 {
            return BlockVerdict(kind: .byline, rule: "\(BylineRule.name).wholeLine")
        }
        if BylineRule.opensLine(first) { return BlockVerdict(kind: .body, rule: "\(BylineRule.name).opensArticle") }

        let others = PageText(blocks.indices.filter { $0 != i && furniture[$0] == nil }.map { blocks[$0].joined })
        let previous = earlier.last { $0.kind != .furniture }
        if PullQuoteRule.matches(block, in: others) {
            if candidate[i], previous?.kind == .display { return BlockVerdict(kind: .display, rule: deckRule) }
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.name)
        }
        guard candidate[i] else { return BlockVerdict(kind: .body, rule: bodyRule) }

        let previousBody = earlier.indices.last { earlier[$0].kind == .body }
        let previousIsOpen = previousBody.map { !(blocks[$0].lines.last?.text.endsSentence ?? true) } ?? false
        if BodyFragmentRule.continuesOpenSentence(block, previousBodyIsOpen: previousIsOpen, column: columns[i]) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.continuesOpenSentence)
        }
        let next = i + 1 < blocks.count ? blocks[i + 1] : nil
        let nextColumn = i + 1 < blocks.count ? columns[i + 1] : nil
        if BodyFragmentRule.isColumnFoot(block, next: next, nextColumn: nextColumn, page: others) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
        }
        return BlockVerdict(kind: .display, rule: DisplayLineRule.name)
    }
}
