import XCTest
@testable import FolioIngest

final class ArticleBoundaryRuleTests: XCTestCase {
    func testLeadCues() {
        XCTAssertTrue(ArticleBoundaryRule.hasLeadCue("国家统计局日前发布数据，5月份全国居民消费价格"))
        XCTAssertTrue(ArticleBoundaryRule.hasLeadCue("记者从农业农村部获悉，截至4月10日"))
        XCTAssertFalse(ArticleBoundaryRule.hasLeadCue("从农资市场看，化肥、种子、农药等农资储备总体充足"))
        XCTAssertFalse(ArticleBoundaryRule.hasLeadCue("在应用方面，5G与工业互联网融合不断深化，全国已建成", within: 20))
        // The reporter spoken to is a later paragraph's quotation, not a lead.
        XCTAssertFalse(ArticleBoundaryRule.hasLeadCue("一家瑞士企业负责人告诉记者，这是企业连续第五次参展", within: 20))
        XCTAssertFalse(ArticleBoundaryRule.hasLeadCue("他在接受记者采访时表示，今后将继续", within: 20))
        XCTAssertTrue(ArticleBoundaryRule.hasLeadCue("记者在现场看到，展区内人头攒动", within: 20))
    }

    func testANumberedHeadIsAPointOfTheArticle() {
        XCTAssertTrue(ArticleBoundaryRule.isNumberedHead("三、防寒露风"))
        XCTAssertTrue(ArticleBoundaryRule.isNumberedHead("（二）加强监管"))
        XCTAssertFalse(ArticleBoundaryRule.isNumberedHead("三亚旅游市场持续升温"))
        XCTAssertFalse(ArticleBoundaryRule.isNumberedHead("一江春水向东流"))
        XCTAssertFalse(ArticleBoundaryRule.isNumberedHead("一、二线城市房价企稳"), "two numerals listed, nothing numbered")
        var evidence = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.03, currentHasHead: true, displayInCurrent: 0, pageHasBylines: false)
        XCTAssertTrue(evidence.isBoundary)
        evidence.displayIsNumbered = true
        XCTAssertFalse(evidence.isBoundary, "a numbered head stays in its article")
        // The most evidence there is: lead cue, low topic, a head after its body.
        var most = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.0, currentHasHead: false, displayInCurrent: 0.9, pageHasBylines: false)
        XCTAssertTrue(most.isBoundary)
        most.displayIsNumbered = true
        XCTAssertFalse(most.isBoundary, "whatever the evidence")
    }

    /// An article that already runs on under a section head has more of them.
    func testASectionedArticleKeepsItsNextHead() throws {
        // A head announcing the paragraph under it, on a page of bylined articles: 1 - 0.75 + 0.5 (low topic).
        var evidence = ArticleBoundaryRule.Evidence(leadCue: false, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0,
                                                    pageHasBylines: true, displayInNext: 0.8, displayIsOneLine: true)
        XCTAssertTrue(evidence.isBoundary)
        evidence.currentIsSectioned = true
        XCTAssertFalse(evidence.isBoundary)
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("blind59/20220103_03.txt")
        let reading = PageReader.read(try String(contentsOf: url, encoding: .utf8))
        let report = try XCTUnwrap(reading.articles.first { $0.byline == "本报记者 孙浩" })
        XCTAssertEqual(report.sectionHeads, ["核心指标位居全国前列", "通关效率提升"])
    }

    func testLoneDisplayEvidence() {
        // A new item: lead cue and little shared vocabulary.
        let headline = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.03, currentHasHead: true, displayInCurrent: 0, pageHasBylines: false)
        XCTAssertTrue(headline.isBoundary)
        // A section of the same long article (seed): shared vocabulary outweighs the date in its first line.
        let section = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.71, currentHasHead: true, displayInCurrent: 0, pageHasBylines: true)
        XCTAssertFalse(section.isBoundary)
        // Low overlap alone is weak evidence.
        let weak = ArticleBoundaryRule.Evidence(leadCue: false, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0, pageHasBylines: false)
        XCTAssertFalse(weak.isBoundary)
        // A headline set after the body it sums up.
        let after = ArticleBoundaryRule.Evidence(leadCue: false, topicOverlap: 0.05, currentHasHead: false, displayInCurrent: 0.45, pageHasBylines: false)
        XCTAssertTrue(after.isBoundary)
        XCTAssertTrue(after.isHeadlineAfterBody)
        // Counter-case: a block that shares words with the text above and also opens the
        // paragraph under it announces that paragraph: a section head ("制造业受益最为明显"
        // over "数据显示，前11个月，制造业新增减税…"), with the article's headline still to come.
        var announces = after
        announces.displayInNext = 0.25
        XCTAssertFalse(announces.isHeadlineAfterBody)
        var cued = announces
        cued.leadCue = true
        cued.pageHasBylines = true
        cued.topicOverlap = 0.15
        XCTAssertFalse(cued.isBoundary, "a lead cue on a byline page no longer makes it a boundary")
        cued.displayInNext = 0
        XCTAssertTrue(cued.isBoundary, "the same block echoing nothing below is the headline above")
        // A one-line head that only the paragraph after it echoes opens a new item, even on a byline page.
        let opens = ArticleBoundaryRule.Evidence(leadCue: false, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0,
                                                 pageHasBylines: true, displayInNext: 0.9, displayIsOneLine: true)
        XCTAssertTrue(opens.isBoundary)
        // Counter-cases: a two-line head set in the column, a head that shares words with the
        // article above, or text that stays on the article's topic.
        var twoLines = opens
        twoLines.displayIsOneLine = false
        XCTAssertFalse(twoLines.isBoundary)
        var shared = opens
        shared.displayInCurrent = 0.2
        XCTAssertFalse(shared.isBoundary)
        var onTopic = opens
        onTopic.topicOverlap = 0.2
        XCTAssertFalse(onTopic.isBoundary)
        var mainStory = opens
        mainStory.currentHeadIsGroup = true
        XCTAssertFalse(mainStory.isBoundary, "a story headed with a deck runs on under section heads")
        // A dated lead after a byline page's head is a new item, unless the article so far is a lead set across columns.
        var dated = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0, pageHasBylines: true)
        XCTAssertTrue(dated.isBoundary)
        dated.currentIsWideLead = true
        XCTAssertFalse(dated.isBoundary)
        // A head set wider than the column under it spans columns: a headline, unless it repeats the text.
        var wide = ArticleBoundaryRule.Evidence(leadCue: false, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0, pageHasBylines: true)
        XCTAssertFalse(wide.isBoundary)
        wide.displayIsWide = true
        XCTAssertTrue(wide.isBoundary)
        wide.displayInNext = 0.7
        XCTAssertFalse(wide.isBoundary, "a pull quote set wide over the words it lifts")
        // …or text that opens on a connective pointing back.
        XCTAssertTrue(ArticleBoundaryRule.opensWithConnective("此外，公交集团将在考点附近线路增加运力"))
        XCTAssertFalse(ArticleBoundaryRule.opensWithConnective("同时举行的还有非遗展"), "同时 as a word of the sentence")
        var connected = ArticleBoundaryRule.Evidence(leadCue: true, topicOverlap: 0.05, currentHasHead: true, displayInCurrent: 0, pageHasBylines: false)
        XCTAssertTrue(connected.isBoundary)
        connected.nextContinuesDiscourse = true
        XCTAssertFalse(connected.isBoundary)
        // …or a report just begun under its head and reporter line.
        dated.currentIsWideLead = false
        dated.currentIsReportOpening = true
        XCTAssertFalse(dated.isBoundary)
    }

    /// A report headed and signed on a line of its own ("本报记者 苏晴 通讯员
    /// 胡敏") has only begun after its first paragraph: a section head there
    /// is its own, though a date opens the next paragraph. Counter-case: a
    /// brief whose dateline shares its first line ("本报讯 …") may be whole
    /// in one paragraph, and a dated lead under a new head opens the next.
    func testAReportJustBegunUnderItsReporterLineRunsOnUnderASectionHead() {
        func page(_ byline: String) -> String {
            """
            长江十年禁渔观察
            江豚逐浪归 渔民上岸兴

            \(byline)
            傍晚时分，在宜昌江段，几头江豚跃出水面，
            引来岸边市民驻足观看。

            生态逐步恢复

            2021年1月1日零时起，重点水域正式实施
            十年禁渔。监测显示，鱼类资源明显增加。
            """
        }
        let report = PageReader.read(page("本报记者 苏晴 通讯员 胡敏\n")).articles
        XCTAssertEqual(report.count, 1)
        XCTAssertEqual(report.first?.sectionHeads, ["生态逐步恢复"])
        XCTAssertEqual(report.first?.subheadlines, ["长江十年禁渔观察"])
        let brief = PageReader.read(page("本报讯 （记者 苏晴）")).articles
        XCTAssertEqual(brief.count, 2, "a brief's inline dateline: the dated lead under the head opens the next item")
    }
}

