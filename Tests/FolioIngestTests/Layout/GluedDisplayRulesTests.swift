import XCTest
@testable import FolioIngest

final class MastheadFurnitureTests: XCTestCase {
    func testPaperNameAndSectionAroundAFolioLine() {
        XCTAssertEqual(FurnitureRule.match(block(["光明日报", "2023年7月7日 星期五 3"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["法治日报", "2024年5月21日 星期二", "第4版 法院"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["2022年3月4日 星期五", "要闻"]), atPageEdge: false), "FurnitureRule.masthead")
    }

    func testPageCodesAndSectionsAtThePageEdge() {
        XCTAssertEqual(FurnitureRule.match(block(["6 产经"]), atPageEdge: true), "FurnitureRule.pageLabel")
        XCTAssertEqual(FurnitureRule.match(block([" B03", "城事·民生"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertNil(FurnitureRule.match(block(["6 产经"]), atPageEdge: false))
    }

    func testThreeLabelsAtThePageEdge() {
        XCTAssertEqual(FurnitureRule.match(block(["江城晚报", "城事", "07"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["滨海商报", "A12", "财经"]), atPageEdge: true), "FurnitureRule.masthead")
        // Counter-cases: inside the page; labels without a page code or paper name.
        XCTAssertNil(FurnitureRule.match(block(["江城晚报", "城事", "07"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["环境好了", "生意好了", "人气旺了"]), atPageEdge: true))
        // Anywhere, the paper's name with a lettered page code.
        XCTAssertEqual(FurnitureRule.match(block(["江城晚报", "B04 体育"]), atPageEdge: false), "FurnitureRule.masthead")
    }

    func testFrontPageMastheadLines() {
        XCTAssertEqual(FurnitureRule.match(block(["浙江日报", "2022年3月3日 星期四", "农历壬寅年二月初一", "第 01 版 要闻"]), atPageEdge: true),
                       "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["大众日报", "DAZHONG RIBAO", "中共山东省委机关报", "今日12版"]), atPageEdge: true),
                       "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isRomanizedName("DAZHONG RIBAO"))
        XCTAssertFalse(MastheadLabel.isRomanizedName("GDP"), "an acronym is no paper's name")
        XCTAssertFalse(MastheadLabel.isLunarDate("农历新年到来之际，各地"), "a sentence")
    }

    func testAPapersNameOrAWeekdayCheckedDateAnywhere() {
        let page = FurnitureRule.match(blocks("春耕时节农事忙。\n\n民生消费报\n\n放心消费在行动\n\n外卖餐饮食品安全抽检合格率超九成\n\n本报讯 记者从市市场监管局获悉。"))
        XCTAssertEqual(page[1], FurnitureRule.paperName)
        XCTAssertFalse(FurnitureRule.isPaperNameAnywhere("天气预报"))
        // A masthead at the page's end with the publisher and the issue number.
        XCTAssertEqual(FurnitureRule.match(block(["清源报", "中共清源县委主办", "2023年9月28日 星期四", "第3126期 今日4版"]), atPageEdge: true),
                       "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isIssueLine("总第12345期"))
        XCTAssertEqual(FurnitureRule.match(block(["总第3516期"]), atPageEdge: false), "FurnitureRule.issueLine")
        XCTAssertNil(FurnitureRule.match(block(["第3名"]), atPageEdge: false))
        XCTAssertFalse(MastheadLabel.isIssueLine("第3名"))
        XCTAssertEqual(FurnitureRule.match(block(["中共清源县委主办2023年9月28日星期四第3126期今日4版"]), atPageEdge: false),
                       "FurnitureRule.folioLine")
        XCTAssertNotNil(FurnitureRule.match(block(["清源报", "中共清源县委主办2023年9月28日星期四第3126期今日4版"]), atPageEdge: false))
        XCTAssertTrue(FolioLine.holdsWeekdayCheckedDate("中共清源县委主办2023年9月28日星期四第3126期今日4版"))
        // Counter-cases: the wrong weekday; a sentence; a head that ends otherwise.
        XCTAssertFalse(FolioLine.holdsWeekdayCheckedDate("中共清源县委主办2023年9月28日星期五第3126期"))
        XCTAssertFalse(FolioLine.holdsWeekdayCheckedDate("2023年9月28日星期四，全县召开大会"))
        XCTAssertTrue(FolioLine.holdsWeekdayCheckedDate("2023年9月28日（星期四）"))
        // Counter-cases: the weekday agrees, but the rest is no folio's.
        for line in ["2023年10月1日 星期日 晴", "1949年10月1日 星期六 开国大典", "活动时间 2024年5月18日星期六上午9时"] {
            XCTAssertFalse(FolioLine.holdsWeekdayCheckedDate(line), line)
        }
        // Heads ending in 报 are no paper's name, inside the page.
        for head in ["好人有好报", "两会报道", "一份特殊的喜报"] {
            XCTAssertNil(FurnitureRule.match(blocks("春耕时节农事忙。\n\n\(head)\n\n村里人都说，老李是个热心肠。"))[1], head)
        }
        XCTAssertEqual(FurnitureRule.match(blocks("春耕时节农事忙。\n\n中国青年报\n\n村里人都说，老李是个热心肠。"))[1], FurnitureRule.paperName)
    }

    func testAWholeLineCreditUnderAHeadIsABlockOfItsOwn() {
        let read = blocks("灯下读旧书\n□ 陈望舒\n\n冬夜读书，最宜旧书。翻开泛黄的书页，\n仿佛与旧友重逢。\n")
        XCTAssertEqual(read.first?.texts, ["灯下读旧书"])
        XCTAssertEqual(read.dropFirst().first?.texts, ["□ 陈望舒"])
        // Counter-case: a passage's label between paragraphs is not cut as a credit.
        let page = PageReader.read("本报讯（记者 李明） 昨天上午，全市首届\n读书节开幕，市民纷纷前来。\n■ 现场\n展区内人头攒动，不少家长带\n着孩子前来参观。\n")
        XCTAssertEqual(page.articles.count, 1)
    }

    func testANewsColumnLabelAnywhere() {
        for label in ["环球快讯", "青年时讯", "■ 体坛速览", "城事速递", "综合新闻", "国际要闻", "本地新闻"] {
            XCTAssertEqual(FurnitureRule.match(block([label]), atPageEdge: false), "FurnitureRule.newsColumnLabel", label)
        }
        // Counter-cases: a longer headline ending on such a word; a label over text is no line of its own.
        XCTAssertFalse(FurnitureRule.isNewsColumnLabel("全市政务服务开通速递"))
        XCTAssertFalse(FurnitureRule.isNewsColumnLabel("快讯"))
        XCTAssertFalse(FurnitureRule.isNewsColumnLabel("警惕网络假新闻"), "a head about the news")
        XCTAssertFalse(FurnitureRule.isNewsColumnLabel("假新闻"), "a head about the news")
        XCTAssertNil(FurnitureRule.match(block(["环球快讯", "美国汽油均价年末回落"]), atPageEdge: false))
    }

    func testAStaffLineOfOtherTitles() {
        XCTAssertTrue(MastheadLabel.isEditorCredit("值班编委：许文涛 责任编辑：方静 校对：陈萌"))
        XCTAssertEqual(FurnitureRule.match(block(["值班编委：许文涛 责任编辑：方静 校对：陈萌"]), atPageEdge: false), "FurnitureRule.editorCredit")
        // Counter-cases: no known title among the pairs; a sentence quoting a speaker.
        XCTAssertFalse(MastheadLabel.isStaffList("值班编委：许文涛 监制：方静"))
        XCTAssertFalse(MastheadLabel.isEditorCredit("主持人：李明 嘉宾：王芳"), "an interview's cast names no editor")
        XCTAssertFalse(MastheadLabel.isEditorCredit("记者：今年有什么打算？ 编辑：方静"))
        XCTAssertFalse(MastheadLabel.isEditorCredit("记者说：“今年的收成不错。”"))
    }

    func testAPublisherLineUnderThePapersName() {
        XCTAssertEqual(FurnitureRule.match(block(["溪川报", "XICHUAN BAO", "中共溪川县委主办"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isPublisherLine("湘中日报社主办"))
        // Counter-cases: a sentence naming an organiser, and a long line.
        XCTAssertFalse(MastheadLabel.isPublisherLine("活动由市文化馆主办。"))
        XCTAssertFalse(MastheadLabel.isPublisherLine("本次全省青少年科技创新大赛由省科协和省教育厅联合主办"))
        XCTAssertNil(FurnitureRule.match(block(["中共溪川县委主办"]), atPageEdge: false), "inside the page, alone, it is no furniture")
    }

    func testAPapersNameAndADateOnOneLineAtThePageEdge() {
        XCTAssertEqual(FurnitureRule.match(block(["华夏教育报 2023年9月6日"]), atPageEdge: true), "FurnitureRule.masthead")
        // Counter-cases: inside the page; a head that names a date; a date with a word that is no label.
        XCTAssertNil(FurnitureRule.match(block(["华夏教育报 2023年9月6日"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["2023年9月6日 开学第一课"]), atPageEdge: true))
        XCTAssertFalse(FurnitureRule.isNameAndDate("华夏教育报"))
    }

    func testAFiveLineMastheadWithTheWeekdayOnItsOwnLine() {
        XCTAssertEqual(FurnitureRule.match(block(["城市晚报", "2022年11月3日", "星期四", "A07", "本地新闻"]), atPageEdge: true),
                       "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["12", "体育·文化", "晨 报"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isWeekday("星期四"))
        XCTAssertFalse(MastheadLabel.isWeekday("星期四上午"))
    }

    func testAMastheadBlockIsKeptWhole() {
        let read = blocks("体育\n2018年12月26日 星期三\n12\n\n本报记者 高 远\n在昨天进行的比赛中，中国队\n以八十比七十取胜。\n")
        XCTAssertEqual(read.first?.texts, ["体育", "2018年12月26日 星期三", "12"])
    }

    func testARubricAtThePageEdgeIsNoSectionLabel() {
        XCTAssertNil(FurnitureRule.match(block(["记者调查"]), atPageEdge: true))
        XCTAssertEqual(FurnitureRule.match(block(["要闻"]), atPageEdge: true), "FurnitureRule.sectionLabel")
    }

    func testARubricWordBetweenPiecesOfTheMastheadNamesThePage() {
        let labels = FurnitureRule.match(blocks("18\n\n乡村振兴\n\n华夏日报\n\n2023年6月14日 星期三\n\n夏粮收获进度过半\n\n本报北京6月13日电 记者从农业农村部获悉，全国冬小麦已收获过半。\n"))
        XCTAssertEqual(labels[1], "FurnitureRule.sectionLabel")
        XCTAssertNil(labels[4])
        // Counter-case: a rubric over the first headline, furniture above it only, is its kicker.
        let kicker = FurnitureRule.match(blocks("18\n\n华夏日报\n\n乡村振兴\n\n夏粮收获进度过半\n\n本报北京6月13日电 记者从农业农村部获悉，全国冬小麦已收获过半。\n"))
        XCTAssertNil(kicker[2])
    }

    func testAStaffLineWithTheDesksTelephone() {
        XCTAssertEqual(FurnitureRule.match(block(["本版编辑：杨帆 设计：李雯 校对：王珂", "电话：010-66097321"]), atPageEdge: false), "FurnitureRule.editorCredit")
        XCTAssertTrue(MastheadLabel.isHotline("电话：010-66097321"))
        XCTAssertFalse(MastheadLabel.isHotline("电话：请拨打12345咨询"), "a sentence")
        XCTAssertEqual(FurnitureRule.match(block(["电话：010-66097321"]), atPageEdge: false), "FurnitureRule.registration", "alone too")
    }

    func testSlashedStaffCreditAndRegistrationLine() {
        XCTAssertEqual(FurnitureRule.match(block(["编辑/张伟 校对/李娜"]), atPageEdge: false), "FurnitureRule.editorCredit")
        XCTAssertEqual(FurnitureRule.match(block(["今日16版  国内统一连续出版物号 CN11-0065"]), atPageEdge: false), "FurnitureRule.registration")
        XCTAssertNil(FurnitureRule.match(block(["编辑部的故事"]), atPageEdge: false))
    }

    func testStaffCreditInsideAMasthead() {
        XCTAssertEqual(FurnitureRule.match(block(["2019年9月24日 星期二", "编辑：吴晶", "综合新闻 3", "农民日报"]), atPageEdge: true),
                       "FurnitureRule.masthead")
        XCTAssertEqual(FurnitureRule.match(block(["编辑：吴晶"]), atPageEdge: false), "FurnitureRule.editorCredit")
        // Counter-case: a sentence about editors is running text.
        XCTAssertNil(FurnitureRule.match(block(["2019年9月24日 星期二", "编辑们说，稿件已经排好。"]), atPageEdge: true))
    }

    func testEditorCreditAnywhere() {
        XCTAssertEqual(FurnitureRule.match(block(["本版责编：赵　言　张　冰　版式设计：刘　洋"]), atPageEdge: false), "FurnitureRule.editorCredit")
        XCTAssertEqual(FurnitureRule.match(block(["责任编辑：李明"]), atPageEdge: false), "FurnitureRule.editorCredit")
        XCTAssertNil(FurnitureRule.match(block(["责编们连夜加班"]), atPageEdge: false))
    }

    func testCounterCases() {
        // A headline beside a page label is not a label.
        XCTAssertNil(FurnitureRule.match(block(["第4版", "全国春耕备耕有序推进"]), atPageEdge: true))
        // Two short heads at the page end have no page code or paper name.
        XCTAssertNil(FurnitureRule.match(block(["环境好了", "生意也好了"]), atPageEdge: true))
        // A sentence with a date is not a masthead.
        XCTAssertNil(FurnitureRule.match(block(["2022年3月4日 星期五", "会议强调，要抓好春耕生产。"]), atPageEdge: true))
    }

    func testAPageCodeIsFurnitureThoughItsDigitsRecurInTheText() {
        let page = blocks("2\n\n要闻\n\n2022年4月18日 星期一\n\n据统计，2022年全市春播面积超过2万亩。")
        let result = FurnitureRule.match(page)
        XCTAssertEqual(result[0], "FurnitureRule.pageLabel")
        XCTAssertNotNil(result[1])
        XCTAssertNil(result[3])
    }

    func testLabelShapes() {
        XCTAssertTrue(MastheadLabel.isPaperName("人民日报海外版"))
        XCTAssertTrue(MastheadLabel.isPaperName("健康报"))
        XCTAssertFalse(MastheadLabel.isPaperName("本报讯"))
        XCTAssertFalse(MastheadLabel.isPaperName("记者从市里获悉，情况良好"))
        XCTAssertTrue(MastheadLabel.isPageCode("A5"))
        XCTAssertFalse(MastheadLabel.isPageCode("5G"))
        XCTAssertTrue(MastheadLabel.isSectionName("城事·民生"))
        XCTAssertFalse(MastheadLabel.isSectionName("春季花粉过敏"))
    }
}

final class GluedDisplayRulesTests: XCTestCase {
    private let body = ["中央气象台预计，未", "来一周华北、黄淮等地将", "出现持续高温天气，部分", "地区最高气温可达38摄氏", "度以上。"]

    func testHeadGluedAboveItsText() {
        let lines = block(["高温天气", "注意防范农业灾害"] + body).lines
        XCTAssertEqual(LeadingDisplayRule.leadingCount(lines), 2)
        XCTAssertEqual(blocks((["高温天气", "注意防范农业灾害"] + body).joined(separator: "\n")).map(\.texts.count), [2, 5])
    }

    func testAHeadOverALeadIsCutWhateverItsWidth() {
        let item = ["城关镇开展防溺水宣传", "近日，城关镇组织志愿", "者走进辖区中小学校和沿河村", "组，通过发放宣传单、悬挂", "横幅等方式开展教育。"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(item).lines), 1)
        // Counter-cases, as wide as the column: a line wanting more runs on into the time
        // word; a lead cue with no comma after it may run on from the line above.
        let column = ["者走进辖区中小学和沿河", "村组，通过发放宣传单等", "方式开展防溺水安全教育。"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["城关镇组织志愿者日前于", "近日，城关镇组织志愿"] + column).lines), 0)
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["城关镇开展防溺水宣传活", "近期城关镇组织志愿者走"] + column).lines), 0)
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["城关镇开展防溺水宣传活", "近日，城关镇组织志愿"] + column).lines), 1)
    }

    func testLeadingCounterCases() {
        // An indent-short first line without punctuation is text.
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["全市2020年启动的老旧", "小区改造三年行动已完成改", "造小区612个，惠及居民"]).lines), 0)
        // A first line with a comma is text, however short.
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["有关部门表示，今年", "小麦品质总体较好，市场购", "销活跃，价格保持稳定。"]).lines), 0)
        // The tail of a paragraph from the previous column ends a sentence.
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["这场疫情。"] + body).lines), 0)
        // A byline line is not a head.
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["本报讯"] + body).lines), 0)
        // The speaker of a sentence that runs on with a reporting verb is text.
        let speaker = ["某平台研究院分析师", "表示，今年以来，居民出", "游意愿明显回升，“五一”", "假期的火热行情正在延续。"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(speaker).lines), 0)
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["某平台研究院分析师", "今年以来，居民出游意愿明", "显回升，“五一”假期的火", "热行情正在延续。"]).lines), 1,
                       "the same line over text that does not run on from it is a head")
        // A line whose sentence the next line ends at once is the paragraph's first line.
        let opening = ["稻虾综合种养的奥妙在于", "“共生”。小龙虾在稻田中觅食杂", "草和害虫，其排泄物又为水稻提", "供了天然肥料，稻田的化肥和农"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(opening).lines), 0)
    }

    func testAHeadWiderThanItsColumnGluedAboveItsText() {
        let story = ["市民王某在小区散步时，", "被邻居李某未牵绳的宠物犬扑", "倒，造成腿部骨折，花去医疗", "费2万余元。双方协商不成，"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["遛狗不牵绳致人受伤 饲养人担全责"] + story).lines), 1)
        // Counter-cases: a lead set across columns keeps its width; a dateline opens the text.
        let lead = ["国务院常务会议日前召开部署推进一批重大水利工程建设", "会议指出，水利工程是稳增长扩内需的重要抓手，要加快", "前期工作，力争早开工、早见效。"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(lead).lines), 0)
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["新华社青岛3月 25日电（记者 张旭东）我国首个自主设"] + story).lines), 0)
    }

    func testSectionHeadGluedUnderAParagraph() {
        let lines = block(["力，有关技术有望在药物研发、", "密码安全等方面得到应用。", "“用光子来计算”"]).lines
        XCTAssertEqual(TrailingDisplayRule.trailingCount(lines), 1)
    }

    func testPullQuoteGluedUnderItsSentence() {
        let lines = block(["万元，创下历史新高。下一", "步，合作社计划建设茶叶深", "加工车间，延长产业链，让", "茶农分享更多增值收益。",
                           "下一步，合作社计划建设茶叶深加工车间，", "延长产业链，让茶农分享更多增值收益"]).lines
        XCTAssertEqual(TrailingDisplayRule.trailingCount(lines), 2)
    }

    func testTrailingCounterCases() {
        // A paragraph's first line continues on the next line: never last.
        XCTAssertEqual(TrailingDisplayRule.trailingCount(block(["密码安全等方面得到应用。", "量子计算被认为是未来", "计算能力跨越式发展的重要"]).lines), 0)
        // A note in brackets is text.
        XCTAssertEqual(TrailingDisplayRule.trailingCount(block(["力，有关技术有望在药物研发、", "密码安全等方面得到应用。", "（完）"]).lines), 0)
        // A short last line after an open sentence is the paragraph's end.
        XCTAssertEqual(TrailingDisplayRule.trailingCount(block(["力，有关技术有望在药物研发、", "密码安全等方面得到应用，", "效果明显"]).lines), 0)
        // Two lines give no measure.
        XCTAssertEqual(TrailingDisplayRule.trailingCount(block(["密码安全等方面得到应用。", "“用光子来计算”"]).lines), 0)
    }
}

