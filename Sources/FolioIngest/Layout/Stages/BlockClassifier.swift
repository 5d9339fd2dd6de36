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
        let facts = BlockFacts(blocks)
        var verdicts: [BlockVerdict] = []
        for i in blocks.indices {
            verdicts.append(verdict(for: i, facts: facts, earlier: verdicts))
        }
        reconsiderColumnFeet(&verdicts, facts: facts)
        return (verdicts, facts.columns)
    }

    private static func verdict(for i: Int, facts: BlockFacts, earlier: [BlockVerdict]) -> BlockVerdict {
        let blocks = facts.blocks
        let block = blocks[i]
        if let rule = facts.furniture[i] { return BlockVerdict(kind: .furniture, rule: rule) }
        let first = block.lines[0].text
        if BylineRule.isWholeLine(first), block.lines.count == 1 {
            return BlockVerdict(kind: .byline, rule: "\(BylineRule.name).wholeLine")
        }
        if BylineRule.opensLine(first) { return BlockVerdict(kind: .body, rule: "\(BylineRule.name).opensArticle") }
        if block.lines.count <= 2, BylineRule.isAuthorNote(block.joined) {
            return BlockVerdict(kind: .byline, rule: BylineRule.authorNote)
        }
        if BylineRule.opensWithCredit(first) { return BlockVerdict(kind: .body, rule: BylineRule.creditOnNextLine) }

        let previous = earlier.last { $0.kind != .furniture }
        let previousBody = earlier.indices.last { earlier[$0].kind == .body }
        let previousIsOpen = previousBody.map { !(blocks[$0].lines.last?.text.endsSentence ?? true) } ?? false
        if facts.repeatsSentence[i], previousIsOpen, !facts.candidate[i], block.lines.count >= 2,
           block.lines.last!.text.endsSentence,
           BodyFragmentRule.continuesOpenSentence(TextBlock(lines: block.lines.dropLast()), previousBodyIsOpen: true, column: facts.columns[i]) {
            // Column-wide lines finishing an open sentence are its text, though
            // a pull quote elsewhere repeats them ("…民营企" / blank / "业活力持续
            // 释放，成为稳外贸的" / "重要力量。").
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.continuesOpenSentence)
        }
        if facts.repeatsSentence[i] {
            if facts.quotesSomeone[i] { return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.quotesSomeoneName) }
            if facts.candidate[i], previous?.kind == .display { return BlockVerdict(kind: .display, rule: deckRule) }
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.name)
        }
        guard facts.candidate[i] else { return BlockVerdict(kind: .body, rule: bodyRule) }

        if facts.echoes[i], previousIsOpen {
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.interruptsSentence)
        }
        if facts.repeatsTextAbove[i], previous?.kind == .body {
            return BlockVerdict(kind: .pullQuote, rule: PullQuoteRule.repeatsTextAbove)
        }
        if DisplayLineRule.reportsSpeech(block.joined) { return BlockVerdict(kind: .body, rule: DisplayLineRule.reportedSpeech) }
        if BodyFragmentRule.continuesOpenSentence(block, previousBodyIsOpen: previousIsOpen, column: facts.columns[i]) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.continuesOpenSentence)
        }
        if BodyFragmentRule.closesOpenSentence(block, previousBodyIsOpen: previousIsOpen) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.closesOpenSentenceName)
        }
        if BodyFragmentRule.fillsColumn(block, column: facts.columns[i]), runsOnIntoText(i, facts: facts),
           !facts.pageWithout[i].contains(facts.pageWithout[i].needle(block.joined)) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnLines)
        }
        // The text that follows, past pull quotes and furniture set between.
        // The page's first text opens a column: it cannot be stranded at a foot.
        let nextIndex = blocks.indices.first { $0 > i && !facts.isInterjection($0) }
        if !isFirstText(i, facts: facts), BodyFragmentRule.isColumnFoot(
            block, next: nextIndex.map { blocks[$0] }, nextColumn: nextIndex.flatMap { facts.columns[$0] },
            page: facts.pageWithout[i], pullQuoteBetween: nextIndex.map { facts.pullQuote(between: i, and: $0) } ?? false) {
            return BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
        }
        return BlockVerdict(kind: .display, rule: DisplayLineRule.name)
    }

    /// `BodyFragmentRule.columnLines` counter-case: a stretch that stops
    /// mid-sentence must go on in running text. Followed, past display
    /// lines, by a byline or by nothing, it is a head set to the column's
    /// measure ("我国5G基站总数达96.1万个" / "5G终端连接数超过3.65亿户" before
    /// the next item's head and dateline).
    private static func runsOnIntoText(_ i: Int, facts: BlockFacts) -> Bool {
        let blocks = facts.blocks
        if blocks[i].lines.last?.text.endsSentence ?? false { return true }
        let next = blocks.indices.first { $0 > i && !facts.isInterjection($0) && !facts.candidate[$0] }
        guard let next else { return false }
        let first = blocks[next].lines[0].text
        return !BylineRule.opensLine(first) && !BylineRule.isWholeLine(first)
    }

    /// Whether block `i` is the first on the page that is not furniture.
    private static func isFirstText(_ i: Int, facts: BlockFacts) -> Bool {
        !(0..<i).contains { facts.furniture[$0] == nil }
    }

    /// Fragments can chain ("出口方面，去年我国新能" / blank / "源汽车出口…同比增" /
    /// pull quote / "长77.6%。…"): display blocks are checked again from the
    /// end, so that each sees whether the text after it turned out to be body.
    private static func reconsiderColumnFeet(_ verdicts: inout [BlockVerdict], facts: BlockFacts) {
        let blocks = facts.blocks
        for i in blocks.indices.reversed() where verdicts[i].kind == .display && verdicts[i].rule == DisplayLineRule.name {
            let nextIndex = blocks.indices.first {
                $0 > i && facts.furniture[$0] == nil && verdicts[$0].kind != .pullQuote && !facts.echoes[$0]
            }
            guard let n = nextIndex, verdicts[n].kind == .body, !isFirstText(i, facts: facts) else { continue }
            if BodyFragmentRule.isColumnFoot(
                blocks[i], next: blocks[n], nextColumn: facts.columns[n], page: facts.pageWithout[i], nextIsBody: true,
                pullQuoteBetween: facts.pullQuote(between: i, and: n) || (i + 1..<n).contains { verdicts[$0].kind == .pullQuote }) {
                verdicts[i] = BlockVerdict(kind: .body, rule: BodyFragmentRule.columnFoot)
            }
        }
    }
}
