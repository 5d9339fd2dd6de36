import XCTest
@testable import FolioIngest

final class ColumnWidthTests: XCTestCase {
    func testLongBlockMeasuresItselfShortBlockBorrowsNearest() {
        let page = [
            block(["甲乙丙丁戊己庚辛壬癸", "甲乙丙丁戊己庚辛壬癸子丑", "甲乙丙丁戊己庚辛壬癸子"]),
            block(["甲乙丙丁戊己庚辛壬癸"]),
            block(["甲乙丙丁戊己", "甲乙丙丁戊己", "甲乙丙"]),
        ]
        let widths = ColumnWidth.estimate(page, eligible: [true, true, true])
        XCTAssertEqual(widths[0], 12)
        XCTAssertEqual(widths[1], 12, "ties go to the previous long block")
        XCTAssertEqual(widths[2], 6)
    }

    func testADatelineOverhangingItsColumnIsLeftOutOfTheMeasure() {
        let lead = block(["新华社上海11月4日电 第四届中国国际进口", "博览会将于5日在上海开幕。", "记者从组委会了解到，各项筹备",
                          "工作已全面就绪，展区布展基本", "完成。"])
        XCTAssertEqual(ColumnWidth.measure(lead), lead.lines[2].width)
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lead.lines, column: ColumnWidth.measure(lead)), [])
        // Counter-cases: a lead across columns stays wide below its first line; a block without a dateline keeps its widest line.
        let wide = block(["新华社北京3月27日电 中共中央政治局3月27日召开会议，分析国内外形势", "研究部署进一步统筹推进疫情防控和经济社会发展工作，审议有关报告。",
                          "中共中央总书记习近平主持会议。"])
        XCTAssertEqual(ColumnWidth.measure(wide), wide.lines[1].width)
        let plain = block(["甲乙丙丁戊己庚辛壬癸子丑寅卯", "甲乙丙丁戊己", "甲乙丙"])
        XCTAssertEqual(ColumnWidth.measure(plain), plain.widest)
    }

    func testShortAndFullLines() {
        XCTAssertTrue(ColumnWidth.isShortEnding(8, column: 13))
        XCTAssertFalse(ColumnWidth.isShortEnding(12, column: 14), "justification varies full lines by up to two")
        XCTAssertTrue(ColumnWidth.isFull(13.5, column: 14))
        XCTAssertFalse(ColumnWidth.isFull(12, column: 14), "an indent-short first line is not full")
    }
}

final class ParagraphBreakRuleTests: XCTestCase {
    func testShortSentenceEndBreaksInsideABlock() {
        let lines = block(["力所能及的帮助。", "会议强调，要在疫情防控常"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 13), [0])
    }

