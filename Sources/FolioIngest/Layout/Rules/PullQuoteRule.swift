/// `PullQuoteRule.repeatsBodySentence`: a display line that repeats a whole
/// sentence of the body is a pull quote.
///
/// The seed shows why "repeats body text" is not enough: its deck and its
/// end-of-page section heads also occur verbatim in the body. The
/// discriminator is the extent of the repetition:
/// - a pull quote repeats a *whole sentence*: the occurrence in the body
///   starts at a sentence start (paragraph or block start, after 。！？；,
///   or after an opening quote there or after "：") and ends at
///   sentence-final punctuation or a closing quote;
/// - a section head repeats a clause or phrase (the body has "，" or a verb
///   such as "要" before it), so it fails the sentence-start test.
/// A block with sentence punctuation cannot be a head, so for it any long
/// verbatim repeat will do (`minimumPunctuatedRepeat`).
/// The one exception, decided by position, is a line directly under a
/// headline-like line: that is a deck (`DeckRule.underHeadline`), even when it
/// repeats a body sentence (the seed's "当前情况下，中美应该团结抗疫").
///
/// A display line repeating words from a quotation in the body, without
/// quotation marks of its own, is a pull quote whatever its extent
/// (`isQuoted`).
///
/// `PullQuoteRule.interruptsSentence`: a display line that repeats body text
/// of any extent (a clause such as "老街区有故事、有烟火气", or a close
/// paraphrase: see `echoes`) and stands where
/// the running text is in mid-sentence is a pull quote: section heads and
/// headlines sit between paragraphs, never inside a sentence.
///
/// `PullQuoteRule.repeatsTextAbove`: a display line between two blocks of
/// running text that repeats, verbatim, text of the block right above it is
/// a pull quote, whatever its extent ("阅片效率提高了一倍多" under "…诊断时间
/// 缩短一半，阅片效率提高了一倍多。"): a pull quote is set beside the passage
/// it lifts, a section head before the passage it announces. Over the blind
/// sets, 60 pull quotes against 4 section heads stand right under their
/// words. Counter-cases: a deck under a headline (the block above is a head,
/// not text); a headline set after its body ("让每一份善意都被看见" under "…让
/// 每一份善意都被看见、被珍惜。"), followed by the next head, a byline or the
/// page's end, not by running text; a head that quotes shows its marks
/// ("“只要乡亲们需要”"); a line repeating text further up or below.
/// With a head below it the line is a pull quote only once its article is
/// known to be headed already (a headline cannot follow): `ArticleSegmenter`
/// does not count it among two or more display blocks that would open an
/// article there (`headlineCluster`), and
/// `DisplayAssigner` makes it a pull quote where it would be a section head
/// (`liftsText`).
enum PullQuoteRule {
    static let name = "PullQuoteRule.repeatsBodySentence"
    static let repeatsTextAbove = "PullQuoteRule.repeatsTextAbove"

    /// `PullQuoteRule.repeatsTextBelow`: a section head of at least
    /// `minimumRepeatBelow` characters that repeats, verbatim, text of the
    /// paragraph right below it is a pull quote set before its passage
    /// ("新能源汽车已经从政策驱动转向市场驱动" over "协会负责人表示，新能源汽车已经从
    /// 政策驱动转向市场驱动。…"). Section heads announce their paragraph too, but
    /// in a few words: over the blind sets, 17 of 44 pull quotes set over their
    /// words are that long, and none of 38 section heads (the longest 16).
    /// Counter-case: a headline over its lead repeats it as often; the rule
    /// weighs only blocks already read as section heads.
    static let repeatsTextBelow = "PullQuoteRule.repeatsTextBelow"
    static let minimumRepeatBelow = 17

    /// Whether display block `i` repeats, verbatim, at least `minimumRepeatBelow`
    /// characters of the paragraph right below it (`repeatsTextBelow`).
    static func liftsTextBelow(_ i: Int, blocks: [TextBlock], verdicts: [BlockVerdict]) -> Bool {
        guard blocks[i].joined.nonWhitespaceCount >= minimumRepeatBelow else { return false }
        let paragraph = paragraph(below: i, in: blocks, skipped: { verdicts[$0].kind == .furniture }, isText: { verdicts[$0].kind == .body })
        return repeats(blocks[i], inBlocks: paragraph, of: blocks)
    }

    /// Whether display block `i` repeats, verbatim, the text of the paragraph
    /// right above it, once blocks have their verdicts (`paragraph(above:)`
    /// over body blocks, furniture skipped).
    static func liftsTextAbove(_ i: Int, blocks: [TextBlock], verdicts: [BlockVerdict]) -> Bool {
        let paragraph = paragraph(above: i, in: blocks, skipped: { verdicts[$0].kind == .furniture }, isText: { verdicts[$0].kind == .body })
        return repeats(blocks[i], inBlocks: paragraph, of: blocks)
    }

