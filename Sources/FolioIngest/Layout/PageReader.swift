/// Reads the structure of one extracted newspaper page.
///
/// A pipeline of small pure stages, each with its own rules and tests:
/// 1. `LineReader`: normalize and measure lines;
/// 2. `BlockReader`: blank-line separated runs, split at bylines;
/// 3. `BlockClassifier`: furniture, byline, pull quote, display or body;
///    then `HeadStackRule.pair` cuts a two-line head of two titles in two;
/// 4. `ParagraphBuilder`: paragraphs rebuilt across column breaks;
/// 5. `ArticleSegmenter` then `DisplayAssigner`: articles, and the headline,
///    kicker, deck, section head or pull quote role of each display block.
/// Every block comes back as a `ClassifiedBlock` naming the deciding rules,
/// joined by " + " in the order they applied.
///
/// Rules (each a small type in `Rules/` or `Text/`, with tests):
/// - `TextJoiner`: CJK breaks join bare, "New\nYork" gets its space back,
///   "G\n20" does not; spaces between CJK characters are artifacts.
/// - `DisplayWidth` / `ColumnWidthRule`: widths in em, columns estimated per block.
/// - `BylineSplitRule`, `BylineRule`: bylines open blocks, paragraphs and
///   articles (unbracketed credits and commentator lines too); an author note
///   "（作者为…）" closes one.
/// - `LeadingDisplayRule`, `TrailingDisplayRule`, `DeckRule.dashLead`,
///   `RubricRule`, `HeadStackRule`: heads, decks, kickers, rubrics and quotes
///   set directly against other lines are blocks of their own.
/// - `FurnitureRule` (with `MastheadLabel`): folio lines, page labels,
///   mastheads, staff credits, registration lines, edge section labels.
/// - `PullQuoteRule`: whole repeated sentences, long punctuated repeats, words
///   lifted from a quotation, repeats that interrupt a sentence, lines under
///   the words they repeat (`repeatsTextAbove`), and long section heads over
///   them (`repeatsTextBelow`); `DeckRule.underHeadline` excepted.
/// - `DisplayLineRule`: short unpunctuated blocks may be heads, unless they
///   report speech ("专家建议，…").
/// - `HeadStackRule`: a two-line head holding two titles is cut in two
///   (`pair`, `gluedDeck`, `gluedKicker`), its halves rejoined when their
///   roles agree; never after a line ending on a word that wants more
///   (`openEnded`).
/// - `HeadWordingRule`: a line reporting a meeting or an official's visit is
///   the headline of its group, one holding only its content or source a
///   kicker or deck; `DeckRule.profile` ("记乡村教师杨再兴") hangs from the
///   head above it as a dash-led deck does.
/// - `BodyFragmentRule`: unless they are scraps of paragraphs cut by column breaks.
/// - `ParagraphBreakRule`: paragraph ends inside blocks and across blank lines.
/// - `ArticleBoundaryRule`: bylines, head clusters, weighed evidence for a
///   lone head (wide leads and group-headed stories run on under section
///   heads), body-first articles after head-first ones.
/// - `ClusterSplitRule`, `HeadGroupRule`, `SectionHeadRule`: which article a
///   display block belongs to, and as what (a rubric or a short third line
///   goes with the headline under it; a headline's first line sharing no word
///   with the body is its kicker, `HeadGroupRule.gluedKicker`).
///
/// Speed: the rules are stated on `Character`s, but run on Unicode scalars
/// wherever the text allows it (`SimpleScalars`), search the page as integer
/// codes (`PageText`) and match the furniture and byline patterns by hand or
/// only where they can match; each shortcut is tested against the
/// `Character` or regex reading it replaces.
public enum PageReader {
    /// A page in traditional characters is read as simplified and returned as
    /// printed (`FoldedPage`).
    public static func read(_ text: String) -> PageReading {
        guard let folded = FoldedPage(text) else { return readSimplified(text) }
        return folded.restore(readSimplified(folded.text))
    }