final class WrappedHeadlineRuleTests: XCTestCase {
    func testTheWrappedSecondHeadIsTheHeadline() {
        XCTAssertTrue(HeadGroupRule.isWrappedHeadline(lineCounts: [1, 2], lengths: [6, 9], widest: [6, 6]))
        // Even a quotation with a comma, broken in large type.
        XCTAssertTrue(HeadGroupRule.isWrappedHeadline(lineCounts: [1, 2], lengths: [13, 19], widest: [13, 10]))
        let roles = HeadGroupRule.roles(count: 2, articleHasHeadline: false, bodyOverlap: [0.5, 0.5], lineCounts: [1, 2],
                                        dashLead: [false, false], lengths: [6, 9], commas: [false, false], spaced: [false, false],
                                        widest: [6, 6])
        XCTAssertEqual(roles.map(\.0), [.kicker, .headline])
        XCTAssertEqual(roles.first?.1, "HeadGroupRule.wrappedHeadline")
    }

    func testCounterCases() {
        // A deck wraps at the column, wider than the head above is long.
        XCTAssertFalse(HeadGroupRule.isWrappedHeadline(lineCounts: [1, 2], lengths: [8, 22], widest: [8, 13]))
        // A first head that wraps is the headline itself.
        XCTAssertFalse(HeadGroupRule.isWrappedHeadline(lineCounts: [2, 2], lengths: [8, 8], widest: [4, 4]))
        // Two one-line heads: nothing wraps.
        XCTAssertFalse(HeadGroupRule.isWrappedHeadline(lineCounts: [1, 1], lengths: [8, 8], widest: [8, 8]))
    }
}