final class HeadGroupRuleTests: XCTestCase {
    func testRolesByCountAndPosition() {
        XCTAssertEqual(HeadGroupRule.roles(count: 1, articleHasHeadline: false).map(\.0), [.headline])
        XCTAssertEqual(HeadGroupRule.roles(count: 2, articleHasHeadline: false).map(\.0), [.headline, .deck])
        XCTAssertEqual(HeadGroupRule.roles(count: 3, articleHasHeadline: false).map(\.0), [.kicker, .headline, .deck])
        XCTAssertEqual(HeadGroupRule.roles(count: 2, articleHasHeadline: true).map(\.0), [.sectionHead, .sectionHead])
    }

    func testWordingOfEventTitlesAndSubordinateLines() {
        for line in ["李克强主持召开国务院常务会议", "全国交通运输工作会议在京召开", "中央经济工作会议在北京举行",
                     "王毅同巴基斯坦外长举行会谈", "王建华调研春季农业生产工作"] {
            XCTAssertEqual(HeadWordingRule.kind(of: line), .eventTitle, line)
        }
        for line in ["部署加大对中小微企业纾困帮扶力度", "强调压实粮食安全责任 确保全年粮食产量保持在1.3万亿斤以上",
                     "国家统计局发布数据", "国家统计局最新数据显示", "一季度外贸数据发布"] {
            XCTAssertEqual(HeadWordingRule.kind(of: line), .subordinateLine, line)
        }
        // Counter-cases: a decision with its subject, a rubric, a plain statement.
        XCTAssertNil(HeadWordingRule.kind(of: "国务院常务会议部署稳外贸稳外资工作"))
        XCTAssertNil(HeadWordingRule.kind(of: "农业农村部部署秋收秋种"))
        XCTAssertNil(HeadWordingRule.kind(of: "蹲点调研"))
        XCTAssertNil(HeadWordingRule.kind(of: "前三季度工业增加值同比增长5.6%"))
        for line in ["第六届进博会见闻", "进博会见证中国开放决心", "乡村振兴调研行", "喜迎党的二十大胜利召开", "确定性中找机遇"] {
            XCTAssertNil(HeadWordingRule.kind(of: line), line)
        }
        XCTAssertEqual(HeadWordingRule.kind(of: "2023中国—东盟博览会在南宁召开"), .eventTitle)
    }

    func testALongMiddleLineMakesTheFirstAKicker() {
        let lines = { (texts: [String]) in texts.enumerated().map { PageLine(index: $0.offset, text: $0.element) } }
        XCTAssertEqual(HeadStackRule.cut(lines(["暑期出行有新变化", "夜间公交新增五条线路", "末班车发车时间延至零点三十分"])), 1)
        // Counter-case: a headline wrapped at eight or nine characters over its deck.
        XCTAssertEqual(HeadStackRule.cut(lines(["地铁6号线二期", "月底前全线“电通”", "联调联试后将择机开通试运营"])), 2)
        // A rubric naming a kind of report is no paper's name.
        XCTAssertFalse(MastheadLabel.isPaperName("文化遗产日特别报道"))
        XCTAssertTrue(MastheadLabel.isPaperName("21世纪经济报道"))
    }

    func testAnOpenEndedHeadLineRunsOnIntoTheNext() {
        XCTAssertTrue(HeadStackRule.endsOpen("我国科学家揭示"))
        XCTAssertTrue(HeadStackRule.endsOpen("国家卫生健康委部署做好"))
        XCTAssertTrue(HeadStackRule.endsOpen("云南发现一种"))
        // Counter-cases: words that close titles too.
        XCTAssertFalse(HeadStackRule.endsOpen("力争到本世纪中叶实现气候中和"))
        XCTAssertFalse(HeadStackRule.endsOpen("古籍修复成果展开展"))
        XCTAssertFalse(HeadStackRule.endsOpen("国务院常务会议部署"))
        XCTAssertFalse(HeadStackRule.endsOpen("严查校外培训违规行为"))
        XCTAssertFalse(HeadStackRule.endsOpen("好日子是干出来的"), "a 是…的 sentence is whole")
        XCTAssertTrue(HeadStackRule.endsOpen("我国自主研发的"))
        XCTAssertFalse(HeadStackRule.endsOpen("问题所在"))
        XCTAssertFalse(HeadStackRule.endsOpen("目标如期实现"))
        XCTAssertTrue(HeadStackRule.endsOpen("电商平台以“定制商品”为由"), "以…为由 wants its verb")
        // Two open lines in a row: the stack is one headline.
        let run = ["云南发现一种", "距今一亿多年的", "早期蜥脚类恐龙"].enumerated().map { PageLine(index: $0.offset, text: $0.element) }
        XCTAssertNil(HeadStackRule.cut(run))
        // However long the line, it is no title of its own (session 9; before, ten characters and more were cut)…
        let display = BlockVerdict(kind: .display, rule: DisplayLineRule.name)
        let long = TextBlock(lines: ["国家卫生健康委部署做好", "秋冬季传染病防控工作"].enumerated().map { PageLine(index: $0.offset, text: $0.element) })
        XCTAssertNil(HeadStackRule.twoTitleRule(long, display))
        // …while a long line that closes is still cut from the one under it.
        let closed = TextBlock(lines: ["区域全面经济伙伴关系协定正式签署", "全球人口最多的自由贸易区扬帆起航"].enumerated().map { PageLine(index: $0.offset, text: $0.element) })
        XCTAssertEqual(HeadStackRule.twoTitleRule(closed, display), HeadStackRule.pair)
        // Nor is a first line that wants more a kicker set against its headline.
        let overlap = { (line: String) in line == "我国科学家揭示" ? 0.0 : 0.6 }
        XCTAssertFalse(HeadGroupRule.isGluedKicker(["我国科学家揭示", "水稻耐盐碱关键基因作用机制"], overlap: overlap))
        XCTAssertTrue(HeadGroupRule.isGluedKicker(["岁末年初看消费", "水稻耐盐碱关键基因作用机制"], overlap: { $0 == "岁末年初看消费" ? 0.0 : 0.6 }))
        // A stack opened by such a line is a headline of two lines over a deck, though its first line is short.
        let stack = ["我国科学家揭示", "水稻耐盐碱关键基因作用机制", "相关成果有望助力盐碱地粮食增产"].enumerated().map { PageLine(index: $0.offset, text: $0.element) }
        XCTAssertEqual(HeadStackRule.cut(stack), 2)
        let kicker = ["科技助力", "水稻耐盐碱关键基因作用机制", "相关成果有望助力盐碱地粮食增产"].enumerated().map { PageLine(index: $0.offset, text: $0.element) }
        XCTAssertEqual(HeadStackRule.cut(kicker), 1, "a short whole phrase above is the kicker")
        // Nor is a two-line head cut after it.
        let page = "我国科学家研制出\n新型柔性钙钛矿太阳能电池\n\n本报北京3月19日电 （记者 苏明远） 记者19日从中国科学院获悉，\n该所研究团队研制出一种新型电池。\n"
        XCTAssertEqual(PageReader.read(page).articles.first?.headline, "我国科学家研制出新型柔性钙钛矿太阳能电池")
    }

