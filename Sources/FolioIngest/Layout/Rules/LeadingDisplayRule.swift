/// `LeadingDisplayRule`: a head set directly above its paragraph, with no
/// blank line between, is cut from the block.
///
/// One to `headLines` opening lines are split off when each has no sentence or clause
/// punctuation, none ends a sentence, and each falls `shortness` em short of
/// the median line of the text under it ("高温天气" / "注意防范农业灾害" over
/// "中央气象台预计，未" / "来一周华北、黄淮等地将" …): shorter than a
/// paragraph's first line, which is the column less a two-character indent.
/// At least two lines of text must remain, and the head must not be a byline.
/// Counter-cases: an indent-short first line without punctuation
/// ("全市2020年启动的老旧小区") is not short enough; the tail of a paragraph
/// continued from the previous column ends with a sentence mark; and a head
/// as long as an indented first line ("社区食堂开进老小区" over "11月28日，东湖街道")
/// is left in place, as the text cannot tell the two apart; nor is a line
/// whose sentence runs on into the text under it with a reporting verb
/// ("某平台研究院分析师" over "表示，今年以来，居民出"): a head is whole, and
/// this is the speaker of the paragraph's first sentence; nor one whose
/// sentence the next line ends at once ("稻虾综合种养的奥妙在于" over "“共生”。
/// 小龙虾在稻田中…", `BodyFragmentRule.opensWithSentenceEnd`), or whose word
/// the next line ends ("以组件龙头晶辉能源为" over "例，公司去年实现营业收入",
/// `BodyFragmentRule.opensWithWordTail`).
///
/// `LeadingDisplayRule.wide`: so is a single opening line `shortness` em
/// *wider* than the median line under it ("遛狗不牵绳致人受伤 饲养人担全责"
/// over "市民王某在小区散步时，" / "被邻居李某未牵绳的宠物犬扑"): a paragraph's
/// lines keep one measure, and a lead set across columns keeps its width
/// for all its lines. The same counter-cases hold.
enum LeadingDisplayRule {
    static let name = "LeadingDisplayRule"
    /// How far below (or, for one line, above) the median line of the text a head line must fall.
    static let shortness = 2.5
    /// Most lines a glued head may take.
    static let headLines = 3

    /// The number of lines at the start of `lines` to split off, or 0.
    static func leadingCount(_ lines: [PageLine]) -> Int {
        guard lines.count >= 3, let first = lines.first, !BylineRule.opensLine(first.text) else { return 0 }
        var count = 0
        if first.readsAsHead, first.width >= ColumnWidth.median(lines[1...]) + shortness, opensText(lines[1]) { return 1 }
        if isHeadOverLead(first, lines[1]) { return 1 }
        for k in 1...min(headLines, lines.count - 2) {
            let line = lines[k - 1]
            guard line.readsAsHead, !line.text.trimmingWhitespace.isEmpty else { break }
            let measure = ColumnWidth.median(lines[k...])
            if lines[..<k].allSatisfy({ $0.width <= measure - shortness }), opensText(lines[k]) {
                count = k
            }
        }
        return count
    }

    /// `LeadingDisplayRule.overLead`: a head line over a line that opens a
    /// news lead at once ("城关镇开展防溺水宣传" over "近日，城关镇组织志愿", a
    /// lead cue within the next line's first `leadOpeningWindow` characters) is
    /// cut off whatever its width: a paragraph's first line, with no
    /// punctuation, cannot end where a lead's time word begins. Counter-case:
    /// a line that ends on a word wanting more ("市政府于" / "近日，…",
    /// `HeadStackRule.endsOpen`) runs on.
    static func isHeadOverLead(_ head: PageLine, _ next: PageLine) -> Bool {
        // Most lines: no comma among the next line's opening scalars.
        guard next.text.unicodeScalars.drop(while: SimpleScalars.isWhitespace).prefix(leadOpeningWindow + 1).contains("，"),
              head.readsAsHead, head.text.nonWhitespaceCount >= minimumLeadHead, !HeadStackRule.endsOpen(head.text) else { return false }
        let opening = next.text.trimmingWhitespace
        return ArticleBoundaryRule.hasLeadCue(opening, within: leadOpeningWindow) && !BylineRule.opensLine(next.text)
    }

    static let leadOpeningWindow = 3
    /// Shortest head over a lead, in characters: a title, not a word.
    static let minimumLeadHead = 5

    /// Whether a line can open text under a head: it carries on no sentence of the line above.
    private static func opensText(_ line: PageLine) -> Bool {
        !ParagraphBreakRule.opensWithClosingMark(line.text) && !DisplayLineRule.continuesReportedSpeech(line.text)
            && !BodyFragmentRule.opensWithSentenceEnd(line.text) && !BodyFragmentRule.opensWithWordTail(line.text)
    }
}
