/// Groups paragraphs into articles: stage 5a of the reader.
enum ArticleSegmenter {
    struct Segment: Equatable {
        /// Paragraph indices, in order.
        var paragraphs: [Int]
        /// The rule that started this article.
        var rule: String
        /// Paragraphs that a lone display block stood before without starting
        /// an article, with the evidence score: shown by `folio inspect`.
        var kept: [Int: String] = [:]
        /// The display block before the first paragraph was read as the
        /// previous article's headline, set after its body: this article has
        /// no head of its own yet.
        var headWentAbove = false
    }

    /// - Parameter texts: `paragraphs.map(\.text)`, if the caller has it already.
    static func segment(_ paragraphs: [Paragraph], blocks: [TextBlock], verdicts: [BlockVerdict], texts: [String]? = nil) -> [Segment] {
        var segments: [Segment] = []
        // Each paragraph's text is read many times: join it once.
        let texts = texts ?? paragraphs.map(\.text)
        let pageHasBylines = paragraphs.contains { $0.byline != nil }
        for (p, paragraph) in paragraphs.enumerated() {
            guard let current = segments.last else {
                segments.append(Segment(paragraphs: [p], rule: paragraph.byline != nil ? ArticleBoundaryRule.byline : "ArticleBoundaryRule.pageStart"))
                continue
            }
            if paragraph.byline != nil {
                segments.append(Segment(paragraphs: [p], rule: ArticleBoundaryRule.byline))
                continue
            }
            let previous = paragraphs[p - 1]
            var between = display(between: previous.lastBlock, and: paragraph.firstBlock, verdicts: verdicts)
            // In an article headed already, a line lifted from the text right
            // above it is a pull quote (`PullQuoteRule.liftsText`), not a head.
            if between.count >= 2, !current.headWentAbove,
               hasHead(before: paragraphs[current.paragraphs[0]].firstBlock, verdicts: verdicts, paragraphs: paragraphs),
               let first = between.first, verdicts[(previous.lastBlock + 1)..<first].allSatisfy({ $0.kind == .furniture }),
               !HeadStackRule.isHalf(first, of: verdicts),
               PullQuoteRule.liftsTextAbove(first, blocks: blocks, verdicts: verdicts) {
                between.removeFirst()
            }
            // A word labelling the passage under it (`SectionHeadRule.wordHead`) opens no article.
            if let last = between.last, SectionHeadRule.isWordHead(last, blocks: blocks, verdicts: verdicts) {
                between.removeLast()
                if between.isEmpty {
                    segments[segments.count - 1].paragraphs.append(p)
                    segments[segments.count - 1].kept[p] = SectionHeadRule.wordHead
                    continue
                }
            }
            if between.isEmpty {
                if startsHeadlessArticle(p, current: current, paragraphs: paragraphs, texts: texts, blocks: blocks, verdicts: verdicts) {
                    segments.append(Segment(paragraphs: [p], rule: ArticleBoundaryRule.headAfterBody))
                } else {
                    segments[segments.count - 1].paragraphs.append(p)
                }
            } else if between.filter({ !HeadStackRule.isLowerHalf(verdicts[$0]) }).count >= 2 {
                // (A block `HeadStackRule` cut in two still counts as one.)
                segments.append(Segment(paragraphs: [p], rule: ArticleBoundaryRule.headlineCluster))
            } else {
                let stretch = stretch(from: p, paragraphs: paragraphs, verdicts: verdicts)
                let currentText = current.paragraphs.map { texts[$0] }.joined()
                let nextText = stretch.map { texts[$0] }.joined()
                let firstOfCurrent = paragraphs[current.paragraphs[0]].firstBlock
                let displayBlock = between.count == 1 ? blocks[between[0]] : TextBlock(lines: between.flatMap { blocks[$0].lines })
                let head = current.headWentAbove ? [] : headBlocks(before: firstOfCurrent, verdicts: verdicts, paragraphs: paragraphs)
                let currentPrint = Bigrams(currentText)
                let evidence = ArticleBoundaryRule.Evidence(
                    leadCue: ArticleBoundaryRule.hasLeadCue(texts[p]),
                    topicOverlap: Bigrams(nextText).overlapCoefficient(with: currentPrint),
                    currentHasHead: !head.isEmpty,
                    displayInCurrent: Bigrams(displayBlock.joined).containment(in: currentPrint),
                    pageHasBylines: pageHasBylines,
                    displayInNext: Bigrams(displayBlock.joined).containment(in: Bigrams(texts[p])),
                    displayIsOneLine: displayBlock.lines.count == 1,
                    currentIsWideLead: isWideLead(current, before: p, paragraphs: paragraphs, blocks: blocks),
                    currentHeadIsGroup: head.count >= 2,
                    displayIsNumbered: ArticleBoundaryRule.isNumberedHead(displayBlock.joined),
                    currentIsReportOpening: head.count >= 2 && current.paragraphs.count == 1
                        && paragraphs[current.paragraphs[0]].byline != nil && !paragraphs[current.paragraphs[0]].bylineInText,
                    // The column: the widest line of the text under the block, up to the next head.
                    displayIsWide: displayBlock.lines.count == 1 && displayBlock.widest >= ArticleBoundaryRule.wideHeadMargin
                        + stretch.flatMap { paragraphs[$0].firstBlock...paragraphs[$0].lastBlock }.map { blocks[$0].widest }.max()!,
                    nextContinuesDiscourse: ArticleBoundaryRule.opensWithConnective(texts[p]),
                    currentIsSectioned: current.kept.values.contains { $0.hasPrefix(ArticleBoundaryRule.sameArticle) })
                if evidence.isBoundary {
                    var next = Segment(paragraphs: [p], rule: ArticleBoundaryRule.loneDisplay + score(evidence))
                    next.headWentAbove = evidence.isHeadlineAfterBody
                    segments.append(next)
                } else {
                    segments[segments.count - 1].paragraphs.append(p)
                    segments[segments.count - 1].kept[p] = ArticleBoundaryRule.sameArticle + score(evidence)
                }
            }
        }
        return segments
    }

