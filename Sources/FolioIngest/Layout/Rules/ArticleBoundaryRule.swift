import Foundation

/// `ArticleBoundaryRule`: where one article ends and the next begins.
///
/// - `byline`: a paragraph opened by a byline starts an article.
/// - `headlineCluster`: two or more display blocks between complete
///   paragraphs (headline with deck or kicker; two articles' heads) start one.
/// - `loneDisplay`: a single display block between complete paragraphs is
///   either a section head (same article) or a headline (new article). Text
///   alone cannot tell them apart, so the rule weighs evidence:
///   - `leadCue` (+1): the paragraph after it reads like a news lead: a time
///     or source expression early in its first sentence ("日前", "近日",
///     "5月12日", "记者从…获悉", "数据显示"); not an interviewer's turn "记者：…";
///   - `topic` (+0.5 / −1): the text after it shares few / many character
///     bigrams with the article so far (overlap coefficient below
///     `lowTopic` / above `highTopic`); paragraphs of one long article repeat
///     its names and terms, but short items share few bigrams even within
///     one article, so low overlap is weak evidence;
///   - `headlineAfterBody` (+1): the article so far has no head yet and the
///     block's bigrams mostly occur in it: a headline set after its body.
///     An article opened after such a headline has no head yet either: on a
///     page of briefs set body-first, each item's head follows its text.
///     Counter-case: a block whose words also open the paragraph under it
///     (`announcesNext` of its bigrams) announces that paragraph, as a
///     section head does ("制造业受益最为明显" over "数据显示，前11个月，制造业
///     新增减税…"); the article's headline comes after its body;
///   - `headOpensNext` (+1): the text after it shares few bigrams with the
///     article so far (as for `topic`), none of the block's bigrams occur in
///     the article so far, and most (`nextContainment`) recur in the paragraph right after
///     it: a headline announcing a new item ("流感疫苗接种进入高峰期" over
///     "随着气温下降，各地流感疫苗接种进入高峰期。" after a court story), set
///     on one line as headlines are. Counter-cases: the seed's "疫情防控取得
///     阶段性重要成效" shares 疫情防控 with the lead above it, and a section
///     head broken over two short lines ("居民住得" / "更舒心") announces a
///     subtopic the same way but is set in the column: both stay section heads;
///     and an article headed by a group (headline with deck or kicker) is a
///     main story, which runs on under section heads that announce their
///     paragraphs just so ("县乡市场增速明显" over "数据显示，5月…县乡市场…");
///   - `bylinePage` (−0.75): other articles on the page open with bylines and
///     this text does not, so it is more likely a section of the article;
///   - `wideLead` (−1): the article so far is a lead set across columns
///     (`wideLeadRatio` times the width of the text after the block): a
///     lead across columns opens an article that goes on in the columns
///     below, under its section heads ("稳住就业" / "基本盘" after the
///     wide lead of a meeting report, as on the seed);
///   - `reportOpening` (−1): the article so far is headed by a group (a
///     kicker or deck with its headline), signed on a line of its own
///     ("本报记者 苏晴 通讯员 胡敏") and one paragraph long: a report has only
///     begun there, and goes on under its section heads ("生态逐步恢复" over
///     "2021年1月1日零时起，…"). Counter-cases: a brief whose dateline shares
///     its first line ("本报讯 …") may be whole in one paragraph, and so may
///     a brief under a lone headline, signed or not ("城区新增三处口袋公园" /
///     "本报记者 苏晴" / one paragraph / "夜市经济激活消费" / "近日，…");
///   - `wideHead` (+1): the block is one line at least `wideHeadMargin` em
///     wider than the column of the text under it, and repeats neither the
///     text above nor the text below: a head spanning columns is a headline
///     ("遛狗不牵绳致人受伤 饲养人担全责" over "市民王某在小区散步时，"), as a
///     section head is set in its column. Counter-case: a pull quote set
///     wide over the words it lifts ("力争培育出抗病性强、产量稳定的新品种").
///   - `sectioned` (−0.5): the article so far already runs on under a section
///     head (a lone display block read as one): an article with one section
///     head has more ("核心指标位居全国前列", then "通关效率提升" over "为提高通关
///     效率，…"), while a brief under its headline has none. A trade: over
///     the blind sets it keeps four section heads in their articles (sets 6,
///     38, 47, 59) and two short items with a lone headline and no byline
///     inside the sectioned article above them (sets 34 and 41: "青少年航天科普
///     活动启动" over "2022年全国青少年航天科普系列活动日前启动…"); a lead cue
///     does not tell the two apart (all six open with one).
///   - `continuesDiscourse` (−1.5): the text after it opens on a connective
///     that points back ("此外，公交集团将在考点附近线路增加运力…" under "护航考生"):
///     it goes on with the article above.
///   A positive sum (> 0.5) is a boundary, unless the block is numbered
///   (`numbered`: "三、防寒露风", "（二）…"): a point of a list inside an
///   article, never an article's head (all three such heads over the blind
///   sets are section heads). Counter-case: "一、二线城市房价企稳" counts two
///   things, it numbers nothing.
/// - `headAfterBody`: with no display block between them, a paragraph still
///   starts an article when everything says so at once: the article so far
///   was headed before its body (so it is complete), the paragraph opens
///   with a news-lead cue within its first `strictLeadWindow` characters,
///   the text from it shares few bigrams with the article so far, and that
///   text runs into a display block (its own head, set after its body).
///   This is a body-first article following a head-first one.
///   Counter-case: display blocks followed by a reporter line ("本报记者
///   韩冬") or a dateline head the article below them, as the article so far
///   was headed.
///   Counter-case: the article so far was headed over one paragraph only
///   (`minimumParagraphsBeforeHeadless`): it has only begun.
///   Counter-cases: a later paragraph of the same article that opens with
///   "记者…了解到" shares the article's terms and stays; and a paragraph that
///   starts inside the block where the last one ended (no blank line at
///   all, `ParagraphBreakRule.columnTopEnd`) continues its article.
/// - `sameArticle`: otherwise.
/// Counter-case: a paragraph that continues a sentence is never a boundary
/// (it is not even a new paragraph).
enum ArticleBoundaryRule {
    static let byline = "ArticleBoundaryRule.byline"
    static let headlineCluster = "ArticleBoundaryRule.headlineCluster"
    static let loneDisplay = "ArticleBoundaryRule.loneDisplay"
    static let sameArticle = "ArticleBoundaryRule.sameArticle"
    static let headAfterBody = "ArticleBoundaryRule.headAfterBody"
    static let strictLeadWindow = 20
    /// `headAfterBody` counter-case: an article headed over its first
    /// paragraph alone has only begun; its second paragraph ("记者在现场看到，…"
    /// after "昨天，…恢复开放") shares few words with one paragraph, and a
    /// section head may follow it.
    static let minimumParagraphsBeforeHeadless = 2

