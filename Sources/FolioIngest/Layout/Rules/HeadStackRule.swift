/// `HeadStackRule`: three head lines with no blank line between them are a
/// two-line headline with a kicker or a deck glued to it, when one line
/// stands apart by its length:
/// - a first line much shorter than the two under it is a kicker ("非遗" /
///   "蔚县剪纸作品展" / "在省博物院开幕");
/// - a last line much longer than the two above it is a deck ("地铁6号线二期" /
///   "月底前全线“电通”" / "联调联试后将择机开通试运营"): decks are set smaller,
///   to a longer measure.
/// - `longMiddle`: when the second and third lines are each at least
///   `pairLength` wide, the first is a kicker over a headline and its deck
///   ("暑期出行有新变化" / "夜间公交新增五条线路" / "末班车发车时间延至零点三十分"): a
///   headline set large wraps at eight or nine characters (see `pair`), so a
///   second line of ten is a title of its own, not the tail of the first.
///   Counter-case: a two-line headline over its deck has a short second line
///   ("地铁6号线二期" / "月底前全线“电通”" / "联调联试后将择机开通试运营").
/// - `spacedDeck`: under a head line that stands above the stack as its
///   kicker, a last line of two phrases set apart ("外贸航线加密 内贸中转提速",
///   `hasPhraseBreak`) under two lines of one phrase each is the deck
///   ("东港港前两个月" / "集装箱吞吐量同比增长一成" under "港口生产实现“开门红”"),
///   whatever the lengths. Counter-cases: with no kicker above, or a rubric
///   ("民生一线"), a short first line is still the kicker ("昨天起免费开放" /
///   "南中轴森林公园一期开园迎客" / "园内保留原有村落古树 新增步道12公里").
/// Otherwise (the stacked kicker) the first line is a kicker over a two-line
/// headline ("杭州亚运会" / "中国游泳队" / "首日收获五金", "端牢能源饭碗" /
/// "油气勘探开发" / "持续加大力度"): over the blind sets, of 40 such stacks
/// 19 are a kicker over a headline, 8 a kicker, headline and deck, 11 a
/// headline and deck and 2 one headline; the cut halves are then weighed as
/// two blocks (`HeadGroupRule`), which may still read them headline and deck.
/// Counter-cases: a head line directly above the stack is its kicker
/// ("权威部门解读经济运行新态势" over "工业生产稳步回升" / "服务业加快恢复" /
/// "经济运行持续向好"), so the stack is the headline and deck and stays
/// whole; and the rule cannot see a sentence run across the lines
/// ("强降雨袭击" / "德国比利时部分地区" / "多处村镇被淹", "全省启动" / "基层
/// 医疗机构" / "能力提升行动" are one headline each, cut wrongly). Only lines
/// without any punctuation are heads; running text always has some within
/// three lines.
///
/// `HeadStackRule.pair`: a display block of two lines, each at least
/// `pairLength` characters long, is a headline and its deck ("中老铁路全线开通
/// 运营" / "昆明至万象实现铁路直达"): a headline set large wraps at eight or
/// nine characters, so two long lines are two titles. Counter-case: a
/// two-line block with a shorter line is one headline wrapped ("工业投资增速"
/// / "连续六个月保持两位数"; "家门口的“共享食堂”" / "暖了老人胃也暖了心") — over
/// the blind page sets, 139 such blocks against one long meeting title.
///
/// `HeadStackRule.gluedDeck`: a two-line display block whose first line is a
/// whole title (at least `gluedDeckHeadLength` characters, no "，" "、" and no
/// phrases set apart by a space) and whose second line holds such a phrase
/// break is a headline and its deck ("8月份CPI同比上涨0.8%" / "猪肉价格同比下降
/// 44.9%，PPI涨幅继续扩大"): a deck is often two clauses, a headline one
/// statement. Counter-case: none of the blind sets' two-line headlines or
/// section heads has a phrase break in its second line only; a short first
/// line is a kicker (below).
///
/// `HeadStackRule.gluedKicker`: a two-line display block whose first line is
/// one or two Han characters ("便民" / "公交15路调整走向") is a kicker over a
/// head of any length: no headline of the blind sets breaks that early.
/// Longer kickers glued over their headline are told by their words
/// (`RubricLabel`: "春耕时节" / "全国春播进度快于去年同期"), not by length: a
/// first line of up to five characters over one more than twice as long was
/// a kicker 1 time in 11 once rubrics were read ("青海湖周边" / "普氏原羚种群
/// 恢复至三千余只", "最高法发布" / "老年人权益保护典型案例" are one headline
/// each), so that length rule was retired in session 7. Counter-cases: halves
/// of any cut that end up with the same role in one article are one title
/// again ("培育一批" / "具有国际竞争力的产业集群" as a section head; a short line
/// wrapped over a long one, under a kicker of its own, as the headline).
enum HeadStackRule {
    static let name = "HeadStackRule"
    /// A kicker is at most this share of the shorter headline line.
    static let kickerRatio = 0.6
    /// A deck is at least this multiple of the longer headline line.
    static let deckRatio = 1.3
    /// Shortest line, in characters, of a headline-and-deck pair.
    static let pairLength = 10
    static let pair = "HeadStackRule.pair"
    /// Shortest first line, in characters, of a headline glued to its deck.
    static let gluedDeckHeadLength = 8
    static let gluedDeck = "HeadStackRule.gluedDeck"
    static let gluedKicker = "HeadStackRule.gluedKicker"
    /// A first line this short over a head is a kicker whatever the head's length.
    static let tinyKickerLength = 2
    /// Added to the rule of the second line of a cut block.
    static let lowerHalf = "HeadStackRule.lowerHalf"
    /// Added when the halves of a cut block end up one title again.
    static let rejoined = "HeadStackRule.rejoined"