    /// Whether `block` repeats the text of `indices` in `blocks`; false when there are none.
    private static func repeats(_ block: TextBlock, inBlocks indices: [Int], of blocks: [TextBlock]) -> Bool {
        !indices.isEmpty && repeats(block, in: PageText([indices.map { blocks[$0].joined }.joined()]))
    }

    /// The blocks of the paragraph right above block `i`: the nearest block
    /// not skipped, if it is text, and the text blocks before it whose
    /// sentence runs on across a column break ("…充电基础设施…增" / blank /
    /// "强。"). Empty when a head or nothing stands right above.
    static func paragraph(above i: Int, in blocks: [TextBlock], skipped: (Int) -> Bool, isText: (Int) -> Bool) -> [Int] {
        guard let above = (0..<i).last(where: { !skipped($0) }), isText(above) else { return [] }
        var paragraph = [above]
        while let first = paragraph.first, let earlier = (0..<first).last(where: { !skipped($0) }), isText(earlier),
              !(blocks[earlier].lines.last?.text.endsSentence ?? true) {
            paragraph.insert(earlier, at: 0)
        }
        return paragraph
    }

    /// The blocks of the paragraph right below block `i`: the nearest block
    /// not skipped, if it is text, and the text blocks after it while its
    /// sentence runs on across a column break. Empty when a head or nothing
    /// stands right below.
    static func paragraph(below i: Int, in blocks: [TextBlock], skipped: (Int) -> Bool, isText: (Int) -> Bool) -> [Int] {
        guard let below = blocks.indices.dropFirst(i + 1).first(where: { !skipped($0) }), isText(below) else { return [] }
        var paragraph = [below]
        while let last = paragraph.last, !(blocks[last].lines.last?.text.endsSentence ?? true),
              let next = blocks.indices.dropFirst(last + 1).first(where: { !skipped($0) }), isText(next) {
            paragraph.append(next)
        }
        return paragraph
    }

    /// Whether the block's text (at least `minimumLength` characters) occurs verbatim in `page`.
    static func repeats(_ block: TextBlock, in page: PageText) -> Bool {
        // A head that is one whole quotation shows its marks ("“只要乡亲们需要”"); a line quoting a
        // phrase and going on ("“办卡容易退卡难”问题最为突出") repeats the text as any line does.
        guard block.lines.count <= maximumLines, !BodyFragmentRule.isWholeQuotation(block.joined) else { return false }
        let needle = core(block.joined, for: page)
        return needle.count >= minimumLength && page.contains(needle)
    }
    static let interruptsSentence = "PullQuoteRule.interruptsSentence"
    /// Shortest echo that counts as repeated text.
    static let minimumEcho = 4
    /// Shorter lines repeat by accident.
    static let minimumLength = 6
    /// Pull quotes are display lines, not column stretches.
    static let maximumLines = 4

    /// The comparable core of a display text: no whitespace, no surrounding
    /// quotes, no trailing sentence mark; coded for `page`.
    static func core(_ text: String, for page: PageText) -> PageText.Needle {
        var needle = page.needle(text)
        needle.trim(
            leading: { Glyph.isOpening($0) || $0 == "—" },
            trailing: { Glyph.isClosing($0) || Glyph.isSentenceFinal($0) || $0 == "；" })
        return needle
    }

    static func matches(_ block: TextBlock, in page: PageText) -> Bool {
        guard block.lines.count <= maximumLines else { return false }
        let needle = core(block.joined, for: page)
        guard needle.count >= minimumLength else { return false }
        let occurrences = page.occurrences(of: needle)
        // A short punctuated block repeating body text at length can only be a
        // quote: heads carry no sentence punctuation, and running text does
        // not repeat itself.
        let punctuated = block.joined.containsSentencePunctuation
            || (block.joined.unicodeScalars.contains { "，,：:".unicodeScalars.contains($0) } && DisplayLineRule.isCandidate(block))
        if punctuated, needle.count >= minimumPunctuatedRepeat, !occurrences.isEmpty {
            return true
        }
        if !opensWithQuotationMark(block.joined), occurrences.contains(where: { isQuoted($0.lowerBound, in: page) }) {
            return true
        }
        return occurrences.contains { range in
            isSentenceStart(range.lowerBound, in: page) && isSentenceEnd(range.upperBound, in: page)
        }
    }

