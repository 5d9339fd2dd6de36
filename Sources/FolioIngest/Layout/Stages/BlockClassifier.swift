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
/// display line (unless a pull quote inside a sentence or a body fragment), body.
enum BlockClassifier {
    static let bodyRule = "BodyRule.runningText"
    static let deckRule = "DeckRule.underHeadline"

    static func classify(_ blocks: [TextBlock]) -> (verdicts: [BlockVerdict], columns: [Double?]) {
        var verdicts: [BlockVerdict] = []
        let furniture = FurnitureRule.match(blocks)
        let candidate = blocks.map(DisplayLineRule.isCandidate)
        let texts = blocks.map(\.joined)
        let pageWithout = blocks.indices.map { i in
            PageText(texts.indices.filter { $0 != i && furniture[$0] == nil }.map { texts[$0] })
        }
        let repeatsSentence = blocks.indices.map { i in
            furniture[i] == nil && PullQuoteRule.matches(blocks[i], in: pageWithout[i])
        }
        let echoes = blocks.indices.map { i in
            furniture[i] == nil && candidate[i] && PullQuoteRule.echoes(blocks[i], in: pageWithout[i])
        }
        let columns = ColumnWidth.estimate(blocks, eligible: candidate.map { !$0 })
        for i in blocks.indices {
            verdicts.append(verdict(
                for: i, blocks: blocks, furniture: furniture, candidate: candidate, repeatsSentence: repeatsSentence, echoes: echoes, pageWithout: pageWithout,
                columns: columns, earlier: verdicts))
        }
        return (verdicts, columns)
    }

    private static func verdict(
        for i: Int, blocks: [TextBlock], furniture: [String?], candidate: [Bool], repeatsSentence: [Bool], echoes: [Bool], pageWithout: [PageText], columns: [Double?], earlier: [BlockVerdict]
    ) -> BlockVerdict {
        let block = blocks[i]
        if let rule = furniture[i] { return BlockVerdict(kind: .furniture, rule: rule) }
        let first = block.lines[0].text
        if BylineRule.isWholeLine(first), block.lines.count == 1 {
            return BlockVerdict(kind: .byline, rule: "\(BylineRule.name).wholeLine")
        }
        if BylineRule.opensLine(first) { return BlockVerdict(kind: .body, rule: "\(BylineRule.name).opensArticle") }

        let others = pageWithout[i]
        let previous = earlier.last { $0.kind != .furniture }
        if repeatsSentence[i] {
            if candidate[i], previous?.kind == .display { return BlockVerdict(kind: .display, rule: deckRule) }
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.name)
        }
        guard candidate[i] else { return BlockVerdict(kind: .body, rule: bodyRule) }

        let previousBody = earlier.indices.last { earlier[$0].kind == .body }
        let previousIsOpen = previousBody.map { !(blocks[$0].lines.last?.text.endsSentence ?? true) } ?? false
        if echoes[i], previousIsOpen {
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.interruptsSentence)
        }
        if BodyFragmentRule.continuesOpenSentence(block, previousBodyIsOpen: previousIsOpen, column: columns[i]) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.continuesOpenSentence)
        }
        if BodyFragmentRule.fillsColumn(block, column: columns[i]) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnLines)
        }
        // The text that follows, past pull quotes and furniture set between.
        let nextIndex = blocks.indices.first { $0 > i && furniture[$0] == nil && !repeatsSentence[$0] && !echoes[$0] }
        let next = nextIndex.map { blocks[$0] }
        let nextColumn = nextIndex.flatMap { columns[$0] }
        if BodyFragmentRule.isColumnFoot(block, next: next, nextColumn: nextColumn, page: others) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
        }
        return BlockVerdict(kind: .display, rule: DisplayLineRule.name)
    }
}