final class GluedBylineTests: XCTestCase {
    func testPlaceDatelineWithoutDate() {
        XCTAssertEqual(BylineRule.prefix(of: "新华社日内瓦电 世界卫生组织昨天发布报告说"), "新华社日内瓦电")
        XCTAssertNil(BylineRule.prefix(of: "新华社记者从国家电网获悉"))
        XCTAssertNil(BylineRule.prefix(of: "新华社发来贺电，祝贺大会召开"))
    }

    func testUnbracketedCreditFillingItsLine() {
        XCTAssertTrue(BylineRule.isWholeLine("本报北京5月20日电 记者 张晨"))
        XCTAssertEqual(BylineRule.prefix(of: "本报北京5月20日电 记者 张晨"), "本报北京5月20日电 记者 张晨")
        // "记者" opening the sentence after a dateline is text.
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 记者从中国科学院获悉"), "新华社电")
        XCTAssertFalse(BylineRule.isWholeLine("新华社电 记者从中国科学院获悉"))
    }
}

final class InsideBlockParagraphBreakTests: XCTestCase {
    func testIndentShortLineAfterAFullSentenceEnd() {
        let lines = block(["医疗、教育、交通等领域的应", "用不断深化，已形成一批可复", "制、可推广的典型应用案例。", "在一家汽车零部件工厂，", "5G专网让数百台机器设备实现", "实时互联。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 13), [2])
    }

    func testCounterCaseAFullLineShortOnlyByACompressedComma() {
        let lines = block(["清晨六点，农业大学的教", "授已经出现在猕猴桃种植基地。", "作为一名科技特派员，他每", "个月都有一半时间在这里度过，", "为果农解决生产中遇到的技术", "难题。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 13), [])
    }

    func testNarrowThreeLineHeadIsNoColumnFragment() {
        XCTAssertFalse(BodyFragmentRule.fillsColumn(block(["全省启动", "基层医疗机构", "能力提升行动"]), column: 13))
        XCTAssertTrue(BodyFragmentRule.fillsColumn(block(["市疾控中心监测数据显示，", "３月２７日全市花粉浓度已达", "到较高水平，过敏患者明显增"]), column: 13))
    }
}

final class RepeatedFragmentTests: XCTestCase {
    private let page = """
        从经营主体看，民营企业进
        出口2.9万亿元，增长15.8%，占
        我国外贸总值的47.3%。民营企

        业活力持续释放，成为稳外贸的
        重要力量。

        对东盟贸易保持较快增长

        民营企业活力持续释放，
        成为稳外贸的重要力量
        """

    func testColumnWideTextFinishingAnOpenSentenceIsBodyThoughAQuoteRepeatsIt() {
        let (verdicts, _) = BlockClassifier.classify(blocks(page))
        XCTAssertEqual(verdicts[1].kind, .body)
        XCTAssertEqual(verdicts[1].rule, BodyFragmentRule.continuesOpenSentence)
        XCTAssertNotEqual(verdicts[3].kind, .body, "the quote itself stays a display line")
    }

    func testCounterCaseAShortRepeatInterruptingTheSentenceIsAQuote() {
        let interrupted = page.replacingOccurrences(of: "业活力持续释放，成为稳外贸的\n重要力量。", with: "成为稳外贸的重要力量\n\n业活力持续释放，成为稳外贸的\n重要力量。")
        let (verdicts, _) = BlockClassifier.classify(blocks(interrupted))
        XCTAssertEqual(verdicts[1].kind, .pullQuote)
        XCTAssertEqual(verdicts[2].kind, .body)
    }
}

final class InterviewTurnTests: XCTestCase {
    func testAQuestionTurnIsNoHead() {
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["记者：旱地小麦育种难在", "哪里？"])))
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["数字人民币离我们还有多远？"])), "a question headline stays a head")
    }

    func testAnInterviewerTurnIsNoNewsLead() {
        XCTAssertFalse(ArticleBoundaryRule.hasLeadCue("记者：您常说“种子是农业的芯片”，怎么理解这句话？"))
        XCTAssertTrue(ArticleBoundaryRule.hasLeadCue("记者从市医保局获悉，全市定点医疗机构已全部接入。"))
    }
}