    func testBlockFirstLineShortOnlyByItsIndentIsAFirstLine() {
        let lines = block(["清单公布只是第一步。", "“一次办好”能否真正落地，", "关键看窗口服务能否经得起群", "众检验。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 13), [])
        // Counter-case: followed by an indent-short line, it is a paragraph of its own.
        let alone = block(["清单公布只是第一步。", "“一次办好”能否真正", "关键看窗口服务能否经得起群"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: alone, column: 13), [0])
    }

    func testIndentShortLastLineInMidSentenceOpensAParagraph() {
        let lines = block(["甲乙丙丁戊己庚辛壬癸子丑寅", "甲乙丙丁戊己庚辛壬癸子丑。", "消费市场逐步恢复。前三"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 13), [1])
        // Counter-cases: a last line nearly full, without a clause mark (a glued head), or ending a sentence.
        let full = block(["甲乙丙丁戊己庚辛壬癸子丑寅", "甲乙丙丁戊己庚辛壬癸子丑。", "交通运输部有关负责人表示，"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: full, column: 13), [])
        let head = block(["甲乙丙丁戊己庚辛壬癸子丑寅", "甲乙丙丁戊己庚辛壬癸子丑。", "消费市场逐步恢复向好"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: head, column: 13), [])
        let ended = block(["甲乙丙丁戊己庚辛壬癸子丑寅", "甲乙丙丁戊己庚辛壬癸子丑。", "消费市场逐步恢复向好。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: ended, column: 13), [])
    }

    func testNearlyFullSentenceEndDoesNotBreak() {
        let lines = block(["保持线上新型消费热度不减。", "要加强国际经贸合作，加快国际", "货运畅通。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 14), [])
    }

    func testOpenSentenceContinuesAcrossBlank() {
        let last = PageLine(index: 0, text: "人。国际社会只有共同应对，才")
        let first = PageLine(index: 2, text: "能战而胜之。")
        XCTAssertTrue(ParagraphBreakRule.continues(last: last, lastColumn: 14, lastIsFirstLine: false, first: first, firstColumn: 14))
    }

    func testSentenceEndBreaksUnlessBothLinesAreFull() {
        let short = PageLine(index: 0, text: "这场疫情。")
        let indented = PageLine(index: 2, text: "习近平指出，流行性疾病不")
        let full = PageLine(index: 2, text: "希望美方采取切实有效措施，维护")
        XCTAssertFalse(ParagraphBreakRule.continues(last: short, lastColumn: 14, lastIsFirstLine: false, first: full, firstColumn: 14))
        let fullEnd = PageLine(index: 0, text: "视他们的生命安全和身体健康。")
        XCTAssertFalse(ParagraphBreakRule.continues(last: fullEnd, lastColumn: 14, lastIsFirstLine: false, first: indented, firstColumn: 14))
        XCTAssertTrue(ParagraphBreakRule.continues(last: fullEnd, lastColumn: 14, lastIsFirstLine: false, first: full, firstColumn: 14))
    }

    func testFirstLineThatFillsItsMeasureCanContinue() {
        let firstLine = PageLine(index: 0, text: "学校是近视防控的主阵地。")
        let full = PageLine(index: 2, text: "不少学校落实课间十分钟走出教")
        XCTAssertTrue(ParagraphBreakRule.continues(last: firstLine, lastColumn: 14, lastIsFirstLine: true, first: full, firstColumn: 14))
        XCTAssertFalse(ParagraphBreakRule.continues(last: firstLine, lastColumn: 14, lastIsFirstLine: false, first: full, firstColumn: 14))
    }
}

final class BodyFragmentRuleTests: XCTestCase {
    let next = block(["中方有关疫情防控举措，表示美", "中两国都正面临新冠肺炎疫情挑", "战，我高兴看到中方在抗击疫情"])

    func testColumnFootFragment() {
        XCTAssertTrue(BodyFragmentRule.isColumnFoot(block(["特朗普向习近平详细询问了"]), next: next, nextColumn: 14, page: PageText([])))
    }

    func testAnOpenStretchBeforeTheNextItemsDatelineIsAHead() {
        let stretch = """
        工业和信息化部有关负责人表示，
        将加快推进网络建设，推动在垂
        直行业的规模化应用。下一步要
        继续做好相关工作，加快建设。

        各地要统筹推进基站建设工作
        加快补齐农村地区网络覆盖短板
        """ + "\n\n"
        // Running text after it: a stretch of a paragraph.
        let running = PageReader.read(stretch + "的问题，推动网络建设向乡镇延\n伸，进一步扩大网络覆盖范围，\n让群众享受更好的服务。\n")
        XCTAssertEqual(running.blocks[1].rule, BodyFragmentRule.columnLines + " + " + ParagraphBreakRule.sentenceEnd)
        // The next item's head and dateline after it: a head, since its sentence would never end.
        let dateline = PageReader.read(stretch + "央行开展1000亿元MLF操作\n新华社北京7月15日电（记者 吴 雨）\n中国人民银行15日开展1000\n亿元中期借贷便利操作。\n")
        XCTAssertNotEqual(dateline.blocks[1].role, .body)
        XCTAssertFalse(dateline.blocks[1].rule.contains(BodyFragmentRule.columnLines))
    }

    func testContinuationMeasuredAgainstTheTypicalLineNotTheWidest() {
        // One line of 13 em in a column of 12 overstates the column.
        let middle = ["甲乙丙丁戊己庚辛壬癸子丑", "甲乙丙丁戊己庚辛壬癸子丑寅", "甲乙丙丁戊己庚辛壬癸子丑"]
        let next = block(["闭幕式上表示，东盟拥有超"] + middle + ["抓住机遇。"])
        XCTAssertEqual(next.widest, 13)
        XCTAssertTrue(BodyFragmentRule.isColumnFoot(block(["印尼通信和信息部长在"]), next: next, nextColumn: next.widest, page: PageText([])))
        // Counter-case: a first line short of the typical line is an indented paragraph start under a head.
        let indented = block(["今年以来，全市加快推进"] + middle + ["群众满意。"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["居民上下楼不再犯难"]), next: indented, nextColumn: indented.widest, page: PageText([])))
    }

    func testAWordAcrossTheBreakThatThePageUsesElsewhere() {
        // The continuation's first line is a character and a half short of the column (ragged lines).
        let next = block(["责人提醒，花展将持续", "约一个月，工作日客流相", "对较少，建议市民错峰出"])
        let page = PageText(["市住建局相关负责人表示，新版加装电梯工作指引施行。"])
        XCTAssertTrue(BodyFragmentRule.isColumnFoot(block(["西湖公园管理处负"]), next: next, nextColumn: 11, page: page))
        // Counter-cases: a pair the page does not use, and a head over a paragraph.
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["西湖公园管理处负"]), next: next, nextColumn: 11, page: PageText(["别的文字。"])))
        // A pair made only by the blocks on either side of the one asked about does not count.
        XCTAssertFalse(BodyFragmentRule.junctionRecurs("数字经济成新引擎", "疫情之下，线上消费", in: PageText(["东盟经济的新引擎", "疫情之下"])))
        // A paragraph's first line, two characters short, is no continuation even when the pair recurs.
        let opening = block(["国家发展改革委近日印发", "通知，要求各地加快推进老街", "巷改造提升，补齐服务短板。"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["老街巷焕新行动正在推进中"]), next: opening, nextColumn: 13,
                                                     page: PageText(["中国城市更新。"])))
        let lead = block(["3月9日至11日，第八届", "西湖公园郁金香花展吸引", "游客十余万人次。"])
        XCTAssertFalse(BodyFragmentRule.junctionRecurs("迎来首个赏花高峰", lead.joined, in: PageText(["高峰期间游客众多。"])))
    }

    func testAWholeQuotationIsNoColumnFoot() {
        let next = block(["在外务工，杨再兴就把学生的", "生日一个个记在本子上。每逢有", "孩子过生日，他都会买一个小"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["“不能让一个孩子掉队”"]), next: next, nextColumn: 13, page: PageText([])))
        XCTAssertTrue(BodyFragmentRule.isColumnFoot(block(["村里不少孩子的父母常年"]), next: next, nextColumn: 13, page: PageText([])))
        XCTAssertFalse(BodyFragmentRule.isWholeQuotation("“我们”和“他们”"), "two quotations")
    }