    func testWordingDecidesWhichOfTwoBlocksIsTheHeadline() {
        let roles = { (lines: [String], lengths: [Int]) in
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.5, 0.5], lineCounts: [1, 1], lengths: lengths,
                                wording: lines.map(HeadWordingRule.kind(of:))).map(\.0)
        }
        // A source line over the finding: kicker, though the lengths alone say headline and deck.
        XCTAssertEqual(roles(["国家统计局发布数据", "制造业景气水平有所回落"], [9, 11]), [.kicker, .headline])
        // The meeting under its content: kicker; over it: headline and deck, though a short first line would be a kicker.
        XCTAssertEqual(roles(["抓实春耕备耕夯实粮食安全基础", "王建华调研春季农业生产工作"], [14, 13]), [.kicker, .headline])
        XCTAssertEqual(roles(["国务院召开常务会议", "部署进一步稳定外贸外资工作"], [9, 13]), [.headline, .deck])
        // Counter-case: both lines of one kind, or neither: the other rules decide (here the short kicker).
        XCTAssertEqual(roles(["巴西大选结果揭晓", "新政府面临提振经济等多重挑战"], [8, 14]), [.kicker, .headline])
        XCTAssertEqual(roles(["海关总署发布数据", "部署进一步稳定外贸外资工作"], [8, 13]), [.kicker, .headline])
        XCTAssertEqual(roles(["全国交通运输工作会议在京召开", "中央经济工作会议在北京举行"], [14, 13]), [.headline, .deck])
    }

    func testKickerThenHeadlineNeedsASloganAboveAStatement() {
        XCTAssertEqual(HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.0, 0.9]).map(\.0), [.kicker, .headline])
        // A short slogan over a much longer head is a kicker; similar lengths are headline and deck (the seed).
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.5, 0.9], lineCounts: [1, 1], lengths: [5, 15]).map(\.0),
            [.kicker, .headline])
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lineCounts: [1, 1], lengths: [16, 14]).map(\.0),
            [.headline, .deck])
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lineCounts: [1, 1], lengths: [10, 18]).map(\.0),
            [.headline, .deck])
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lineCounts: [1, 1],
                                lengths: [8, 17], commas: [false, true]).map(\.0),
            [.headline, .deck])
        // Two spaced phrases over one phrase: kicker and headline; the other way round: headline and deck.
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], spaced: [true, false]).map(\.0),
            [.kicker, .headline])
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], spaced: [false, true]).map(\.0),
            [.headline, .deck])
        // Counter-case: a much shorter line under the spaced one is its deck
        // ("秋粮收获进度过半 机收水平稳步提高" over "农业农村部部署秋收秋种").
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lengths: [16, 11], spaced: [true, false]).map(\.0),
            [.headline, .deck])
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lengths: [12, 15], spaced: [true, false]).map(\.0),
            [.kicker, .headline])
        // Counter-case: a slogan over a short headline shares less with the body, and stays a kicker.
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.1, 0.8], lengths: [16, 7], spaced: [true, false]).map(\.0),
            [.kicker, .headline])
        // Spaced phrases that state news are no slogan: the headline over its deck.
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.9, 0.9], lengths: [12, 15], spaced: [true, false],
                                slogan: [false, false]).map(\.0),
            [.headline, .deck])
        for slogan in ["坚持生态优先 推动绿色发展", "改善就医感受 提升患者体验", "庆丰收 迎小康", "抢抓农时 颗粒归仓", "精准滴灌 助企纾困"] {
            XCTAssertTrue(HeadGroupRule.opensAsSlogan(slogan), slogan)
        }
        XCTAssertTrue(HeadGroupRule.opensAsSlogan("抓项目 扩投资 筑基础"), "three-character parallel phrases")
        for news in ["菜价回落 市民菜篮子更实惠", "三大股指震荡收涨 成交额连续放量", "一纸保护令 撑起“保护伞”", "夜市开张 街区人气旺",
                     "强降雨来袭 多地启动应急响应", "让文物活起来 让传统火起来", "强降雨 多地积水", "护士节 致敬白衣天使",
                     "稳增长 多地出台新举措"] {
            XCTAssertFalse(HeadGroupRule.opensAsSlogan(news), news)
        }
        XCTAssertTrue(HeadGroupRule.isSpacedPhrases(["坚持生态优先 推动绿色发展"]))
        XCTAssertFalse(HeadGroupRule.isSpacedPhrases(["3月 25日召开会议"]))
        XCTAssertFalse(HeadGroupRule.isSpacedPhrases(["New York书展开幕"]))
        XCTAssertFalse(HeadGroupRule.isSpacedPhrases(["坚持生态优先", "推动绿色发展"]))
        // A dash-led second block is a deck, however short the first.
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.5, 0.9], lineCounts: [1, 1],
                                dashLead: [false, true], lengths: [5, 15]).map(\.0),
            [.headline, .deck])
        // A wrapped first block is the big headline, however figurative.
        XCTAssertEqual(
            HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.0, 0.9], lineCounts: [2, 1]).map(\.0),
            [.headline, .deck])
        // Seed: headline and deck both repeat the body: headline, deck.
        XCTAssertEqual(HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.8, 1.0]).map(\.0), [.headline, .deck])
    }
}

final class GluedKickerByContentTests: XCTestCase {
    private let body = "年关将近，各地年货市场人气渐旺，商户普遍备足货源，年货市场备货充足，价格总体平稳。"

    func testAFirstLineSharingNothingWithTheBodyIsAKicker() {
        let overlap = { (line: String) in Bigrams(line).containment(in: Bigrams(self.body)) }
        XCTAssertTrue(HeadGroupRule.isGluedKicker(["岁末年初看消费", "年货市场备货充足"], overlap: overlap))
        // Counter-cases: a wrapped headline's first line is part of the statement;
        // quoted lines and short first lines are not weighed.
        XCTAssertFalse(HeadGroupRule.isGluedKicker(["各地年货市场", "备货充足价格平稳"], overlap: overlap))
        XCTAssertFalse(HeadGroupRule.isGluedKicker(["大山深处架起", "“年货市场”"], overlap: overlap))
        XCTAssertFalse(HeadGroupRule.isGluedKicker(["观察", "年货市场备货充足"], overlap: overlap))
    }