    /// `PullQuoteRule.reportedSpeech`: a display line of at least
    /// `minimumReportedRepeat` characters that repeats, verbatim, what the
    /// body reports someone said (text opening right after "表示，", "说，",
    /// "认为，", "强调，"… and closing at a clause mark: "负责人表示，扩大消费要坚持
    /// 短期和长期相结合，既要…") is a pull quote, even directly under a headline.
    /// Over the blind sets, 32 of 32 display lines of that length repeating
    /// reported speech are pull quotes. Counter-cases: shorter ones may be
    /// section heads ("孩子们有了更好的学习环境" after "校长说，", at most 12 long)
    /// or a deck ("全球仍有数亿人面临饥饿威胁" after "报告指出，", 13).
    static let reportedSpeech = "PullQuoteRule.reportedSpeech"

    /// `longSentenceTail`: a display line of at least `minimumSentenceTail`
    /// characters that repeats, verbatim, the end of a body sentence (from
    /// mid-sentence to its mark: "航道全年通航保证率保持在98%以上" out of "…作业，
    /// 航道全年通航保证率保持在98%以上。") is a pull quote: over the blind sets,
    /// 149 such display lines are pull quotes against 2 section heads and 3
    /// decks, and at 17 or more only a kicker is not (`isSlogan`). So is one
    /// that repeats a sentence's first clause, from its start to its comma
    /// ("商家不能通过单方标注扩大不适用无理由退货的商品范围" out of "商家不能…商品
    /// 范围，否则将承担不利后果。"). Counter-case:
    /// a line directly under a headline stays its deck (`DeckRule.underHeadline`).
    static let minimumSentenceTail = 17

    /// `longSentenceTail` counter-case: a slogan hailing an occasion ("热烈庆祝
    /// 中华人民共和国成立72周年") is a kicker, though the body repeats it.
    static func isSlogan(_ text: String) -> Bool {
        let line = text.trimmingWhitespace
        return ["热烈庆祝", "热烈祝贺", "庆祝", "喜迎", "迎接", "纪念"].contains { line.hasPrefix($0) }
    }
    static let minimumReportedRepeat = 14
    private static let speechVerbs = ["表示", "说", "认为", "指出", "强调", "介绍", "提醒", "坦言", "直言", "透露", "呼吁", "建议", "告诉记者"]

    /// Whether `block` repeats reported speech as `reportedSpeech` describes.
    static func quotesReportedSpeech(_ block: TextBlock, in page: PageText) -> Bool {
        guard block.lines.count <= maximumLines else { return false }
        let needle = core(block.joined, for: page)
        return quotesReportedSpeech(needle, occurrences: page.occurrences(of: needle), in: page)
    }

    /// Shortest words lifted from a quotation (`isQuoted`) that are a pull
    /// quote even directly under a headline: over the blind sets, 84 such
    /// lines of 12 or more characters are pull quotes and none a deck; the
    /// two section heads among them are 10 and 11 long ("公共收益要晒在阳光下").
    static let minimumQuotedUnderHead = 12
    static let quotesSomeoneName = "PullQuoteRule.quotesSomeone"

    /// Whether `block` repeats someone's words at a pull quote's length —
    /// reported speech (`reportedSpeech`) or words lifted from a quotation
    /// (`minimumQuotedUnderHead`) — so that no head above makes it a deck.
    static func quotesSomeone(_ block: TextBlock, in page: PageText) -> Bool {
        guard block.lines.count <= maximumLines, !opensWithQuotationMark(block.joined) else { return false }
        let needle = core(block.joined, for: page)
        let occurrences = page.occurrences(of: needle)
        if quotesReportedSpeech(needle, occurrences: occurrences, in: page) { return true }
        return needle.count >= minimumQuotedUnderHead && occurrences.contains { isQuoted($0.lowerBound, in: page) }
    }

    /// Whether `block` repeats, at length, a clause the body reports someone
    /// said (`reportedSpeech`) or the end of a body sentence
    /// (`longSentenceTail`): a pull quote, unless it heads the text below
    /// (the classifier's `headsArticleBelow`): a headline may be lifted from
    /// what was said in its own lead ("推动民营经济高质量发展取得新成效" over
    /// "本报记者 李明" and "…会议强调，推动民营经济高质量发展取得新成效，…").
    static func liftsClause(_ block: TextBlock, in page: PageText) -> Bool {
        guard block.lines.count <= maximumLines, !opensWithQuotationMark(block.joined) else { return false }
        let needle = core(block.joined, for: page)
        guard needle.count >= min(minimumReportedRepeat, minimumSentenceTail) else { return false }
        let occurrences = page.occurrences(of: needle)
        if quotesReportedSpeech(needle, occurrences: occurrences, in: page) { return true }
        return needle.count >= minimumSentenceTail && !isSlogan(block.joined)
            && occurrences.contains {
                isSentenceEnd($0.upperBound, in: page)
                    || (isSentenceStart($0.lowerBound, in: page) && page.mark(at: $0.upperBound) == "，")
            }
    }