    /// Whether the article so far is a lead set across columns: every block
    /// of it at least `ArticleBoundaryRule.wideLeadRatio` times as wide as
    /// the block after the display (the column the article goes on in).
    private static func isWideLead(_ current: Segment, before p: Int, paragraphs: [Paragraph], blocks: [TextBlock]) -> Bool {
        let next = blocks[paragraphs[p].firstBlock].widest
        guard next > 0 else { return false }
        return current.paragraphs.allSatisfy { q in
            (paragraphs[q].firstBlock...paragraphs[q].lastBlock).allSatisfy { blocks[$0].widest >= ArticleBoundaryRule.wideLeadRatio * next }
        }
    }

    /// `ArticleBoundaryRule.headAfterBody`.
    private static func startsHeadlessArticle(
        _ p: Int, current: Segment, paragraphs: [Paragraph], texts: [String], blocks: [TextBlock], verdicts: [BlockVerdict]
    ) -> Bool {
        guard paragraphs[p - 1].isClosed, paragraphs[p].firstBlock != paragraphs[p - 1].lastBlock, !current.headWentAbove,
              current.paragraphs.count >= ArticleBoundaryRule.minimumParagraphsBeforeHeadless,
              hasHead(before: paragraphs[current.paragraphs[0]].firstBlock, verdicts: verdicts, paragraphs: paragraphs),
              ArticleBoundaryRule.hasLeadCue(texts[p], within: ArticleBoundaryRule.strictLeadWindow)
        else { return false }
        let stretch = stretch(from: p, paragraphs: paragraphs, verdicts: verdicts)
        guard let last = stretch.last else { return false }
        let end = paragraphs[last].lastBlock
        let following = verdicts.indices.dropFirst(end + 1).filter { verdicts[$0].kind != .furniture }
        guard let head = following.first, verdicts[head].kind == .display else { return false }
        // A head set over a reporter line or a dateline ("小山村“触网”记" /
        // "本报记者 韩冬") heads the text below it, as the article so far was
        // headed, not the text above.
        if let afterHead = following.first(where: { verdicts[$0].kind != .display }),
           verdicts[afterHead].kind == .byline || BylineRule.opensLine(blocks[afterHead].lines[0].text) {
            return false
        }
        let currentText = current.paragraphs.map { texts[$0] }.joined()
        let nextText = stretch.map { texts[$0] }.joined()
        return Bigrams(nextText).overlapCoefficient(with: Bigrams(currentText)) < ArticleBoundaryRule.lowTopic
    }

    private static func score(_ evidence: ArticleBoundaryRule.Evidence) -> String {
        "(score \(evidence.score))"
    }

    /// Display blocks (not pull quotes, not furniture) strictly between two blocks.
    static func display(between a: Int, and b: Int, verdicts: [BlockVerdict]) -> [Int] {
        guard b > a + 1 else { return [] }
        return ((a + 1)..<b).filter { verdicts[$0].kind == .display }
    }

    /// Whether display blocks stand directly before the block `first` (after
    /// the previous paragraph): the article was given a head before its body.
    private static func hasHead(before first: Int, verdicts: [BlockVerdict], paragraphs: [Paragraph]) -> Bool {
        !headBlocks(before: first, verdicts: verdicts, paragraphs: paragraphs).isEmpty
    }

    /// The display blocks standing directly before the block `first`, after the previous paragraph.
    private static func headBlocks(before first: Int, verdicts: [BlockVerdict], paragraphs: [Paragraph]) -> [Int] {
        let previousEnd = paragraphs.filter { $0.lastBlock < first }.map(\.lastBlock).max() ?? -1
        return display(between: previousEnd, and: first, verdicts: verdicts)
    }

    /// Paragraphs from `p` up to the next byline or display block.
    private static func stretch(from p: Int, paragraphs: [Paragraph], verdicts: [BlockVerdict]) -> [Int] {
        var result = [p]
        var q = p + 1
        while q < paragraphs.count, paragraphs[q].byline == nil,
              display(between: paragraphs[q - 1].lastBlock, and: paragraphs[q].firstBlock, verdicts: verdicts).isEmpty {
            result.append(q)
            q += 1
        }
        return result
    }
}