    func testThePageReaderSetsTheKickerApart() {
        let page = """
        岁末年初看消费
        年货市场备货充足

        本报讯（记者 王晓明） \(body)
        """
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.headline, "年货市场备货充足")
        XCTAssertEqual(article?.subheadlines, ["岁末年初看消费"])
    }
}

final class ClusterSplitRuleTests: XCTestCase {
    func testSeedLikeClusterSplitsByContent() {
        // [headline 1, deck 1, headline 2, deck 2] between two bodies.
        let overlaps = [(above: 1.0, below: 0.1), (above: 1.0, below: 0.2), (above: 0.1, below: 0.9), (above: 0.2, below: 1.0)]
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: false), 2)
    }

    func testAllToTheArticleBelowWhenAboveHasItsHead() {
        let overlaps = [(above: 0.3, below: 0.8), (above: 0.3, below: 0.4)]
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: true), 0)
    }

    func testAHeadOverAHungDeckGoesWhereTheDeckPoints() {
        // [headline 1 (two lines), deck 1, "大山深处的“守灯人”", "记乡村教师杨再兴"]: the head without evidence opens the part below.
        let overlaps = [(above: 0.6, below: 0.0), (above: 0.5, below: 0.0), (above: 0.0, below: 0.0), (above: 0.0, below: 0.4)]
        let hung = [false, false, false, true]
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: false, dashLead: hung), 2)
        // Counter-case: a hung deck whose words point above keeps its head there.
        let above = [(above: 0.6, below: 0.0), (above: 0.5, below: 0.0), (above: 0.0, below: 0.0), (above: 0.4, below: 0.0)]
        XCTAssertEqual(ClusterSplitRule.split(above, aboveHasHeadline: false, dashLead: hung), 4)
        // A deck whose words point both ways, more above: the head stays above.
        let both = [(above: 0.6, below: 0.0), (above: 0.5, below: 0.0), (above: 0.0, below: 0.0), (above: 0.5, below: 0.2)]
        XCTAssertEqual(ClusterSplitRule.split(both, aboveHasHeadline: false, dashLead: hung), 4)
        XCTAssertTrue(DashDeckRule.isProfileLine("记乡村教师杨再兴"))
        XCTAssertTrue(DashDeckRule.isProfileLine("——记全国优秀乡村医生杨德明"))
        XCTAssertTrue(DashDeckRule.isProfileLine("――记乡村教师杨再兴"), "the horizontal bar of GB text")
        XCTAssertTrue(DashDeckRule.opensWithDash("――访省立医院主任周立群"))
        XCTAssertFalse(DashDeckRule.isProfileLine("记一次难忘的家访"))
        XCTAssertFalse(DashDeckRule.isProfileLine("记者手记"))
        XCTAssertFalse(DashDeckRule.isProfileLine("记住乡愁守护古村"))
    }

    /// `DeckRule.visitAccount`: an account of a visit is the deck of the short head above it.
    func testAnAccountOfAVisitIsTheDeck() throws {
        XCTAssertTrue(DashDeckRule.isVisitAccount("浙江湖州推行“民间河长”制度见闻"))
        XCTAssertTrue(DashDeckRule.isVisitAccount("——青海推进盐湖资源综合利用见闻"))
        XCTAssertTrue(DashDeckRule.isVisitAccount("记者走近抗美援朝老战士王德厚"))
        // Counter-cases: a rubric naming the genre; a reporter's sentence; a head ending on another word.
        XCTAssertFalse(DashDeckRule.isVisitAccount("一线见闻"))
        XCTAssertFalse(DashDeckRule.isVisitAccount("记者从市交通局获悉，"))
        XCTAssertFalse(DashDeckRule.isVisitAccount("浙江湖州推行“民间河长”制度"))
        let page = """
        一条河的“新生”

        浙江湖州推行“民间河长”制度见闻

        本报记者 陈立

        清晨六点，退休教师沈国
        强已经沿着河岸走了一圈，
        他是村里的“民间河长”。

        如今，当地已有两千多名
        “民间河长”，河水一年比
        一年清。

        """
        let article = try XCTUnwrap(PageReader.read(page).articles.first)
        XCTAssertEqual(article.headline, "一条河的“新生”")
        XCTAssertEqual(article.subheadlines, ["浙江湖州推行“民间河长”制度见闻"])
    }

    func testDeckWithoutEvidenceStaysWithItsHeadline() {
        let overlaps = [(above: 0.4, below: 0.0), (above: 0.0, below: 0.0)]
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: false), 2)
    }

    func testAShortThirdLineOpensThePartBelowAsItsKicker() {
        // [headline 1, deck 1, "新年新气象", headline 2]: the short line without evidence is the kicker below.
        let overlaps = [(above: 0.9, below: 0.1), (above: 0.6, below: 0.0), (above: 0.0, below: 0.0), (above: 0.1, below: 0.8)]
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: false, short: [false, false, true, false]), 2)
        XCTAssertEqual(ClusterSplitRule.split(overlaps, aboveHasHeadline: false), 3, "a longer line without evidence stays above")
        // Counter-case: a short line right under a lone headline is its deck.
        let deck = [(above: 0.9, below: 0.1), (above: 0.0, below: 0.0), (above: 0.1, below: 0.8)]
        XCTAssertEqual(ClusterSplitRule.split(deck, aboveHasHeadline: false, short: [false, true, false]), 2)
    }

    func testARubricGoesWithTheHeadlineUnderIt() {
        // [headline 1, rubric, headline 2]: the rubric, with no evidence, opens the part below.
        let headFirst = [(above: 0.8, below: 0.0), (above: 0.0, below: 0.0), (above: 0.1, below: 0.9)]
        XCTAssertEqual(ClusterSplitRule.split(headFirst, aboveHasHeadline: false, rubric: [false, true, false]), 1)
        XCTAssertEqual(ClusterSplitRule.split(headFirst, aboveHasHeadline: false), 2, "a plain block without evidence stays above")
        // [rubric, headline 1, deck 1] after a body set before its heads: all above.
        let bodyFirst = [(above: 0.0, below: 0.0), (above: 0.9, below: 0.1), (above: 0.3, below: 0.0)]
        XCTAssertEqual(ClusterSplitRule.split(bodyFirst, aboveHasHeadline: false, rubric: [true, false, false]), 3)
    }

    func testHeadStackCutsAKickerOrADeckFromATwoLineHeadline() {
        XCTAssertEqual(HeadStackRule.cut(block(["非遗", "蔚县剪纸作品展", "在省博物院开幕"]).lines), 1)
        XCTAssertEqual(HeadStackRule.cut(block(["地铁6号线二期", "月底前全线“电通”", "联调联试后将择机开通试运营"]).lines), 2)
        // Otherwise the first line is a kicker over a two-line headline (the stacked kicker)…
        XCTAssertEqual(HeadStackRule.cut(block(["杭州亚运会", "中国游泳队", "首日收获五金"]).lines), 1)
        XCTAssertEqual(HeadStackRule.cut(block(["端牢能源饭碗", "油气勘探开发", "持续加大力度"]).lines), 1)
        // …unless a head line stands above the stack as its kicker.
        XCTAssertNil(HeadStackRule.cut(block(["工业生产稳步回升", "服务业加快恢复", "经济运行持续向好"]).lines, headAbove: true))
        XCTAssertEqual(blocks("权威部门解读经济运行新态势\n\n工业生产稳步回升\n服务业加快恢复\n经济运行持续向好\n").map(\.texts.count), [1, 3])
        XCTAssertEqual(blocks("冰雪旅游迎来消费旺季。\n\n冰雪旅游迎来消费旺季\n\n激发市场主体活力\n民营企业数量\n突破三千万户\n").map(\.texts.count), [1, 1, 1, 2],
                       "a head line after running text may be the head of the article above: the stack is weighed cut")
        XCTAssertEqual(blocks("第12版 体育新闻\n\n杭州亚运会\n中国游泳队\n首日收获五金\n").map(\.texts.count), [1, 1, 2], "furniture is no kicker")
        XCTAssertEqual(blocks("体育\n\n杭州亚运会\n中国游泳队\n首日收获五金\n").map(\.texts.count), [1, 1, 2], "nor a section label at the page's edge")
        // Counter-cases: running text, two lines.
        XCTAssertNil(HeadStackRule.cut(block(["据介绍", "全市已建成社区食堂两百余家", "覆盖八成以上街道，方便老人就餐"]).lines))
        XCTAssertNil(HeadStackRule.cut(block(["非遗", "蔚县剪纸作品展在省博物院开幕"]).lines))
        XCTAssertEqual(blocks("非遗\n蔚县剪纸作品展\n在省博物院开幕\n").map(\.texts), [["非遗"], ["蔚县剪纸作品展", "在省博物院开幕"]])
    }

    func testAWideDeckWithACommaIsCutFromTheTwoLineHeadlineAboveIt() {
        XCTAssertEqual(HeadStackRule.cut(block(["地铁5号线南段", "开启试乘体验", "沿线8座车站同步开放，市民可预约参与"]).lines), 2)
        XCTAssertEqual(blocks("地铁5号线南段\n开启试乘体验\n沿线8座车站同步开放，市民可预约参与\n").map(\.texts),
                       [["地铁5号线南段", "开启试乘体验"], ["沿线8座车站同步开放，市民可预约参与"]])
        // Counter-cases: a head over the first two lines of a paragraph cut by a column break keeps one measure…
        XCTAssertNil(HeadStackRule.cut(block(["高温天气", "中央气象台预计未来", "一周华北、黄淮等地将出现"]).lines))
        // …a lead's opening is no deck…
        XCTAssertNil(HeadStackRule.cut(block(["稻田养虾", "农民增收", "近年来，我市大力推广稻虾综合种养模式，带动"]).lines))
        // …and a line with a sentence's end is no deck.
        XCTAssertNil(HeadStackRule.cut(block(["地铁5号线南段", "开启试乘体验", "沿线8座车站同步开放。市民可预约参与"]).lines))
    }

    func testUnderAKickerAStackEndingInTwoPhrasesIsAHeadlineAndItsDeck() {
        let stack = block(["东港港前两个月", "集装箱吞吐量同比增长一成", "外贸航线加密 内贸中转提速"]).lines
        XCTAssertEqual(HeadStackRule.cut(stack, headAbove: true), 2)
        XCTAssertEqual(blocks("港口生产实现“开门红”\n\n东港港前两个月\n集装箱吞吐量同比增长一成\n外贸航线加密 内贸中转提速\n").map(\.texts.count), [1, 2, 1])
        // Counter-cases: with no kicker above, or a rubric, the short first line is the kicker.
        let park = ["昨天起免费开放", "南中轴森林公园一期开园迎客", "园内保留原有村落古树 新增步道12公里"]
        XCTAssertEqual(HeadStackRule.cut(block(park).lines), 1)
        XCTAssertEqual(HeadStackRule.cut(block(park).lines, headAbove: true, rubricAbove: true), 1)
        XCTAssertEqual(blocks((["民生一线"] + park).joined(separator: "\n")).map(\.texts.count), [1, 1, 2])
        XCTAssertEqual(blocks("民生一线\n\n" + park.joined(separator: "\n")).map(\.texts.count), [1, 1, 2])
    }

    func testAWideDeckUnderAThreeLineStackIsABlockOfItsOwn() {
        let stack = "多部门联合发文\n推动老年健康服务\n向社区和家庭延伸\n二级及以上综合性医院老年医学科设置率将进一步提高\n"
        XCTAssertEqual(blocks(stack).map(\.texts),
                       [["多部门联合发文"], ["推动老年健康服务", "向社区和家庭延伸"], ["二级及以上综合性医院老年医学科设置率将进一步提高"]])
        XCTAssertTrue(HeadStackRule.hasDeckUnderStack(block(["冬春季呼吸道疾病防治", "国家卫生健康委部署做好", "秋冬季传染病防控工作", "要求二级以上医院延长儿科门诊服务时间"]).lines))
        // Counter-cases: a deck wrapped over two lines ends on its shorter tail; a fourth line of running text.
        XCTAssertFalse(HeadStackRule.hasDeckUnderStack(block(["暖心食堂", "开进社区", "老人在家门口吃上热乎饭菜", "价格实惠"]).lines))
        XCTAssertFalse(HeadStackRule.hasDeckUnderStack(block(["多部门联合发文", "推动老年健康服务", "向社区和家庭延伸", "记者近日从国家卫生健康委获悉。"]).lines))
    }

    func testATwoLineHeadOfTwoLongTitlesIsHeadlineAndDeck() {
        let page = """
        中老铁路全线开通运营
        昆明至万象实现铁路直达

        新华社昆明12月3日电（记者 王晓明） 中老铁路3日全线
        开通运营，昆明至万象实现铁路直达。这条铁路全长一千
        余公里，是两国互利合作的标志性工程。
        """
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.headline, "中老铁路全线开通运营")
        XCTAssertEqual(article?.subheadlines, ["昆明至万象实现铁路直达"])
        // Counter-case: a headline wrapped at a shorter line stays one headline.
        let wrapped = page.replacingOccurrences(of: "中老铁路全线开通运营\n昆明至万象实现铁路直达", with: "中老铁路\n全线开通运营")
        XCTAssertEqual(PageReader.read(wrapped).articles.first?.headline, "中老铁路全线开通运营")
        XCTAssertEqual(PageReader.read(wrapped).articles.first?.subheadlines, [])
    }

    func testTwoLineHeadsCutIntoTwoTitles() {
        let display = BlockVerdict(kind: .display, rule: DisplayLineRule.name)
        func rule(_ lines: [String]) -> String? { HeadStackRule.twoTitleRule(block(lines), display) }
        XCTAssertEqual(rule(["8月份CPI同比上涨0.8%", "猪肉价格同比下降44.9%，PPI涨幅继续扩大"]), HeadStackRule.gluedDeck)
        XCTAssertEqual(rule(["上半年国内生产总值同比增长12.7%", "两年平均增长5.3% 经济稳中加固、稳中向好"]), HeadStackRule.gluedDeck)
        XCTAssertEqual(rule(["便民", "公交15路调整走向"]), HeadStackRule.gluedKicker)
        // Longer kickers are told by their words (`RubricLabel`), not by length…
        XCTAssertNil(rule(["春耕时节", "全国春播进度快于去年同期"]))
        XCTAssertEqual(blocks("春耕时节\n全国春播进度快于去年同期\n").map(\.texts), [["春耕时节"], ["全国春播进度快于去年同期"]])
        // …as a short first line over a long one is as often a headline wrapped early.
        XCTAssertNil(rule(["青海湖周边", "普氏原羚种群恢复至三千余只"]))
        XCTAssertNil(rule(["最高法发布", "老年人权益保护典型案例"]))
        XCTAssertNil(rule(["A3", "城事"]), "a page code and a label are no kicker and head")
        // Counter-cases: wrapped headlines, a short first line over a short second.
        XCTAssertNil(rule(["中国女排", "开启新一轮集训"]))
        XCTAssertNil(rule(["耐盐碱水稻", "亩产突破五百八十公斤"]))
        XCTAssertNil(rule(["我国科研团队", "刷新钙钛矿电池效率纪录"]))
        XCTAssertNil(rule(["全国夏粮", "收购过半，价格稳定"]), "a phrase break under a line too short for a whole headline")
        XCTAssertNil(rule(["国务院常务会议", "部署稳就业，保民生"]), "a first line too short to be a whole headline")
        // The cut applies to display blocks only.
        XCTAssertNil(HeadStackRule.twoTitleRule(block(["春耕时节", "全国春播进度快于去年同期"]), BlockVerdict(kind: .body, rule: "x")))
        XCTAssertFalse(HeadStackRule.hasPhraseBreak("3月 25日召开"), "a space beside a digit date is no phrase break")
        XCTAssertTrue(HeadStackRule.hasPhraseBreak("庆丰收 迎小康"))
        XCTAssertTrue(HeadStackRule.hasPhraseBreak("两年平均增长５.３％ 经济稳中加固"), "full-width digits and percent sign")
    }

    func testAGluedKickerAndDeckAreCutFromTheirHeadline() {
        let page = """
        春耕时节
        全国春播进度快于去年同期

        新华社北京4月16日电（记者 王晓明） 农业农村部16日介绍，
        全国已春播粮食超过两成，进度快于去年同期。

        8月份CPI同比上涨0.8%
        猪肉价格同比下降44.9%，PPI涨幅继续扩大

        新华社北京9月9日电（记者 魏玉坤） 国家统计局9日发布数
        据显示，8月份全国居民消费价格指数同比上涨0.8%。
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.map(\.headline), ["全国春播进度快于去年同期", "8月份CPI同比上涨0.8%"])
        XCTAssertEqual(articles.map(\.subheadlines), [["春耕时节"], ["猪肉价格同比下降44.9%，PPI涨幅继续扩大"]])
    }

    func testTheHalvesOfACutHeadAreOneTitleAgainWhenRolesSaySo() {
        // A kicker of its own above: the short line was a headline wrapped short.
        let headed = """
        关注老旧小区改造

        加装电梯
        让“悬空老人”下楼不再难

        本报讯（记者 李明） 今年以来，全市已开工加装电梯三百余部，
        不少老人告别了“爬楼难”。
        """
        let article = PageReader.read(headed).articles.first
        XCTAssertEqual(article?.headline, "加装电梯让“悬空老人”下楼不再难")
        XCTAssertEqual(article?.subheadlines, ["关注老旧小区改造"])
        // Inside an article: one section head.
        let inside = """
        工信部部署推进制造业高质量发展

        本报北京10月22日电 （记者 李芳） 工业和信息化部昨天召开推进会，
        部署下一阶段重点任务。会议指出，要加快传统产业改造升级。

        培育一批
        具有国际竞争力的产业集群

        会议要求，各地要发挥比较优势，推动产业集群向高端迈进，
        形成一批具有国际竞争力的先进制造业集群。
        """
        let articles = PageReader.read(inside).articles
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(articles.first?.sectionHeads, ["培育一批具有国际竞争力的产业集群"])
    }

    func testRubricLabels() {
        XCTAssertTrue(RubricLabel.isRubric("国际观察"))
        XCTAssertTrue(RubricLabel.isRubric("数说经济"))
        XCTAssertTrue(RubricLabel.isRubric("记者手记"))
        XCTAssertFalse(RubricLabel.isRubric("聚焦乡村振兴的新路径"), "a headline longer than a rubric")
        XCTAssertTrue(RubricLabel.isRubric("探访港口智慧化改造"), "nine characters: two of two such lines kickers")
        XCTAssertTrue(RubricLabel.isRubric("环境日特别报道"))
        XCTAssertTrue(RubricLabel.isRubric("世界读书日特别报道"))
        XCTAssertFalse(RubricLabel.isRubric("稳住就业"))
        // Session 9: notices, tours, eyewitness accounts and classes (five of five such kickers in the blind sets).
        for rubric in ["消费提示", "健康提示", "基层所队巡礼", "外贸一线见闻", "科普课堂"] {
            XCTAssertTrue(RubricLabel.isRubric(rubric), rubric)
        }
        XCTAssertEqual(blocks("消费提示\n冬季取暖产品选购有讲究\n").map(\.texts), [["消费提示"], ["冬季取暖产品选购有讲究"]])
        XCTAssertFalse(RubricLabel.isRubric("法官说法"), "a passage's label inside a court report (two of two), no rubric")
        let read = blocks("数说经济\n8月国民经济\n保持恢复态势\n")
        XCTAssertEqual(read.map(\.texts), [["数说经济"], ["8月国民经济", "保持恢复态势"]])
    }

    /// Topic rubrics the blind sets set over their headlines, each a kicker
    /// wherever it stood alone on its line (23 of 23 such lines).
    func testTopicRubrics() {
        for rubric in ["非遗传承", "乡村振兴", "科技前沿", "民生实事", "美丽乡村", "春耕时节", "非遗进校园", "志愿者在行动"] {
            XCTAssertTrue(RubricLabel.isRubric(rubric), rubric)
        }
        XCTAssertFalse(RubricLabel.isRubric("全面推进乡村振兴"), "longer than a rubric: a headline")
        XCTAssertFalse(RubricLabel.isRubric("乡村振兴路上"), "a rubric word opening a head line")
        XCTAssertFalse(RubricLabel.isRubric("小院新生活"), "生活 closes headlines as often as rubrics")
        XCTAssertTrue(RubricLabel.isRubric("聚焦“双减”落地"), "a long form may quote a word")
        XCTAssertFalse(RubricLabel.isRubric("走进大凉山"), "走进 opens features' headlines")
        XCTAssertFalse(RubricLabel.isRubric("“非遗”传承"), "a short rubric is Han characters only")
        XCTAssertFalse(RubricLabel.isRubric("走进夜间“天窗”的护路人们"), "longer than a rubric")
        // Over a byline, a long-form rubric is the headline, not a column's label.
        let page = PageReader.read("探访地下综合管廊\n\n本报记者 赵阳\n\n走进城市地下综合管廊，一排排\n管线整齐排列，巡检机器人正在\n来回穿梭。\n").articles
        XCTAssertEqual(page.first?.headline, "探访地下综合管廊")
        let read = blocks("非遗传承\n老手艺焕发新活力\n")
        XCTAssertEqual(read.map(\.texts), [["非遗传承"], ["老手艺焕发新活力"]])
        XCTAssertEqual(blocks("全民健身\n场地设施持续完善\n").map(\.texts), [["全民健身", "场地设施持续完善"]],
                       "a topic that is no rubric stays the head's first line")
    }

    /// A market report's items under one-word heads ("苹果", "大蒜") are one
    /// article under its headline; a word over a headline is its kicker.
    func testWordHeadsLabelPassagesOfOneArticle() {
        let page = """
        本报讯 据农业农村部监测，本周生猪价格继续回落，
        养殖户应合理安排出栏。

        生猪价格连续三周回落

        农产品行情速递

        苹果

        陕西洛川苹果产地收购价格基本稳定，一级
        红富士每斤3.6元左右。

        大蒜

        山东金乡大蒜库存交易价格小幅上涨，
        一般混级每斤2.3元。

        便民
        公交15路调整走向

        本报讯 自下周一起，公交15路调整走向，
        增设两个站点。
        """
        let articles = PageReader.read(page).articles
        // A lone word title of a literary page is weighed as any head: only a report labels its items so, two at least.
        let essay = blocks("老家的那座老屋，是爷爷年轻\n时亲手盖起来的。\n\n炊烟\n\n傍晚时分，村子里家家户户的\n烟囱升起袅袅炊烟。\n")
        let essayVerdicts = BlockClassifier.classify(essay).verdicts
        XCTAssertEqual(essayVerdicts[1].kind, .display)
        XCTAssertFalse(SectionHeadRule.isWordHead(1, blocks: essay, verdicts: essayVerdicts))
        let report = blocks("苹果价格基本稳定，一级红富\n士每斤3.6元。\n\n大蒜\n\n金乡大蒜价格小幅上涨，一般\n混级每斤2.3元。\n\n鸡蛋\n\n全国鸡蛋批发均价每公斤11.26\n元，环比基本持平。\n")
        let reportVerdicts = BlockClassifier.classify(report).verdicts
        XCTAssertTrue(SectionHeadRule.isWordHead(1, blocks: report, verdicts: reportVerdicts))
        XCTAssertEqual(articles.map(\.headline), ["生猪价格连续三周回落", "农产品行情速递", "公交15路调整走向"])
        XCTAssertEqual(articles[1].sectionHeads, ["苹果", "大蒜"])
        XCTAssertEqual(articles[2].subheadlines, ["便民"])
    }

    /// Section heads moved to the page's end stay together: one whose words
    /// are in no article goes where the next one's words point, not to the
    /// page's last article.
    func testHeadsMovedToThePageEndStayTogether() {
        let page = """
        大学生“反向旅游”走红

        本报记者 林晓
        国庆假期，不少大学生避开热门景点，
        选择去小城旅行，当地小吃便宜又地道。

        多所高校启用宿舍门禁

        本报讯 近日，多所高校在宿舍楼启用
        刷脸门禁，学生进出更加便捷。

        花小钱也能玩得好

        小城借势出圈
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles.first?.sectionHeads, ["花小钱也能玩得好", "小城借势出圈"])
        XCTAssertEqual(articles.last?.sectionHeads, [])
    }

    /// Some rubric words make labels of whole phrases, up to nine characters.
    func testLongFormRubrics() {
        for rubric in ["长江十年禁渔观察", "驻外使领馆在行动", "文化惠民进行时", "聚焦实战化训练", "走近一线工务人", "农产品行情速递"] {
            XCTAssertTrue(RubricLabel.isRubric(rubric), rubric)
        }
        XCTAssertFalse(RubricLabel.isRubric("聚焦乡村振兴的新路径"), "longer than nine: a headline")
        XCTAssertFalse(RubricLabel.isRubric("全国各地非遗传承"), "a short-form word makes no long label")
        let page = """
        本报讯 记者从省交通厅获悉，全省春运客流平稳有序。

        走近一线工务人
        深夜“天窗”里的护路人

        本报记者 宋雨桐
        凌晨一点，工务段的检修人员
        走上线路，开始一夜的巡检。
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.last?.headline, "深夜“天窗”里的护路人")
        XCTAssertEqual(articles.last?.subheadlines, ["走近一线工务人"])
    }

    /// A rubric set with its headline at the end of the page, after the last
    /// article's body, goes with that headline: a rubric never heads an
    /// article alone, though its words may be closer to another article
    /// ("科技" of "科技前沿" in "科技馆" above).
    func testRubricAtPageEndKeepsItsHeadline() {
        let page = """
        本报讯 记者从市科协获悉，今年科普周期间，
        各地科技馆共举办科普活动数百场，参与人次明显增长。

        科普周活动参与人次创新高

        本报记者 林远
        记者日前从省科学院
        获悉，研究人员开发出一种
        新型柔性电池，在反复弯折
        上万次后仍能正常工作。

        研究团队表示，下一步
        将与企业合作推进中试。

        科技前沿
        新型柔性电池可反复弯折上万次

        推动成果转化应用
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.map(\.headline), ["科普周活动参与人次创新高", "新型柔性电池可反复弯折上万次"])
        XCTAssertEqual(articles.last?.subheadlines, ["科技前沿"])
        XCTAssertEqual(articles.last?.sectionHeads, ["推动成果转化应用"])
    }
}

