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
        let columns = ColumnWidth.estimate(blocks, eligible: candidate.map { !$0 })
        let quoteShaped = blocks.indices.map { i in
            PullQuoteRule.isSetApart(blocks[i], column: ColumnWidth.neighbourWidth(of: i, in: blocks, eligible: candidate.map { !$0 }))
        }
        // What the rest of the page says, for repeat tests. Lines set apart
        // from the columns (pull quotes) are left out, so that a column
        // stretch whose words a pull quote repeats is not itself taken for one.
        let pageWithout = blocks.indices.map { i in
            PageText(texts.indices.filter { $0 != i && furniture[$0] == nil && !quoteShaped[$0] }.map { texts[$0] })
        }
        let repeatsSentence = blocks.indices.map { i in
            furniture[i] == nil && PullQuoteRule.matches(blocks[i], in: pageWithout[i])
        }
        let echoes = blocks.indices.map { i in
            furniture[i] == nil && candidate[i] && PullQuoteRule.echoes(blocks[i], in: pageWithout[i])
        }
        for i in blocks.indices {
            verdicts.append(verdict(
                for: i, blocks: blocks, furniture: furniture, candidate: candidate, repeatsSentence: repeatsSentence, echoes: echoes, pageWithout: pageWithout,
                columns: columns, earlier: verdicts))
        }
        // Fragments can chain ("出口方面，去年我国新能" / blank / "源汽车出口…同比增" /
        // pull quote / "长77.6%。…"): re-check display blocks from the end, so
        // that each sees whether the text after it turned out to be body.
        for i in blocks.indices.reversed() where verdicts[i].kind == .display && verdicts[i].rule == DisplayLineRule.name {
            let nextIndex = blocks.indices.first {
                $0 > i && furniture[$0] == nil && verdicts[$0].kind != .pullQuote && !echoes[$0]
            }
            guard let n = nextIndex, verdicts[n].kind == .body else { continue }
            if BodyFragmentRule.isColumnFoot(
                blocks[i], next: blocks[n], nextColumn: columns[n], page: pageWithout[i], nextIsBody: true,
                pullQuoteBetween: n > i + 1) {
                verdicts[i] = BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
            }
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
        let quoteBetween = nextIndex.map { $0 > i + 1 } ?? false
        if BodyFragmentRule.isColumnFoot(block, next: next, nextColumn: nextColumn, page: others, pullQuoteBetween: quoteBetween) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
        }
        return BlockVerdict(kind: .display, rule: DisplayLineRule.name)
    }
}
