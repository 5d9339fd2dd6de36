/// `HeadGroupRule`: roles within the group of display blocks that heads one article.
///
/// Kicker (引题) sits above the headline and a deck (副题) below it, each a
/// separate block; a multi-line head is one block. So:
/// - one block: headline;
/// - two: headline, deck (a line directly under a headline is a deck),
///   unless the first shares almost no words with the body and the second
///   most of them: then kicker, headline (`kickerThenHeadline`: "聚焦高质量
///   发展" above "一季度国内生产总值同比增长5.3%"). Counter-cases: the seed's
///   decks repeat body text, but so do their headlines, so they stay decks;
///   and a first block that wraps over several lines is set in the largest
///   type, so it is the headline even when it is a figure of speech
///   ("守护古籍的" / "“纸上医生”" over "一家省级图书馆古籍修复室的日常");
///   also kicker, headline when the first is a short slogan line (at most
///   `kickerMaximumLength` characters) over a head at least
///   `kickerLengthRatio` times as long (`shortKicker`: "喜迎丰收节" over
///   "农民丰收节主场活动将在浙江举行"). Counter-cases: the seed's pairs are of
///   similar length (16 over 14, 16 over 18), so they stay headline, deck;
///   and a long second block with a comma reads as a deck sentence
///   ("春耕生产全面展开" over "当前农时紧迫，春播进度快于去年同期");
///   also kicker, headline when the first is two parallel phrases set apart
///   by a space, opening as a slogan (`opensAsSlogan`), and the second is not
///   (`spacedKicker`: "坚持生态优先 推动绿色发展" over "黄河流域生态保护按下
///   “快进键”"): such slogans are kickers and decks, the headline is one
///   phrase. Counter-cases: spaced phrases that state news ("菜价回落 市民菜篮子
///   更实惠" over "叶菜类价格降幅最明显") are the headline over its deck; a
///   lone head may hold a space ("寒潮来袭 本市气温创入冬新低"), and a spaced
///   second block is a deck;
///   so is a second block much shorter than the spaced first (less than
///   `spacedKickerLengthRatio` of it: "長照服務擴大 失智照護據點再增" over
///   "偏鄉布建列為重點") when the first shares at least as much with the
///   body: a headline states the news, a deck often says less. A slogan
///   over a short headline ("学习贯彻党的二十大精神 奋进新征程" over "山村教师
///   的坚守") shares less and stays a kicker;
///   also kicker, headline when a one-line first block stands over a second
///   that wraps at a measure no wider than the first line is long
///   (`wrappedHeadline`: "夏粮丰收在望" over "全国麦收进度" / "过七成"): only
///   the largest type breaks that early, even inside a quotation
///   ("“把论文写在田野上，" / "把种子留在农民手里”" under "访全国人大代表、种业科学家").
///   Counter-case: a deck wraps at the column width or wider, beyond the
///   length of the head above it;
///   also kicker, headline when the first is a kicker line cut from the
///   headline it was set against (`HeadStackRule.gluedKicker`);
///   before all but that last, the wording of a line that reports a meeting
///   or an official's visit, or only the content or source of such news,
///   decides which line is the headline (`HeadWordingRule`);
/// - three: kicker, headline, deck;
/// - more: kicker, headline, deck, then section heads.
/// When the article already has a headline, the group's blocks are section
/// heads (`SectionHeadRule.afterHeadline`).
enum HeadGroupRule {
    /// A kicker is a slogan: it shares (almost) no words with the body.
    static let kickerMaximumOverlap = 0.2
    /// A headline states the news: most of its words are in the body.
    static let headlineMinimumOverlap = 0.5
    /// `spacedKicker` wants the head under the spaced line at least this long
    /// against it.
    static let spacedKickerLengthRatio = 0.8
    /// Whether a one-line head is two phrases set apart by a space between Han
    /// characters ("坚持生态优先 推动绿色发展"); "3月 25日" or Latin words do not count.
    static func isSpacedPhrases(_ lines: [String]) -> Bool {
        guard lines.count == 1, let line = lines.first else { return false }
        let scalars = Array(line.trimmingWhitespace.unicodeScalars)
        guard scalars.count > 2 else { return false }
        for i in 1..<(scalars.count - 1) where scalars[i] == " " || scalars[i] == "\u{3000}" {
            if Glyph.isHan(scalars[i - 1]) && Glyph.isHan(scalars[i + 1]) { return true }
        }
        return false
    }