final class EveryArticleHeadedTests: XCTestCase {
    /// A cluster between two articles whose split gave both heads to the one
    /// above leaves the article below headless: it takes the deck back.
    func testAHeadlessArticleTakesTheDeckSetRightOverItsOpening() throws {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("blind58/2023-01-02_B02.txt")
        let page = try String(contentsOf: url, encoding: .utf8)
        let reading = PageReader.read(page)
        let railway = try XCTUnwrap(reading.articles.first { $0.byline?.hasPrefix("新华社北京12月31日电") == true })
        XCTAssertEqual(railway.headline, "全国铁路元旦假期运输启动")
        let head = try XCTUnwrap(reading.blocks.first { $0.lines == ["全国铁路元旦假期运输启动"] })
        XCTAssertTrue(head.rule.hasSuffix(DisplayAssigner.everyArticleHeaded), head.rule)
        let traffic = try XCTUnwrap(reading.articles.first { $0.byline == "晚报记者 孙浩" })
        XCTAssertEqual(traffic.headline, "元旦假期全市道路交通平稳有序")
        XCTAssertEqual(traffic.subheadlines, [], "the article above keeps its headline and loses its deck")
    }
}

final class PageReaderTests: XCTestCase {
    func testPageWithoutArticlesReturnsNone() {
        XCTAssertTrue(PageReader.read("").articles.isEmpty)
        let furniture = PageReader.read("2020年3月28日 星期六\n\n第3版\n")
        XCTAssertTrue(furniture.articles.isEmpty)
        XCTAssertEqual(furniture.blocks.map(\.role), [.furniture, .furniture])
    }