    func testAContinuationThatEndsASentenceAtOnceFollowsAFragment() {
        // Its first line is indent-short, but no paragraph opens with a two-character sentence.
        let next = block(["午节。连日来，美国、英国、澳", "大利亚、马来西亚等国侨胞纷纷", "举办龙舟赛、包粽子比赛等活动，", "共庆佳节。"])
        XCTAssertTrue(BodyFragmentRule.isColumnFoot(block(["6月3日是中国传统节日端"]), next: next, nextColumn: 15, page: PageText([])))
        XCTAssertTrue(BodyFragmentRule.opensWithSentenceEnd("午节。连日来"))
        XCTAssertTrue(BodyFragmentRule.opensWithSentenceEnd("“共生”。小龙虾在稻田中"))
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("“共生农业”。"), "four characters")
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("“共生”模式"))
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("怎么办？东城区的做法是"), "commentary asks")
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("好！大家齐声说"))
        // Counter-cases: a lead's short first clause, and a longer first sentence.
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("近日，全市"))
        // One character and a comma end a word begun above: the line above is no head glued over its paragraph.
        XCTAssertTrue(BodyFragmentRule.opensWithWordTail("例，公司去年实现营业收入"))
        XCTAssertFalse(BodyFragmentRule.opensWithWordTail("近日，全市"), "two characters open many paragraphs")
        XCTAssertFalse(BodyFragmentRule.opensWithWordTail("“好，”他说"))
        XCTAssertTrue(BodyFragmentRule.opensWithWordTail("导、体育锻炼和兴趣活动等"))
        // Counter-cases: a numbered point, an interview's turn.
        XCTAssertFalse(BodyFragmentRule.opensWithWordTail("一、坚持人民至上"))
        XCTAssertFalse(BodyFragmentRule.opensWithWordTail("问：今年的招生政策有哪些变化"))
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["总体要求", "一、坚持人民至上，把保障群众", "生命安全放在首位，做到", "应查尽查、应改尽改。"]).lines), 1)
        let run = ["以组件龙头晶辉能源为", "例，公司去年实现营业收入", "1032.5亿元，同比增长8.6%；归", "母净利润72.3亿元，同比增长"]
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(run).lines), 0)
        XCTAssertEqual(LeadingDisplayRule.leadingCount(block(["高温天气", "中央气象台预计，未来一周", "华北、黄淮等地将出现高温天", "气，最高气温可达40℃。"]).lines), 1)
        XCTAssertFalse(BodyFragmentRule.opensWithSentenceEnd("花展开幕了。"))
        let lead = block(["近日，美国、英国、澳大利", "亚、马来西亚等国侨胞纷纷", "举办龙舟赛、包粽子比赛等活动，"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["海外侨胞欢度端午佳节"]), next: lead, nextColumn: 15, page: PageText([])))
    }

    func testAColumnWidePullQuoteIsNoStretchOfBody() {
        let page = """
        本报讯（记者 李明） 村里建起智能温控大棚和菌包
        生产线，与科研院所合作选育优
        良菌种，还通过电商平台把产品
        卖到了全国各地。

        要让小木耳真正成为
        群众增收致富的“金耳朵”

        “下一步，我们准备发
        展木耳深加工，开发木耳脆片、
        木耳饮品等产品，延长产业链。”
        王海涛说，要让小木耳真正成
        为群众增收致富的“金耳朵”。

        """
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.pullQuotes, ["要让小木耳真正成为群众增收致富的“金耳朵”"])
        XCTAssertEqual(article?.paragraphs.count, 2)
    }

    func testHeadlineAboveIndentedBodyIsNotAFragment() {
        let indented = block(["国家统计局日前发布数据，", "5月份全国居民消费价格指数同比", "上涨，环比下降。其中食品价格"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["居民消费价格温和上涨"]), next: indented, nextColumn: 14, page: PageText([])))
    }

    func testCounterCasesBylineAfterOrRepeatedText() {
        let byline = block(["新华社电 中共中央政治局召开会议", "分析国内外新冠肺炎疫情防控和"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["习近平主持召开会议"]), next: byline, nextColumn: 14, page: PageText([])))
        let page = PageText(["会议强调，特朗普向习近平详细询问了情况。"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["特朗普向习近平详细询问了"]), next: next, nextColumn: 14, page: page))
    }

    func testContinuesOpenSentenceAndFillsColumn() {
        let line = block(["发扬连续作战的优良作风，坚持"])
        XCTAssertTrue(BodyFragmentRule.continuesOpenSentence(line, previousBodyIsOpen: true, column: 14))
        XCTAssertFalse(BodyFragmentRule.continuesOpenSentence(line, previousBodyIsOpen: false, column: 14))
        XCTAssertTrue(BodyFragmentRule.fillsColumn(block(["展区负责人介绍，书展期间中", "外出版机构共达成版权输出意向"]), column: 14))
        XCTAssertFalse(BodyFragmentRule.fillsColumn(block(["疫情防控", "取得阶段性重要成效"]), column: 14))
    }
}