final class FirstTextIsNoColumnFootTests: XCTestCase {
    /// A short line above running text whose first line fills the column.
    private let headAndText = """
        高度弥散水管粮价上工

        2019年1月的自治州有每位一。了
        要结果、出色建造，芯片排外圆孔。
        你经受特色体验硬撑，遵是共不提
        高。月反潜两按，历史明有小厄。
        """

    func testAShortLineOpeningThePageIsAHead() {
        let (verdicts, _) = BlockClassifier.classify(blocks(headAndText))
        XCTAssertEqual(verdicts.first?.kind, .display)
    }

    func testCounterCaseTheSameLineLowerDownIsAFragment() {
        let page = """
            变化是则，寤日本顿白天了新闻训
            练，道一根本可全民此时口渴。我
            他中国可能；不用排外有识之士钢
            琴家讲。


            """ + headAndText
        let (verdicts, _) = BlockClassifier.classify(blocks(page))
        XCTAssertEqual(verdicts[1].kind, .body)
        XCTAssertEqual(verdicts[1].rule, BodyFragmentRule.columnFoot)
    }
}

final class ClosesOpenSentenceTests: XCTestCase {
    private let before = """
        连池虎易势迁。奇偶墓每了持有者
        论坛，全国人大毁坏第四、试射工
        程幽雅一声则在在，日本碰到本我
        """