    /// Cuts each two-line display block that holds two titles (`pair`,
    /// `gluedDeck`, `gluedKicker`) into two one-line blocks (stage 3b of the
    /// reader), with the verdicts and columns to match. The second line's
    /// rule also names `lowerHalf`, so that later stages can put the halves
    /// together again.
    static func splitPairs(
        _ blocks: [TextBlock], verdicts: [BlockVerdict], columns: [Double?]
    ) -> (blocks: [TextBlock], verdicts: [BlockVerdict], columns: [Double?]) {
        let cuts = blocks.indices.map { twoTitleRule(blocks[$0], verdicts[$0]) }
        guard cuts.contains(where: { $0 != nil }) else { return (blocks, verdicts, columns) }
        var result: ([TextBlock], [BlockVerdict], [Double?]) = ([], [], [])
        for i in blocks.indices {
            if let rule = cuts[i] {
                for (n, line) in blocks[i].lines.enumerated() {
                    let suffix = n == 0 ? rule : rule + " + " + lowerHalf
                    result.0.append(TextBlock(lines: [line]))
                    result.1.append(BlockVerdict(kind: .display, rule: verdicts[i].rule + " + " + suffix))
                    result.2.append(columns[i])
                }
            } else {
                result.0.append(blocks[i])
                result.1.append(verdicts[i])
                result.2.append(columns[i])
            }
        }
        return result
    }

    /// Whether a block is the second line of a block cut in two.
    static func isLowerHalf(_ verdict: BlockVerdict) -> Bool { verdict.rule.hasSuffix(lowerHalf) }

    /// Whether block `i` is either half of a block cut in two.
    static func isHalf(_ i: Int, of verdicts: [BlockVerdict]) -> Bool {
        isLowerHalf(verdicts[i]) || (i + 1 < verdicts.count && isLowerHalf(verdicts[i + 1]))
    }

    /// Whether a block is the kicker line cut from its headline.
    static func isGluedKicker(_ verdict: BlockVerdict) -> Bool { verdict.rule.hasSuffix(gluedKicker) }

    /// The rule that cuts a two-line display block into two titles, if one does.
    static func twoTitleRule(_ block: TextBlock, _ verdict: BlockVerdict) -> String? {
        guard verdict.kind == .display, verdict.rule == DisplayLineRule.name, block.lines.count == 2 else { return nil }
        let (top, bottom) = (block.lines[0].text, block.lines[1].text)
        guard !Glyph.hasClausePunctuation(top) else { return nil }
        // A line that wants more runs on into the next, however long ("国家卫生健康委部署做好" /
        // "秋冬季传染病防控工作"); a long line that closes may be a whole title
        // ("区域全面经济伙伴关系协定正式签署" / "全球人口最多的自由贸易区扬帆起航").
        if endsOpen(top) { return nil }
        let (topLength, bottomLength) = (top.nonWhitespaceCount, bottom.nonWhitespaceCount)
        if topLength >= pairLength, bottomLength >= pairLength, !Glyph.hasClausePunctuation(bottom) {
            return pair
        }
        if topLength >= gluedDeckHeadLength, !hasPhraseBreak(top), hasPhraseBreak(bottom) {
            return gluedDeck
        }
        // A word or two alone above a head ("便民" / "公交15路调整走向"): no headline breaks that early.
        if topLength <= tinyKickerLength, bottomLength >= 2 * tinyKickerLength, top.trimmingWhitespace.allSatisfy(Glyph.isHan) {
            return gluedKicker
        }
        return nil
    }