final class ParagraphBuilderTests: XCTestCase {
    func testParagraphsAcrossColumnBreaksWithByline() {
        let page = blocks("""
        新华社电 国家主席习近平
        应约同美国总统通电话。

        习近平指出，流行性疾病不
        分国界和种族，是人类共同的敌
        人。国际社会只有共同应对，才

        能战而胜之。在各方共同努力
        下，取得积极成果。
        """)
        let (verdicts, columns) = BlockClassifier.classify(page)
        let paragraphs = ParagraphBuilder.build(page, verdicts: verdicts, columns: columns)
        XCTAssertEqual(paragraphs.map(\.text), [
            "国家主席习近平应约同美国总统通电话。",
            "习近平指出，流行性疾病不分国界和种族，是人类共同的敌人。国际社会只有共同应对，才能战而胜之。在各方共同努力下，取得积极成果。",
        ])
        XCTAssertEqual(paragraphs[0].byline, "新华社电")
        XCTAssertEqual(paragraphs[1].blocks, [1, 2])
    }

    func testBylineLineOpensTheNextParagraphWithoutCuttingIt() {
        let page = blocks("本报记者 何畅\n\n中午十一点半，社区食堂里已经\n坐满了就餐的老人。")
        let (verdicts, columns) = BlockClassifier.classify(page)
        let paragraphs = ParagraphBuilder.build(page, verdicts: verdicts, columns: columns)
        XCTAssertEqual(paragraphs.count, 1)
        XCTAssertEqual(paragraphs[0].byline, "本报记者 何畅")
        XCTAssertEqual(paragraphs[0].text, "中午十一点半，社区食堂里已经坐满了就餐的老人。")
    }
}