    /// On the seed two articles on the same subject score 0.18–0.19 and a
    /// lead paragraph against the rest of its article 0.71; short unrelated
    /// news items score below 0.08.
    static let lowTopic = 0.09
    static let highTopic = 0.3
    static let headlineContainment = 0.3
    static let nextContainment = 0.6
    static let wideLeadRatio = 2.0
    static let wideHeadMargin = 2.5
    /// `headlineAfterBody` counter-case: a block whose words also open the
    /// paragraph under it announces that paragraph.
    static let announcesNext = 0.2

    struct Evidence: Equatable {
        var leadCue: Bool
        var topicOverlap: Double
        var currentHasHead: Bool
        var displayInCurrent: Double
        var pageHasBylines: Bool
        var displayInNext: Double = 0
        var displayIsOneLine = false
        var currentIsWideLead = false
        var currentHeadIsGroup = false
        var displayIsNumbered = false
        var currentIsReportOpening = false
        var displayIsWide = false
        var nextContinuesDiscourse = false
        var currentIsSectioned = false

        var score: Double {
            var s = 0.0
            if leadCue { s += 1 }
            if topicOverlap < ArticleBoundaryRule.lowTopic { s += 0.5 } else if topicOverlap > ArticleBoundaryRule.highTopic { s -= 1 }
            if isHeadlineAfterBody { s += 1 }
            if displayIsOneLine, displayInCurrent == 0, displayInNext >= ArticleBoundaryRule.nextContainment,
               topicOverlap < ArticleBoundaryRule.lowTopic, !currentHeadIsGroup { s += 1 }
            if pageHasBylines { s -= 0.75 }
            if currentIsWideLead { s -= 1 }
            if currentIsReportOpening { s -= 1 }
            if nextContinuesDiscourse { s -= 1.5 }
            if currentIsSectioned { s -= 0.5 }
            if displayIsWide, displayInCurrent < ArticleBoundaryRule.headlineContainment,
               displayInNext < ArticleBoundaryRule.nextContainment { s += 1 }
            return s
        }

        var isBoundary: Bool { !displayIsNumbered && score > 0.5 }

        /// The block is the headline of the article so far, set after its
        /// body; the article it opens then has no head of its own yet.
        var isHeadlineAfterBody: Bool {
            !currentHasHead && displayInCurrent >= ArticleBoundaryRule.headlineContainment
                && displayInNext < ArticleBoundaryRule.announcesNext
        }
    }

    /// `continuesDiscourse`: a paragraph opening on a connective that
    /// points back ("此外，", "与此同时，", "不过，", "对此，") goes on with
    /// the text before it: no article opens that way.
    static func opensWithConnective(_ paragraph: String) -> Bool {
        let opening = paragraph.trimmingWhitespace.prefix(6)
        return connectives.contains { opening.hasPrefix($0 + "，") }
    }

    static let connectives = ["此外", "另外", "同时", "与此同时", "不过", "但是", "然而", "对此", "为此", "因此", "此前", "其中", "除此之外",
                              "与此相应", "反之", "总之", "可见"]

    /// Whether a head is numbered as a point of a list: "三、防寒露风", "（二）加强监管".
    static func isNumberedHead(_ text: String) -> Bool {
        var scalars = Array(text.trimmingWhitespace.unicodeScalars.prefix(6))[...]
        let bracketed = scalars.first == "（" || scalars.first == "("
        if bracketed { scalars = scalars.dropFirst() }
        let numeral = scalars.prefix { "一二三四五六七八九十".unicodeScalars.contains($0) }
        let rest = scalars.dropFirst(numeral.count)
        guard (1...3).contains(numeral.count), let mark = rest.first else { return false }
        if bracketed { return mark == "）" || mark == ")" }
        // "一、二线城市": a list of numerals, not a numbered point.
        guard mark == "、", let next = rest.dropFirst().first else { return false }
        return !"一二三四五六七八九十".unicodeScalars.contains(next)
    }

    /// How far into the paragraph a lead cue counts.
    static let leadWindow = 40

    /// Whether a paragraph opens like a news lead.
    static func hasLeadCue(_ paragraph: String, within window: Int = leadWindow) -> Bool {
        let head = String(paragraph.prefix(window))
        return LeadCuePattern.occurs(in: Array(head.unicodeScalars))
    }
}