    func testHeadlineAfterItsBodyAndRulesAreExplained() {
        let reading = PageReader.read("""
        新华社电 国家主席习近平27日
        应约同美国总统通电话，双方就
        共同关心的问题交换了意见。

        两国元首同意就共同关心的
        问题保持沟通，加强各领域的交
        流与合作。

        习近平应约同美国总统通电话

        本报讯 市图书馆日前推出夜
        间自习服务，每周一至周五开放
        至23时，方便读者学习。

        市图书馆推出夜间自习服务
        """)
        XCTAssertEqual(reading.articles.count, 2)
        guard reading.articles.count == 2 else { return }
        XCTAssertEqual(reading.articles[0].headline, "习近平应约同美国总统通电话")
        XCTAssertEqual(reading.articles[0].byline, "新华社电")
        XCTAssertEqual(reading.articles[0].paragraphs.count, 2)
        XCTAssertEqual(reading.articles[1].headline, "市图书馆推出夜间自习服务")
        XCTAssertEqual(reading.articles[1].byline, "本报讯")
        let head = try? XCTUnwrap(reading.blocks.first { $0.role == .headline })
        XCTAssertEqual(head?.article, 0)
        XCTAssertTrue(reading.blocks.allSatisfy { !$0.rule.isEmpty })
        XCTAssertTrue(reading.blocks.contains { $0.rule.contains("ClusterSplitRule") })
    }
}