    /// A break between two phrases of a title: "，", "、", or a space after a
    /// Han character, a digit or "%" and before a Han character
    /// ("经济稳中加固、稳中向好", "两年平均增长5.3% 经济稳中加固"); "3月 25日" is none.
    static func hasPhraseBreak(_ line: String) -> Bool {
        let scalars = Array(line.trimmingWhitespace.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if s == "，" || s == "、" { return true }
            guard s == " " || s == "\u{3000}", i > 0, i + 1 < scalars.count, Glyph.isHan(scalars[i + 1]) else { continue }
            let before = scalars[i - 1]
            let isDigit = ("0"..."9").contains(before) || ("０"..."９").contains(before)
            if Glyph.isHan(before) || before == "%" || before == "％" || isDigit {
                if !isDigit || !"年月日".unicodeScalars.contains(scalars[i + 1]) { return true }
            }
        }
        return false
    }

    /// `HeadStackRule.openEnded`: a head line that ends on a word wanting
    /// more ("我国科学家揭示" / "水稻耐盐碱关键基因作用机制", "国家卫生健康委部署做好" /
    /// "秋冬季传染病防控工作", "云南发现一种" / "新的早期蜥脚类恐龙") runs on into the
    /// line under it: no cut falls after it (since session 9 whatever its
    /// length: "国家卫生健康委部署做好" is no title of its own), and a stack it opens is a two-line
    /// headline over a deck (the third line), whatever the lengths. The
    /// words: a preposition or particle that cannot close a phrase, a verb
    /// that takes an object, a numeral with its measure word, the "以…为由"
    /// of a reason given ("电商平台以“定制商品”为由" / "拒绝无理由退货被判败诉").
    /// Counter-cases: words that close titles as often as they open objects
    /// are left out — "和", "与", "及", "向", "为" ("实现气候中和", "吸引万人参与",
    /// "调整走向", "违规行为"), "对", "使", "将", "给", "同", "由", "让", "从" as
    /// the ends of nouns and verbs ("共同应对", "形象大使", "乒坛名将", "市场
    /// 供给", "协同", "出行自由", "股权转让", "服从"), verbs that also end a
    /// report of a thing done ("开展", "发现", "实现", "签署", "印发", "新增",
    /// "推出", "袭击": "成果展开展", "目标如期实现", "协定正式签署", "零新增"),
    /// "部署" (alone as a kicker once, "国务院常务会议部署"), "聚焦" (a rubric);
    /// "在" closing a word ("问题所在", "现在"); and "的" closing a 是…的
    /// sentence ("好日子是干出来的").
    static func endsOpen(_ text: String) -> Bool {
        let line = text.trimmingWhitespace
        guard let last = line.unicodeScalars.last, Glyph.isHan(last) else { return false }
        if openEndingCharacters.unicodeScalars.contains(last) {
            if last == "在" { return !closedWordsInZai.contains { line.hasSuffix($0) } }
            if last == "的" { return !(line.dropLast().contains("是")) }
            return true
        }
        return openEndingWords.contains { line.hasSuffix($0) }
    }

    private static let openEndingCharacters = "的在把被以于"
    private static let closedWordsInZai = ["所在", "存在", "现在", "实在", "自在", "潜在", "内在", "外在", "健在", "何在", "好在"]
    private static let openEndingWords = ["揭示", "研制出", "研发出", "做好", "抓好", "呼吁", "迎来", "进入", "成为", "一种", "一批", "一个",
                                          "为由"]

    /// Where to cut the lines of a block: 1 after a kicker, 2 before a deck, or nil.
    /// - Parameter headAbove: the block above is a one-line head, which may be
    ///   this stack's kicker; asked only of a stack no length rule cuts.
    /// - Parameter rubricAbove: the head above is a rubric, which heads any
    ///   stack: no evidence that the stack's first line is no kicker.
    static func cut(_ lines: [PageLine], headAbove: @autoclosure () -> Bool = false, rubricAbove: @autoclosure () -> Bool = false) -> Int? {
        guard lines.count == 3 else { return nil }
        if isCommaDeck(lines) { return 2 }
        guard lines.allSatisfy(\.readsAsHead) else { return nil }
        if endsOpen(lines[0].text) { return endsOpen(lines[1].text) ? nil : 2 }
        // `spacedDeck`: under a kicker of its own, a stack whose last line alone holds two phrases
        // is a two-line headline over its deck.
        if hasPhraseBreak(lines[2].text), !hasPhraseBreak(lines[0].text), !hasPhraseBreak(lines[1].text), headAbove(), !rubricAbove() {
            return 2
        }
        let widths = lines.map(\.width)
        if widths[0] <= kickerRatio * min(widths[1], widths[2]) { return 1 }
        // `longMiddle`: lines under the first too long to be a large headline wrapped.
        if widths[1] >= Double(pairLength), widths[2] >= Double(pairLength) { return 1 }
        if widths[2] >= deckRatio * max(widths[0], widths[1]) { return 2 }
        return headAbove() ? nil : 1
    }