    func testAShortExclamationAfterAnOpenSentenceEndsIt() {
        let (verdicts, _) = BlockClassifier.classify(blocks(before + "\n\n们回等人！"))
        XCTAssertEqual(verdicts[1].kind, .body)
        XCTAssertEqual(verdicts[1].rule, BodyFragmentRule.closesOpenSentenceName)
        XCTAssertEqual(PageReader.read(before + "\n\n们回等人！").articles.first?.paragraphs.count, 1)
    }

    func testCounterCaseAfterAFinishedSentenceItIsAHead() {
        let closed = before.replacingOccurrences(of: "日本碰到本我", with: "日本碰到本。")
        let (verdicts, _) = BlockClassifier.classify(blocks(closed + "\n\n数字人民币离我们还有多远？"))
        XCTAssertNotEqual(verdicts[1].kind, .body)
    }
}

final class ContinuationWithShortLastLineTests: XCTestCase {
    private let before = """
        开始这些类非过去。就图片门
        窗天府左！离也贼骇。跨总之
        展开聚集。看也作给军队三年
        中。图片“跟”直辖市，元岭
        南图片人里！演出徒弟远眺起
        过《妹妹网不耐烦翻口》，天
        """

    func testAColumnWideFirstLineWithAClauseMarkContinuesTheSentence() {
        let (verdicts, _) = BlockClassifier.classify(blocks(before + "\n\n安门石首埋层人，资源轻轻一\n百多条片刻间据"))
        XCTAssertEqual(verdicts[1].kind, .body)
        XCTAssertEqual(verdicts[1].rule, BodyFragmentRule.continuesOpenSentence)
    }

