/// What the classifier knows about every block before deciding any: the
/// per-block tests that do not depend on earlier verdicts.
struct BlockFacts {
    let blocks: [TextBlock]
    /// The furniture rule matching each block, or nil.
    let furniture: [String?]
    /// `DisplayLineRule`: short and unpunctuated.
    let candidate: [Bool]
    /// `ColumnWidthRule` estimate for each block.
    let columns: [Double?]
    /// The rest of the page for each block, for repeat tests. Lines set
    /// apart from the columns (pull quotes) are left out, so that a column
    /// stretch whose words a pull quote repeats is not itself taken for one.
    /// Each block is stripped and coded once; a page without one block is
    /// then a copy of integer codes, cheap enough to make for every block
    /// and exactly the text the rules were written against (junctions included).
    let pageWithout: [PageText]
    /// `PullQuoteRule.matches`: repeats a body sentence (or a long stretch).
    let repeatsSentence: [Bool]
    /// `PullQuoteRule.quotesSomeone`: repeats, at length, what someone said in the body.
    let quotesSomeone: [Bool]
    /// `PullQuoteRule.echoes`: a display candidate that repeats body text.
    let echoes: [Bool]
    /// `PullQuoteRule.isSetApart`: short and wider than the column around it.
    let setApart: [Bool]
    /// `PullQuoteRule.repeatsTextAbove`: a display candidate whose text occurs
    /// in the text block right above it, with running text below it.
    let repeatsTextAbove: [Bool]

    init(_ blocks: [TextBlock]) {
        self.blocks = blocks
        let furniture = FurnitureRule.match(blocks)
        let candidate = blocks.map(DisplayLineRule.isCandidate)
        let measurable = candidate.map { !$0 }
        let texts = blocks.map(\.joined)
        let setApart = blocks.indices.map { i in
            PullQuoteRule.isSetApart(blocks[i], column: ColumnWidth.neighbourWidth(of: i, in: blocks, eligible: measurable))
        }
        var coding = PageText.Coding(texts)
        let stripped = texts.map { coding.learn($0) }
        let isInPage = texts.indices.map { furniture[$0] == nil && !setApart[$0] }
        let inPage = texts.indices.filter { isInPage[$0] }
        let pageWithout = blocks.indices.map { i in
            PageText(coding: coding, texts: stripped, taking: inPage.lazy.filter { $0 != i })
        }
        self.setApart = setApart
        self.furniture = furniture
        self.candidate = candidate
        self.columns = ColumnWidth.estimate(blocks, eligible: measurable)
        self.pageWithout = pageWithout
        // A block with an article's byline right under it, repeating only text
        // below it, heads that article, whatever it repeats of its lead; one
        // repeating the text above is that article's pull quote, set after it.
        var offsets: [Int] = []
        var offset = 0
        for i in blocks.indices {
            offsets.append(offset)
            if isInPage[i] { offset += stripped[i].codes.count }
        }
        // Asked of display candidates only: pull quotes of these kinds are display lines.
        let headsArticleBelow = blocks.indices.map { i in
            guard candidate[i], let below = blocks.indices.dropFirst(i + 1).first(where: { furniture[$0] == nil }) else { return false }
            let first = blocks[below].lines[0].text
            guard BylineRule.opensLine(first) || BylineRule.isWholeLine(first) else { return false }
            let page = pageWithout[i]
            return !page.occurrences(of: PullQuoteRule.core(blocks[i].joined, for: page)).contains { $0.lowerBound < offsets[i] }
        }
        let repeatsSentence = blocks.indices.map { i in
            furniture[i] == nil && (PullQuoteRule.matches(blocks[i], in: pageWithout[i])
                || (candidate[i] && !headsArticleBelow[i] && PullQuoteRule.liftsClause(blocks[i], in: pageWithout[i])))
        }
        self.repeatsSentence = repeatsSentence
        self.quotesSomeone = blocks.indices.map { i in
            repeatsSentence[i] && !headsArticleBelow[i] && PullQuoteRule.quotesSomeone(blocks[i], in: pageWithout[i])
        }
        self.echoes = blocks.indices.map { i in
            furniture[i] == nil && candidate[i] && PullQuoteRule.echoes(blocks[i], in: pageWithout[i])
        }
        self.repeatsTextAbove = blocks.indices.map { i in
            guard furniture[i] == nil, candidate[i],
                  let below = blocks.indices.dropFirst(i + 1).first(where: { furniture[$0] == nil }), !candidate[below],
                  !BylineRule.opensLine(blocks[below].lines[0].text)
            else { return false }
            let paragraph = PullQuoteRule.paragraph(above: i, in: blocks, skipped: { furniture[$0] != nil }, isText: { !candidate[$0] })
            return !paragraph.isEmpty && PullQuoteRule.repeats(blocks[i], in: PageText(coding: coding, texts: stripped, taking: paragraph))
        }
    }

    /// Whether a true pull quote (a repeated sentence, or a quote set apart)
    /// stands strictly between blocks `i` and `j`. A mere echo does not count:
    /// a deck under a headline may echo the body too.
    func pullQuote(between i: Int, and j: Int) -> Bool {
        guard j > i + 1 else { return false }
        return ((i + 1)..<j).contains { repeatsSentence[$0] || (setApart[$0] && echoes[$0]) }
    }

    /// Whether a block stands between texts without being part of their flow
    /// (furniture, a quote, a repeated line): skipped when looking for the
    /// text that continues after a block.
    func isInterjection(_ i: Int) -> Bool {
        furniture[i] != nil || repeatsSentence[i] || echoes[i]
    }
}