final class ArticleSegmenterTests: XCTestCase {
    /// A head-first article followed directly by a body-first one.
    let page = """
    乡村医生守护村民健康

    天刚蒙蒙亮，村卫生室的灯就
    亮了。五十八岁的乡村医生老李已
    经在这里工作了三十多年，全村村
    民的健康状况他都记在心里。

    村里的老人多，慢性病患者也
    多。老李定期上门为老人测血压、
    量血糖，提醒他们按时吃药。

    记者日前从省文物局了解到，全
    省已有两百余家博物馆运用数字技
    术开展文物采集，建成高精度文物
    数据库，收录资源超过十万件。

    观众通过线上展厅就能近距离欣
    赏文物细节，不少年轻人因此对传
    统文化产生了浓厚兴趣。

    数字技术助力文物保护
    """

    func testHeadAfterBodyStartsAnArticleWithoutDisplayBetween() {
        let reading = PageReader.read(page)
        XCTAssertEqual(reading.articles.map(\.headline), ["乡村医生守护村民健康", "数字技术助力文物保护"])
        XCTAssertEqual(reading.articles.map(\.paragraphs.count), [2, 2])
        XCTAssertTrue(reading.blocks.contains { $0.rule.contains(ArticleBoundaryRule.headAfterBody) })
    }