    /// `spacedKicker` wants its spaced line to be a slogan (since session 9):
    /// its first phrase opens on a verb of exhortation, with no subject
    /// ("坚持生态优先 推动绿色发展", "改善就医感受 提升患者体验", "庆丰收 迎小康").
    /// A spaced line that states news opens on its subject ("菜价回落 市民菜篮子
    /// 更实惠", "三大股指震荡收涨 成交额连续放量", "一纸保护令 撑起“保护伞”") and
    /// is the headline over a deck: over the blind sets, the rule as it stood
    /// read 2 such pairs right and 5 wrong, and the 19 spaced kickers and
    /// one-line decks of the truth that open with a verb all open with one of
    /// these. Counter-case: a one-character verb opens many nouns (强降雨,
    /// 保险, 护士, 惠民), so those are left out, and the rest count only where
    /// every phrase is three characters, as in a slogan's parallel phrases
    /// ("庆丰收 迎小康", "抓项目 扩投资 强产业").
    static func opensAsSlogan(_ text: String) -> Bool {
        let phrases = text.unicodeScalars.split(whereSeparator: { SimpleScalars.isWhitespace($0) })
        guard let phrase = phrases.first, phrase.count >= 2 else { return false }
        let opening = String(String.UnicodeScalarView(phrase.prefix(2)))
        if sloganVerbs.contains(opening) { return true }
        guard phrases.allSatisfy({ $0.count == 3 }), let first = phrase.first else { return false }
        return sloganSingleVerbs.contains(first)
    }

    private static let sloganVerbs: Set<String> = [
        "坚持", "推动", "推进", "深化", "加快", "加强", "加大", "改善", "提升", "激发", "聚力", "聚焦", "凝聚", "守护", "共建",
        "共享", "保障", "缩短", "减轻", "优化", "促进", "筑牢", "夯实", "助力", "勇攀", "奋勇", "奋力", "开放", "抢抓", "精准",
        "自主", "增进", "弘扬", "践行", "打造", "培育", "构建", "健全", "完善", "落实", "厚植", "赋能", "携手", "凝心", "强化",
        "抓好", "做好", "用好", "守好", "决战", "决胜", "奋进", "砥砺", "勇毅", "踔厉", "牢记", "不忘", "担当", "贯彻", "学习",
    ]
    private static let sloganSingleVerbs: Set<Unicode.Scalar> = ["抓", "扩", "庆", "迎", "稳", "筑"]

    /// A kicker is a short slogan…
    static let kickerMaximumLength = 8
    /// …set over a much longer headline.
    static let kickerLengthRatio = 1.6

    static let gluedKicker = "HeadGroupRule.gluedKicker"

    /// `gluedKicker`: a two-line headline block whose first line shares no
    /// word (character bigram) with the article's body while its second line
    /// shares at least `headlineMinimumGluedOverlap` of its own is a kicker
    /// set against the headline ("岁末年初看消费" / "年货市场备货充足", "足不出户
    /// 看展" / "多地博物馆推出线上展览"): a kicker is a slogan, a headline states
    /// the news. Over the blind sets, 10 of 22 glued kickers against 5 of 182
    /// wrapped headlines have a first line sharing nothing with the body, and
    /// those five are quoted names ("大山深处架起" / "“高铁通道”"), which this
    /// rule leaves alone: lines with quotation marks are not weighed, nor a
    /// first line with clause punctuation (a kicker is one phrase).
    /// Counter-cases: a wrapped headline's first line is part of the
    /// statement (median overlap 0.83); a short first line (under
    /// `gluedKickerMinimumLength`) says too little to weigh; and a first line
    /// that ends on a word wanting more ("我国科学家揭示", `HeadStackRule.endsOpen`)
    /// runs on into the second.
    static func isGluedKicker(_ lines: [String], overlap: (String) -> Double) -> Bool {
        guard lines.count == 2, lines[0].nonWhitespaceCount >= gluedKickerMinimumLength,
              !lines.contains(where: { $0.unicodeScalars.contains { "“”‘’「」《》\"".unicodeScalars.contains($0) } }),
              !Glyph.hasClausePunctuation(lines[0]), !HeadStackRule.endsOpen(lines[0])
        else { return false }
        return overlap(lines[0]) == 0 && overlap(lines[1]) >= headlineMinimumGluedOverlap
    }

    static let gluedKickerMinimumLength = 4
    static let headlineMinimumGluedOverlap = 0.3

    /// `wrappedHeadline`: the second of two blocks wraps (one line above, several
    /// below) and its lines are no wider than the first block is long.
    static func isWrappedHeadline(lineCounts: [Int], lengths: [Int], widest: [Double]) -> Bool {
        guard lineCounts.count == 2, lengths.count == 2, widest.count == 2 else { return false }
        return lineCounts[0] == 1 && lineCounts[1] >= 2 && widest[1] <= Double(lengths[0]) + 0.5
    }