final class QuoteAttributionTests: XCTestCase {
    func testASpeakerNamedAfterAQuotationKeepsItsParagraph() {
        let lines = block(["“河长制不能只靠政", "府，要让老百姓参与进来。”", "该负责人说，今年3月，", "吴兴区还设立了“河长制”", "积分奖励，群众巡河、护"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 12), [])
        XCTAssertTrue(ParagraphBreakRule.attributesQuotation("心里就踏实了。”", "张大爷笑着说。"))
        XCTAssertTrue(ParagraphBreakRule.attributesQuotation("变化太大了！”", "他告诉记者，"))
        // Across a column break, too.
        let quote = PageLine(index: 0, text: "府，要让老百姓参与进来。”")
        XCTAssertTrue(ParagraphBreakRule.continues(last: quote, lastColumn: 13, lastIsFirstLine: false,
                                                   first: PageLine(index: 2, text: "该负责人说，今年3月，"), firstColumn: 13))
    }

    func testASentenceEndingAWideLeadEndsItsParagraph() {
        let lead = PageLine(index: 0, text: "单位的一百二十余件（套）文物，其中一级文物二十件。")
        let column = PageLine(index: 2, text: "展览分为“开凿”“漕运”")
        XCTAssertFalse(ParagraphBreakRule.continues(last: lead, lastColumn: 25, lastIsFirstLine: false, first: column, firstColumn: 12.5))
        // Counter-case: the same measure on both sides, a full line and a full line, runs on.
        let full = PageLine(index: 0, text: "学校是近视防控的主阵地。")
        XCTAssertTrue(ParagraphBreakRule.continues(last: full, lastColumn: 12, lastIsFirstLine: false,
                                                   first: PageLine(index: 2, text: "不少学校落实每天两小时户"), firstColumn: 12))
    }