    /// `HeadStackRule.commaDeck`: two head lines over a line much wider than
    /// either (`deckRatio`) that holds clause punctuation but no sentence
    /// end are a two-line headline over its deck ("地铁5号线南段" / "开启试乘体验"
    /// / "沿线8座车站同步开放，市民可预约参与", "一个跨境诈骗团伙" / "被警方连根拔起" /
    /// "涉案资金逾三千万元，抓获犯罪嫌疑人47名"): a deck is often two clauses
    /// (see `gluedDeck`). Without this cut the first line alone was split off
    /// as a head glued over a "paragraph" of the other two (`LeadingDisplayRule`),
    /// and the headline lost its second line to the deck: 6 headlines of the
    /// blind sets. Counter-case: a head glued over the first two lines of a
    /// paragraph cut by a column break — its lines keep one measure, so the
    /// last is not `deckRatio` times the one above it ("高温天气" / "中央气象台预计未来"
    /// / "一周华北、黄淮等地将出现高温").
    static func isCommaDeck(_ lines: [PageLine]) -> Bool {
        guard lines.count == 3, lines[0].readsAsHead, lines[1].readsAsHead, let deck = lines.last,
              Glyph.hasClausePunctuation(deck.text) else { return false }
        return isDeckLine(deck, under: lines.dropLast())
    }

    /// `HeadStackRule.deckUnderStack`: four head lines whose last is much wider
    /// than each above it (`deckRatio`) are a stack of three over a deck
    /// ("多部门联合发文" / "推动老年健康服务" / "向社区和家庭延伸" / "二级及以上综合性医院老年医学科设置率将进一步提高",
    /// "冬春季呼吸道疾病防治" / "国家卫生健康委部署做好" / "秋冬季传染病防控工作" /
    /// "要求二级以上医院延长儿科门诊服务时间"): the deck is cut off, and the
    /// three above are cut as any three-line stack (`cut`). Without it the
    /// first two lines were split off as a head glued over a "paragraph" of the
    /// other two (`LeadingDisplayRule`). Counter-case: a deck wrapped over two
    /// lines ends on its shorter tail, not on its widest line.
    static func hasDeckUnderStack(_ lines: [PageLine]) -> Bool {
        guard lines.count == 4, lines.dropLast().allSatisfy(\.readsAsHead), let deck = lines.last else { return false }
        return isDeckLine(deck, under: lines.dropLast())
    }

    /// A line no sentence passes through, at least `deckRatio` times as wide as
    /// each head line above it, and no lead's opening under a head glued over
    /// its paragraph (a news-lead cue, `LeadCuePattern`, or a time since,
    /// "近年来，我市大力推广…").
    private static func isDeckLine(_ deck: PageLine, under heads: ArraySlice<PageLine>) -> Bool {
        guard !deck.text.endsSentence, !deck.text.containsSentencePunctuation, !ArticleBoundaryRule.hasLeadCue(deck.text),
              !opensWithTimeSince(deck.text) else { return false }
        return deck.width >= deckRatio * (heads.map(\.width).max() ?? .infinity)
    }

    /// A lead's opening adverbial of time, its first clause ending in 来 ("近年来，",
    /// "今年以来，", "入夏以来，"): a paragraph's first words, no deck's.
    static func opensWithTimeSince(_ text: String) -> Bool {
        let clause = text.unicodeScalars.drop(while: SimpleScalars.isWhitespace).prefix(while: { $0 != "，" })
        return clause.count <= 6 && clause.last == "来" && clause.count < text.unicodeScalars.count
    }

    /// Whether the last of `blocks` read so far is a head line that opens a
    /// head group, and so may be the kicker of a stack under it: one line of
    /// head type, not furniture ("第12版 体育新闻"), with no running text
    /// directly above it — after a paragraph, such a line is as likely the
    /// head of the article above, set after its body ("冰雪旅游迎来消费旺季").
    static func kickerStandsAbove(_ blocks: [TextBlock]) -> Bool {
        guard let above = blocks.last, above.lines.count == 1, let line = above.lines.first, line.readsAsHead,
              FurnitureRule.match(above, atPageEdge: blocks.count == 1) == nil else { return false }
        let before = blocks.dropLast().last
        return !(before?.lines.last?.text.endsSentence ?? false)
    }
}