    func testAnArticleHeadedOverOneParagraphHasOnlyBegun() {
        let page = """
        城市书房延长开放时间

        读者可预约错峰入馆

        本报记者 许文静

        昨天，位于老城区的十
        二家城市书房恢复开放，开放
        时间延长至晚上九点。

        记者在现场看到，入口
        处设置了测温点，阅览座位间
        隔摆放。读者通过公众号预
        约后，可在指定时段入馆，
        每个时段限流三十人。

        推出“送书到小区”服务

        书房管理员介绍，3月
        以来，线上借阅量明显上升，
        书房推出“送书到小区”服
        务，读者下单后两天内即可
        取书。

        春季植树活动错峰开展

        本报讯 今年春季植树活动
        采取错峰预约方式进行。
        """
        let reading = PageReader.read(page)
        XCTAssertEqual(reading.articles.map(\.headline), ["城市书房延长开放时间", "春季植树活动错峰开展"])
        XCTAssertEqual(reading.articles.first?.sectionHeads, ["推出“送书到小区”服务"])
        XCTAssertFalse(reading.blocks.contains { $0.rule.contains(ArticleBoundaryRule.headAfterBody) })
    }

    func testHeadsPastThePagesFurnitureWereMovedToTheEnd() {
        let page = """
        本报记者 彭小禾
        第三十四届全国青少年科技创新大赛日前落幕，参赛作品
        涵盖智能制造、生态环保等多个领域。

        不少作品源于学生的日常观察，奇思妙想背后是对生活的
        细致体会。

        青少年科技创新大赛落幕

        2019年9月9日
        责任编辑：邱晨

        奇思妙想
        源于生活
        """
        let reading = PageReader.read(page)
        XCTAssertEqual(reading.articles.first?.headline, "青少年科技创新大赛落幕")
        XCTAssertEqual(reading.articles.first?.subheadlines, [])
        XCTAssertEqual(reading.articles.first?.sectionHeads, ["奇思妙想源于生活"])
    }

    func testAHeadOverAReporterLineHeadsTheTextBelow() {
        let headed = page.replacingOccurrences(of: "\n数字技术助力文物保护", with: """

        小山村“触网”记

        本报记者 韩冬

        九月中旬，记者来到浙江省的一个
        小山村。村口的快递驿站里，几位
        村民正在打包土特产。
        """)
        let reading = PageReader.read(headed)
        XCTAssertEqual(reading.articles.map(\.headline), ["乡村医生守护村民健康", "小山村“触网”记"])
        XCTAssertEqual(reading.articles.map(\.paragraphs.count), [4, 1])
        XCTAssertEqual(reading.articles.last?.byline, "本报记者 韩冬")
    }

    func testAHeadOverADatelineHeadsTheTextBelow() {
        let headed = page.replacingOccurrences(of: "\n数字技术助力文物保护", with: """

        省政府召开常务会议

        本报讯 省政府日前召开常务会
        议，研究部署近期重点工作。
        """)
        let reading = PageReader.read(headed)
        XCTAssertEqual(reading.articles.map(\.headline), ["乡村医生守护村民健康", "省政府召开常务会议"])
        XCTAssertEqual(reading.articles.map(\.paragraphs.count), [4, 1])
    }

    func testASectionHeadAfterAWideLeadStaysInItsArticle() {
        let lead = """
        国务院常务会议部署做好稳就业工作

        新华社北京3月27日电 国务院总理主持召开国务院常务会议，部署进一步做好稳就业工作，确定加快发展先进

        制造业集群的措施，听取关于春耕生产情况的汇报。会议认为，就业是民生之本。

        稳住就业
        基本盘

        3月 25日召开的有关部门
        专题会议通报，当前形势总
        体平稳，但部分行业和群体
        压力有所加大。会议要求，
        落实好减免社会保险费等政
        策，帮助企业渡过难关。
        """
        let reading = PageReader.read(lead)
        XCTAssertEqual(reading.articles.count, 1)
        XCTAssertEqual(reading.articles.first?.sectionHeads, ["稳住就业基本盘"])
    }

    func testWithoutALeadCueTheParagraphStaysInTheArticle() {
        let reading = PageReader.read(page.replacingOccurrences(of: "记者日前从省文物局了解到，全", with: "在省文物局的支持下，全"))
        XCTAssertEqual(reading.articles.count, 1)
    }
}

final class BriefsSetBodyFirstTests: XCTestCase {
    /// A page of briefs without bylines, each head after its text: the head
    /// after the third item must not be read as a section head of the second
    /// just because the second item's head stood above it.
    func testEveryItemKeepsTheHeadAfterIt() {
        let page = """
            27日，全省首个零碳产
            业园在滨江新区开工建设。
            园区规划面积5.2平方公里，
            建成后将实现光伏发电。

            全省首个零碳产业园开工

            记者昨天从市医保局获
            悉，全市定点医疗机构已全
            部接入医保电子凭证，参保
            群众看病购药可以“刷脸”
            结算，无需携带实体卡。

            看病购药
            可“刷脸”结算

            市气象台预计，本周后
            期将有一次明显降雨过程，
            局地伴有雷电和短时强降水。

            本周后期
            将有明显降雨
            """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.map(\.headline), ["全省首个零碳产业园开工", "看病购药可“刷脸”结算", "本周后期将有明显降雨"])
        XCTAssertEqual(articles.map(\.sectionHeads), [[], [], []])
    }

    func testCounterCaseASectionHeadInsideAHeadedArticleStays() {
        let page = """
            乡村医生守护村民健康

            天刚蒙蒙亮，村卫生室的
            灯就亮了。五十八岁的乡村医
            生老李已经开始为村民量血压。

            远程会诊
            进村入户

            这几年，村卫生室的条件
            明显改善。县里为卫生室配备
            了心电图机，老李还能通过远程
            会诊请县医院的医生看病。
            """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(articles.first?.sectionHeads, ["远程会诊进村入户"])
    }
}