    func testCounterCases() {
        // An official's statement opens a paragraph of its own as often as not.
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("参与进来。”", "有关负责人表示，下一步"))
        // No quotation ended: the sentence mark stands outside it, or there is none.
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("叫“共享食堂”。", "张大爷说，"))
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("参与进来。”", "说明会将于下周举行。"))
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("参与进来。”", "“我们都说，"), "a new quotation")
        // 说 of a phrase names no speaker.
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("都盼着呢。”", "俗话说，远亲不如近邻。"))
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("方便多了。”", "对于不少年轻人来说，加装电"))
        XCTAssertFalse(ParagraphBreakRule.attributesQuotation("方便多了。”", "也就是说，"))
    }
}

final class ColumnTopEndTests: XCTestCase {
    func testFullSentenceEndAtColumnTopBeforeAnIndentedLineBreaks() {
        let lines = block(["设备、日用百货、食品等五万余种。", "国铁集团有关负责人介绍，为提", "升班列运行效率，铁路部门持续优化", "程运行时间进一步压缩。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 15.5), [0])
    }

    func testOnlyAtTheColumnTop() {
        let lines = block(["运输的货物品类不断丰富，从最初", "设备、日用百货、食品等五万余种。", "国铁集团有关负责人介绍，为提", "升班列运行效率，铁路部门持续优化"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 15.5), [])
    }

    func testFullNextLineKeepsTheParagraph() {
        let lines = block(["视他们的生命安全和身体健康。", "希望美方采取切实有效措施，维护", "好他们的生命安全和身体健康。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 14.5), [])
    }
}

final class ClosingMarkAndCreditTests: XCTestCase {
    func testNoParagraphOpensWithAClosingMark() {
        XCTAssertTrue(ParagraphBreakRule.opensWithClosingMark("”今年七十六岁的张大爷说。"))
        XCTAssertFalse(ParagraphBreakRule.opensWithClosingMark("“以前一个人在家懒得做饭，"))
        let lines = block(["做饭，经常凑合一顿。现在走几步", "孩子们也放心了。", "”今年七十六岁的张大爷说。"]).lines
        XCTAssertEqual(ParagraphBreakRule.breaks(in: lines, column: 14), [])
        let last = PageLine(index: 0, text: "孩子们也放心了。")
        let first = PageLine(index: 2, text: "”今年七十六岁的张大爷说。")
        XCTAssertTrue(ParagraphBreakRule.continues(last: last, lastColumn: 14, lastIsFirstLine: false, first: first, firstColumn: 14))
    }

    func testCreditRunningPastAColumnBreakStaysInTheByline() {
        let page = blocks("本报北京9月7日电 （记者\n\n赵文） 记者从农业农村部了\n解到，全国秋粮已收获三成，\n大豆收获进度快于去年同期。")
        let (verdicts, columns) = BlockClassifier.classify(page)
        let paragraphs = ParagraphBuilder.build(page, verdicts: verdicts, columns: columns)
        XCTAssertEqual(paragraphs.count, 1)
        XCTAssertEqual(paragraphs.first?.byline, "本报北京9月7日电 （记者赵文）")
        XCTAssertEqual(paragraphs.first?.text, "记者从农业农村部了解到，全国秋粮已收获三成，大豆收获进度快于去年同期。")
    }

    func testHeadlineWhoseWordsRecurBelowIsNoFragment() {
        let lead = block(["天刚蒙蒙亮，村卫生室的灯就亮", "了。五十八岁的乡村医生老李已经", "在这里工作了三十多年，全村村民", "的健康状况他都记在心里。"])
        XCTAssertFalse(BodyFragmentRule.isColumnFoot(block(["乡村医生守护村民健康"]), next: lead, nextColumn: 14, page: PageText([])))
    }
}