    func testCounterCaseANarrowTwoLineHeadAfterAFinishedSentence() {
        let closed = before.replacingOccurrences(of: "》，天", with: "》。")
        let (verdicts, _) = BlockClassifier.classify(blocks(closed + "\n\n疫情防控\n取得阶段性重要成效"))
        XCTAssertEqual(verdicts[1].kind, .display)
    }
}

/// Labels of sections and papers found away from the masthead, and a deck
/// cut in two at the foot of a full head group.
final class RunningHeadTests: XCTestCase {
    func testAPaperAndSectionLineIsFurnitureAnywhere() {
        XCTAssertTrue(FurnitureRule.isPaperAndSection("女性时报 权益周刊"))
        XCTAssertTrue(FurnitureRule.isPaperAndSection("江城晚报 体育新闻"))
        // Counter-cases: a paper's name alone; a head holding a paper's name and a space.
        XCTAssertFalse(FurnitureRule.isPaperAndSection("女性时报"))
        XCTAssertFalse(FurnitureRule.isPaperAndSection("晚报记者 走进社区"))
        // A middle dot sets them apart too; a short section name needs no section's word.
        XCTAssertTrue(FurnitureRule.isPaperAndSection("湖湘日报·经济新闻"))
        XCTAssertTrue(FurnitureRule.isPaperAndSection("解放军报 军事训练"))
        XCTAssertFalse(FurnitureRule.isPaperAndSection("光明日报 创刊七十五周年"), "a longer phrase may be a head")
        XCTAssertTrue(FurnitureRule.isPaperAndSection("青溪周刊·乡村新闻"), "a weekly's name")
        // Counter-cases: a credit after a paper's name, a title or a person.
        XCTAssertFalse(FurnitureRule.isPaperAndSection("人民日报 评论员"))
        XCTAssertFalse(FurnitureRule.isPaperAndSection("光明日报 王五"))
        XCTAssertFalse(FurnitureRule.isPaperAndSection("经济日报 特约记者"))
        // A paper abroad prints its Latin name beside its own.
        XCTAssertTrue(FurnitureRule.isPaperWithLatinName("欧华日报 OUHUA DAILY"))
        XCTAssertFalse(FurnitureRule.isPaperWithLatinName("欧华日报 NBA"), "an acronym")
        XCTAssertFalse(FurnitureRule.isPaperWithLatinName("巴黎华人 OUHUA DAILY"), "no paper's name")
    }