    private static func readSimplified(_ text: String) -> PageReading {
        let lineBlocks = BlockReader.read(LineReader.read(text))
        let classification = BlockClassifier.classify(lineBlocks)
        let (blocks, verdicts, columns) = HeadStackRule.splitPairs(lineBlocks, verdicts: classification.verdicts, columns: classification.columns)
        let paragraphs = ParagraphBuilder.build(blocks, verdicts: verdicts, columns: columns)
        let texts = paragraphs.map(\.text)
        let segments = ArticleSegmenter.segment(paragraphs, blocks: blocks, verdicts: verdicts, texts: texts)
            .filter { seg in seg.paragraphs.contains { !texts[$0].isEmpty } }

        var articleOfBlock = [Int?](repeating: nil, count: blocks.count)
        var bodyRule = [Int: String]()
        // How each body block entered its paragraph; a block split inside
        // (a short sentence end) is listed once per paragraph it feeds.
        var paragraphRule = [Int: [String]]()
        for paragraph in paragraphs {
            for (b, decision) in zip(paragraph.blocks, paragraph.decisions) { paragraphRule[b, default: []].append(decision) }
        }
        for (a, segment) in segments.enumerated() {
            for p in segment.paragraphs {
                for b in paragraphs[p].blocks { articleOfBlock[b] = a }
            }
            if let first = segment.paragraphs.first { bodyRule[paragraphs[first].firstBlock] = segment.rule }
            for (p, note) in segment.kept { bodyRule[paragraphs[p].firstBlock] = note }
        }
        let articleText = segments.map { $0.paragraphs.map { texts[$0] }.joined() }
        let assignments = DisplayAssigner.assign(
            blocks: blocks, verdicts: verdicts, articleOfBlock: articleOfBlock, articleText: articleText)

        var articles = segments.map { segment -> Article in
            Article(
                byline: segment.paragraphs.first.flatMap { paragraphs[$0].byline }
                    ?? segment.paragraphs.lazy.compactMap { paragraphs[$0].authorNote }.first,
                paragraphs: segment.paragraphs.map { texts[$0] }.filter { !$0.isEmpty })
        }
        var classified: [ClassifiedBlock] = []
        for (b, block) in blocks.enumerated() {
            var role: BlockRole
            var rule = verdicts[b].rule
            var article = articleOfBlock[b]
            switch verdicts[b].kind {
            case .furniture: role = .furniture
            case .byline: role = .byline
            case .body:
                role = .body
                if let decisions = paragraphRule[b] { rule += " + " + decisions.joined(separator: " + ") }
                if let start = bodyRule[b] { rule += " + " + start }
            case .display, .pullQuote:
                guard let assignment = assignments[b] else {
                    role = .furniture
                    rule += " + DisplayAssigner.noArticle"
                    break
                }
                role = assignment.role
                rule += " + " + assignment.rule
                article = assignment.article
                guard let a = article else { break }
                if HeadStackRule.isLowerHalf(verdicts[b]), let above = classified.last, above.role == role, above.article == a,
                   appendToLast(block.joined, as: role, in: &articles[a]) {
                    // The two halves of a cut block are one title after all.
                    rule += " + " + HeadStackRule.rejoined
                } else if assignment.kickerLine, let kicker = block.texts.first, let headline = block.texts.last {
                    add(TextJoiner.join([kicker]), as: .kicker, to: &articles[a])
                    add(TextJoiner.join([headline]), as: .headline, to: &articles[a])
                } else {
                    add(block.joined, as: role, to: &articles[a])  // TextJoiner.join(block.texts)
                }
            }
            classified.append(ClassifiedBlock(firstLine: block.firstLine, lines: block.texts, role: role, rule: rule, article: article))
        }
        return PageReading(blocks: classified, articles: articles)
    }

    /// Appends text to the last title of a role; false when the role has none.
    private static func appendToLast(_ text: String, as role: BlockRole, in article: inout Article) -> Bool {
        switch role {
        case .headline:
            guard let headline = article.headline else { return false }
            article.headline = TextJoiner.join([headline, text])
        case .sectionHead:
            guard let last = article.sectionHeads.indices.last else { return false }
            article.sectionHeads[last] = TextJoiner.join([article.sectionHeads[last], text])
        case .kicker, .deck:
            // A kicker is inserted first, a deck appended last: find the half above.
            let index = role == .kicker ? article.subheadlines.indices.first : article.subheadlines.indices.last
            guard let i = index else { return false }
            article.subheadlines[i] = TextJoiner.join([article.subheadlines[i], text])
        case .pullQuote, .body, .byline, .furniture:
            return false
        }
        return true
    }

    private static func add(_ text: String, as role: BlockRole, to article: inout Article) {
        switch role {
        case .headline: article.headline = text
        case .kicker: article.subheadlines.insert(text, at: 0)
        case .deck: article.subheadlines.append(text)
        case .sectionHead: article.sectionHeads.append(text)
        case .pullQuote: article.pullQuotes.append(text)
        case .body, .byline, .furniture: break
        }
    }
}