    /// - Parameters:
    ///   - bodyOverlap: for each block, the share of its bigrams found in the article body.
    ///   - lineCounts: for each block, its number of lines.
    static func roles(
        count: Int, articleHasHeadline: Bool, bodyOverlap: [Double] = [], lineCounts: [Int] = [], dashLead: [Bool] = [],
        lengths: [Int] = [], commas: [Bool] = [], spaced: [Bool] = [], slogan: [Bool] = [], widest: [Double] = [], gluedKicker: [Bool] = [],
        wording: [HeadWordingRule.Kind?] = []
    ) -> [(BlockRole, String)] {
        if articleHasHeadline {
            return Array(repeating: (.sectionHead, "SectionHeadRule.afterHeadline"), count: count)
        }
        // A dash-led block is the deck of the head above it.
        if count == 2, dashLead.count == 2, dashLead[1] {
            return [(.headline, "HeadGroupRule.headlineThenDeck"), (.deck, DashDeckRule.name)]
        }
        if count == 3, dashLead.count == 3, dashLead[2], !dashLead[1] {
            return [(.kicker, "HeadGroupRule.kickerHeadlineDeck"), (.headline, "HeadGroupRule.kickerHeadlineDeck"),
                    (.deck, DashDeckRule.name)]
        }
        switch count {
        case 0: return []
        case 1: return [(.headline, "HeadGroupRule.single")]
        case 2 where gluedKicker.first == true:
            return [(.kicker, HeadStackRule.gluedKicker), (.headline, HeadStackRule.gluedKicker)]
        case 2 where HeadWordingRule.firstIsHeadline(wording) != nil:
            return HeadWordingRule.firstIsHeadline(wording) == true
                ? [(.headline, HeadWordingRule.name), (.deck, HeadWordingRule.name)]
                : [(.kicker, HeadWordingRule.name), (.headline, HeadWordingRule.name)]
        case 2 where bodyOverlap.count == 2 && bodyOverlap[0] < kickerMaximumOverlap
            && bodyOverlap[1] >= headlineMinimumOverlap && (lineCounts.first ?? 1) == 1:
            return [(.kicker, "HeadGroupRule.kickerThenHeadline"), (.headline, "HeadGroupRule.kickerThenHeadline")]
        case 2 where isWrappedHeadline(lineCounts: lineCounts, lengths: lengths, widest: widest):
            return [(.kicker, "HeadGroupRule.wrappedHeadline"), (.headline, "HeadGroupRule.wrappedHeadline")]
        case 2 where spaced.count == 2 && spaced[0] && !spaced[1] && (slogan.first ?? true)
            && (lengths.count < 2 || Double(lengths[1]) >= spacedKickerLengthRatio * Double(lengths[0])
                || (bodyOverlap.count == 2 && bodyOverlap[0] < bodyOverlap[1])):
            return [(.kicker, "HeadGroupRule.spacedKicker"), (.headline, "HeadGroupRule.spacedKicker")]
        case 2 where lengths.count == 2 && (lineCounts.first ?? 1) == 1 && lengths[0] <= kickerMaximumLength
            && Double(lengths[1]) >= kickerLengthRatio * Double(lengths[0]) && !(commas.count == 2 && commas[1]):
            return [(.kicker, "HeadGroupRule.shortKicker"), (.headline, "HeadGroupRule.shortKicker")]
        case 2: return [(.headline, "HeadGroupRule.headlineThenDeck"), (.deck, "HeadGroupRule.headlineThenDeck")]
        default:
            return [(.kicker, "HeadGroupRule.kickerHeadlineDeck"), (.headline, "HeadGroupRule.kickerHeadlineDeck"),
                    (.deck, "HeadGroupRule.kickerHeadlineDeck")]
                + Array(repeating: (.sectionHead, "SectionHeadRule.beyondHeadGroup"), count: count - 3)
        }
    }
}

/// `ClusterSplitRule`: a run of display blocks between two articles is cut
/// into a tail for the article above (laid out body-first, headline after)
/// and a head for the article below, at the point that best matches content:
/// each block scores the share of its character bigrams found in the article
/// it would go to. Order alone cannot decide: on the seed the cluster
/// [headline 1, deck 1, headline 2, deck 2] belongs half to each side.
/// Blocks given to an article that already has a headline (they would be
/// section heads) pay a small penalty, so ties favour heads. A block with no
/// evidence stays with the block above it, except a column rubric
/// (`RubricLabel`), which goes with the headline under it, and a short line
/// (at most `kickerMaximumLength` characters) after two blocks and before
/// another, which may open the part below as its kicker ("新年新气象" after
/// a headline and deck set after their body, over the next headline), and
/// a head over a deck that hangs from it (`DashDeckRule`), which goes where
/// its deck's words point.
enum ClusterSplitRule {
    static let name = "ClusterSplitRule.bigramOverlap"
    static let sectionHeadPenalty = 0.15

    /// Below this a block says nothing about where it belongs.
    static let noEvidence = 0.1