    func testTwoSectionNamesJoinedByADotAreFurnitureAnywhere() {
        for label in ["消费·价格", "城事·民生", " 科技·健康 "] {
            XCTAssertEqual(FurnitureRule.match(block([label]), atPageEdge: false), "FurnitureRule.sectionLabel", label)
        }
        // Counter-cases: a rubric of longer parts; a name and a dot with nothing after.
        XCTAssertFalse(FurnitureRule.isPairedSectionName("走基层·在一线"))
        XCTAssertFalse(FurnitureRule.isPairedSectionName("城事·"))
        XCTAssertFalse(FurnitureRule.isPairedSectionName("约翰·史密斯"))
    }

    func testASectionNameWithAMiddleDotOverABylineIsItsColumn() {
        let page = """
        凌晨一点多，巨轮稳稳靠上码头。张立伟
        走下软梯，登上了返回的引航艇。

        深夜十一点 引航员登上万吨巨轮

        城事·港航

        本报讯 （记者 王蕾） 海事部门提醒：受冷
        空气影响，明天起我市沿海将出现大风。

        大风来袭 船舶提前避风

        """
        let reading = PageReader.read(page)
        XCTAssertTrue(reading.blocks.contains { $0.lines == ["城事·港航"] && $0.role == .furniture })
        XCTAssertEqual(reading.articles.last?.headline, "大风来袭船舶提前避风")
    }

    func testADeckCutInTwoUnderAKickerAndHeadlineIsOneDeck() throws {
        let page = """
        巾帼建新功

        山乡“绣娘”
        把手艺绣进直播间

        黔东南一家刺绣合作社
        带动300余名妇女就近就业

        本报记者 林晓雯
        清晨七点，施洞镇的刺绣合作
        社里已经坐满了绣娘。她们一边
        刺绣，一边对着手机直播。

        合作社负责人说，订单多了，
        留守的人也少了。

        """
        let article = try XCTUnwrap(PageReader.read(page).articles.first)
        XCTAssertEqual(article.headline, "山乡“绣娘”把手艺绣进直播间")
        XCTAssertEqual(article.subheadlines, ["巾帼建新功", "黔东南一家刺绣合作社带动300余名妇女就近就业"])
        XCTAssertEqual(article.sectionHeads, [])
    }
}