    private static func quotesReportedSpeech(_ needle: PageText.Needle, occurrences: [Range<Int>], in page: PageText) -> Bool {
        guard needle.count >= minimumReportedRepeat else { return false }
        return occurrences.contains { range in
            let start = range.lowerBound
            guard start >= 2, page.mark(at: start - 1) == "，", speechVerbs.contains(where: { page.word($0, endsAt: start - 1) }) else { return false }
            return isSentenceEnd(range.upperBound, in: page) || page.mark(at: range.upperBound) == "，"
        }
    }

    /// Whether text at `i` stands inside a quotation: words lifted from it
    /// ("手艺人一辈子就做一件事" out of "“手艺人一辈子就做一件事，做好了…”",
    /// "现在又能看到鱼群了" out of "“…不敢靠近，现在又能看到鱼群了，心里高兴。”")
    /// are someone's speech set apart. Counter-case: a head that quotes shows
    /// its marks ("“只要乡亲们需要”" over "“只要乡亲们需要，我…"), and the
    /// seed's section heads repeat the reporter's own clauses.
    static func isQuoted(_ i: Int, in page: PageText) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= quotationReach {
            switch page.mark(at: j) {
            case "“", "「": return true
            case "”", "」": return false
            default: if page.isBlockStart(j) { return false }
            }
            j -= 1
        }
        return false
    }

    /// How far back, in characters, an opening quotation mark is looked for.
    static let quotationReach = 120

    private static func opensWithQuotationMark(_ text: String) -> Bool {
        guard let first = text.trimmingWhitespace.unicodeScalars.first else { return false }
        return Glyph.isOpening(first)
    }

    /// Length from which a punctuated block that recurs verbatim is a pull
    /// quote even when it starts mid-sentence ("去年我国…增长77.6%。" out of
    /// "出口方面，去年我国…增长77.6%。"). A comma or colon will do for a
    /// display line ("长江大保护是一项长期任务，必须久久为功" out of "会议指出，
    /// 长江大保护…"): heads seldom carry one, though they list with "、"
    /// ("坚持精准治污、科学治污、依法治污" over "要坚持精准治污…。" is a section
    /// head). Counter-case: a fragment of running
    /// text with a clause mark (an unclosed quote: "“保护是前提，发展是目") is
    /// no display line, though a pull quote elsewhere repeats it.
    static let minimumPunctuatedRepeat = 10

    /// A short block set wider than the column around it and not opening
    /// with a byline (a wide lead paragraph does): a quote set apart.
    static func isSetApart(_ block: TextBlock, column: Double?) -> Bool {
        guard let column, block.lines.count <= 2, let first = block.lines.first else { return false }
        return block.widest > column + 2 && !BylineRule.opensLine(first.text)
    }

    /// Share of a display line's bigrams that must recur in the page for a
    /// paraphrase ("中欧班列已经成为…骨干力量" for "中欧班列在…，已经成为
    /// …骨干力量") to count as an echo.
    static let paraphraseContainment = 0.6
    /// Below this many bigrams, shared words are the article's vocabulary, not a paraphrase.
    static let minimumParaphraseBigrams = 10

    /// Whether the block's text occurs elsewhere on the page, verbatim or as
    /// a close paraphrase.
    static func echoes(_ block: TextBlock, in page: PageText) -> Bool {
        let needle = core(block.joined, for: page)
        guard needle.count >= minimumEcho else { return false }
        if page.contains(needle) { return true }
        let bigrams = needle.bigrams
        guard bigrams.count >= minimumParaphraseBigrams else { return false }
        return page.bigramContainment(of: bigrams) >= paraphraseContainment
    }

    private static func isSentenceBoundary(_ mark: Unicode.Scalar) -> Bool {
        Glyph.isSentenceFinal(mark) || mark == "；"
    }

    static func isSentenceStart(_ i: Int, in page: PageText) -> Bool {
        if i == 0 || page.isBlockStart(i) { return true }
        let before = page.mark(at: i - 1)
        if isSentenceBoundary(before) { return true }
        if Glyph.isClosing(before), i >= 2, isSentenceBoundary(page.mark(at: i - 2)) { return true }
        if Glyph.isOpening(before) {
            if i == 1 || page.isBlockStart(i - 1) { return true }
            let b2 = page.mark(at: i - 2)
            return isSentenceBoundary(b2) || b2 == "："
        }
        return false
    }

    static func isSentenceEnd(_ end: Int, in page: PageText) -> Bool {
        guard end < page.count else { return true }
        let after = page.mark(at: end)
        return isSentenceBoundary(after) || Glyph.isClosing(after)
    }
}