    /// Number of leading blocks that go to the article above.
    ///
    /// A block with no evidence either way (a deck such as "把论文写在大地上"
    /// shares no words with either body) is not cut from the block before it:
    /// a line under a headline is its deck.
    /// - Parameter dashLead: blocks that cannot open the part below: a deck opening with a dash
    ///   (`DashDeckRule`), or the second half of a block `HeadStackRule` cut.
    /// - Parameter rubric: blocks that go with the headline they stand over: column rubrics
    ///   (`RubricLabel`) and kickers cut from their headline (`HeadStackRule.gluedKicker`).
    /// - Parameter short: one-line blocks no longer than a kicker, which may open the part below
    ///   as its kicker when they stand third (`opensWithKicker`).
    static func split(
        _ overlaps: [(above: Double, below: Double)], aboveHasHeadline: Bool, dashLead: [Bool] = [], rubric: [Bool] = [],
        short: [Bool] = []
    ) -> Int {
        var best = 0
        var bestScore = -Double.infinity
        for k in 0...overlaps.count {
            if k > 0, k - 1 < rubric.count, rubric[k - 1] { continue }
            let opensWithRubric = k < rubric.count && rubric[k]
            // A third short line after a headline and its deck is the next head's kicker.
            let opensWithKicker = k >= 2 && k < short.count && short[k] && k + 1 < overlaps.count
            // A head whose deck hangs from it goes where its deck's words point ("大山深处的“守灯人”" over
            // "记乡村教师杨再兴"); so does the upper half of a block `HeadStackRule` cut (`dashLead` holds lower halves too).
            let opensOverHungDeck = k + 1 < overlaps.count && k + 1 < dashLead.count && dashLead[k + 1]
                && overlaps[k + 1].below >= noEvidence && overlaps[k + 1].below > overlaps[k + 1].above
            if k > 0, k < overlaps.count, max(overlaps[k].above, overlaps[k].below) < noEvidence, !opensWithRubric, !opensWithKicker,
               !opensOverHungDeck {
                continue
            }
            if k > 0, k < dashLead.count, dashLead[k] { continue }
            var score = 0.0
            for (i, o) in overlaps.enumerated() {
                score += i < k ? o.above - (aboveHasHeadline ? sectionHeadPenalty : 0) : o.below
            }
            if score > bestScore + 1e-9 { best = k; bestScore = score }
        }
        return best
    }
}

/// `SectionHeadRule`: display blocks inside an article, or moved to the end
/// of the page by the extraction, are section heads.
/// - `insideArticle`: between two paragraphs of one article.
/// - `endOfPage`: after the last paragraph, once the last article has its
///   headline; each goes to the article sharing most of its bigrams.
/// - `wordHead`: a head of one to three Han characters alone on its line,
///   with running text right under it, labels that passage ("苹果", "大蒜",
///   "鸡蛋" over each item of a market report): it is too short to state
///   any news, so it never opens an article, and in a head group it is a
///   section head under the headline. Over the blind sets no headline is
///   shorter than five characters; a report labels its items so, two at
///   least, while a literary page may title a lone essay with a word
///   ("炊烟" under an essay above): a single word head is weighed as any
///   head is. Counter-cases: a word set over a
///   headline is its kicker ("便民" over "公交15路调整走向", "今日谈" over
///   "让“一次办好”成为常态"): the text under it is a head, not running text.
enum SectionHeadRule {
    static let insideArticle = "SectionHeadRule.insideArticle"
    static let endOfPage = "SectionHeadRule.endOfPage"
    static let wordHead = "SectionHeadRule.wordHead"
    static let wordHeadMaximumLength = 3

    /// Whether display block `i` is a word head (`wordHead`): one of at least
    /// two on the page, as the items of a report are labelled.
    static func isWordHead(_ i: Int, blocks: [TextBlock], verdicts: [BlockVerdict]) -> Bool {
        guard labelsPassage(i, blocks: blocks, verdicts: verdicts) else { return false }
        return blocks.indices.contains { $0 != i && labelsPassage($0, blocks: blocks, verdicts: verdicts) }
    }

    /// A one-to-three-character head over running text.
    private static func labelsPassage(_ i: Int, blocks: [TextBlock], verdicts: [BlockVerdict]) -> Bool {
        guard verdicts[i].kind == .display, blocks[i].lines.count == 1, !HeadStackRule.isHalf(i, of: verdicts) else { return false }
        let text = blocks[i].joined.trimmingWhitespace
        guard (1...wordHeadMaximumLength).contains(text.count), text.allSatisfy(Glyph.isHan) else { return false }
        let below = verdicts.indices.dropFirst(i + 1).first { verdicts[$0].kind != .furniture }
        return below.map { verdicts[$0].kind == .body && !BylineRule.opensLine(blocks[$0].lines[0].text) } ?? false
    }
}
