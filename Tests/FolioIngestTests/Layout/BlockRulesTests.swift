import XCTest
@testable import FolioIngest

final class BylineRuleTests: XCTestCase {
    func testDatelineForms() {
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 国家主席习近平"), "新华社电")
        XCTAssertEqual(BylineRule.prefix(of: "新华社北京7月1日电（记者 王晓明）记者从"), "新华社北京7月1日电（记者 王晓明）")
        XCTAssertEqual(BylineRule.prefix(of: "本报北京5月12日电 （记者 李芳） 5月1日起"), "本报北京5月12日电 （记者 李芳）")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯 市图书馆日前推出"), "本报讯")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯（记者 张伟） 中央气象台"), "本报讯（记者 张伟）")
    }

    func testADatelineWrappedBeforeItsDianOpensTheArticle() {
        XCTAssertTrue(BylineRule.opensLine("新华社北京9月19日"))
        XCTAssertTrue(BylineRule.opensLine("新华社北京12月31日"))
        XCTAssertTrue(BylineRule.opensLine("本报华盛顿12月"))
        XCTAssertEqual(BylineRule.prefix(of: "新华社北京12月31日电（记者 刘洋）外交部"), "新华社北京12月31日电（记者 刘洋）")
        // Counter-cases: the date is required and the line must hold nothing else.
        XCTAssertFalse(BylineRule.opensLine("新华社记者近日走访"))
        XCTAssertFalse(BylineRule.opensLine("新华社北京9月19日报道称"))
        // A reprint's dateline ("据新华社…") wraps as its agency's does (session 9).
        XCTAssertTrue(BylineRule.opensLine("据新华社北京9月19日"))
    }

    func testADatelineWrappedBeforeItsDateOpensTheArticle() {
        XCTAssertTrue(BylineRule.opensLine("新华社武汉"))
        XCTAssertTrue(BylineRule.opensLine("新华社巴西利亚"))
        XCTAssertTrue(BylineRule.opensLine("本报北京 "))
        // Counter-cases: titles and sources are not places, and a line holding more is text.
        for line in ["新华社记者", "本报驻京记者", "本报综合", "央视新闻", "本报评论员", "本报讯", "新华社武汉分社今年表示", "新华社记者从武汉获悉", "新华社",
                     "人民日报社论", "新华社述评", "本报特稿", "本报专稿", "人民日报海外版", "本报资料图片", "新华社供图", "本报制图", "新华社照片",
                     "本报编辑部"] {
            XCTAssertFalse(BylineRule.opensLine(line) && BylineRule.prefix(of: line) == nil, line)
        }
        let page = "暑运期间铁路预计\n发送旅客8.6亿人次\n\n新华社武汉\n6月17日电 记者17日从长江\n生态环境保护有关会议上获\n悉，长江干流水质已连续三\n年保持Ⅱ类。\n"
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.byline, "新华社武汉6月17日电")
        XCTAssertEqual(article?.paragraphs, ["记者17日从长江生态环境保护有关会议上获悉，长江干流水质已连续三年保持Ⅱ类。"])
    }

    func testAnotherPapersDatelineWrappedBeforeItsDianOpensTheArticle() {
        XCTAssertTrue(BylineRule.opensLine("科技日报合肥6月14日"))
        let page = "光电转换效率刷新纪录\n科技日报合肥6月14日\n电 （记者 吴长锋） 记者6月14\n日从中国科学技术大学获悉，该\n校研究团队研制出新型电池。\n"
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.headline, "光电转换效率刷新纪录")
        XCTAssertEqual(article?.byline?.filter { !$0.isWhitespace }, "科技日报合肥6月14日电（记者吴长锋）")
        XCTAssertEqual(article?.paragraphs, ["记者6月14日从中国科学技术大学获悉，该校研究团队研制出新型电池。"])
        // Counter-cases: a date short of its day, a line that says more.
        XCTAssertFalse(BylineRule.opensLine("科技日报合肥6月"))
        XCTAssertFalse(BylineRule.opensLine("科技日报报道称6月14日起实施"))
        // Body text wrapped after a date may open on a word ending in 报: no paper's name.
        XCTAssertFalse(BylineRule.opensLine("申报截止日期为6月14日"))
        XCTAssertFalse(BylineRule.opensLine("据天气预报明天6月14日"))
        // A reprinted item's dateline wraps the same way.
        XCTAssertTrue(BylineRule.opensLine("据中新社布达佩斯10月6日"))
        XCTAssertEqual(BylineRule.prefix(of: "据中新社布达佩斯10月6日电 一列满载电子产品的中欧班列"), "据中新社布达佩斯10月6日电")
        // Another paper's dated bulletin ends in 讯.
        XCTAssertEqual(BylineRule.prefix(of: "欧华日报巴黎10月7日讯 （记者 林静） 旅法华人社团6日晚"), "欧华日报巴黎10月7日讯 （记者 林静）")
    }

    func testAWrappedDatelineIsCutFromItsPage() {
        let page = "外交部：中方愿同各方共创美好未来\n\n新华社北京12月31日\n电（记者 刘洋）外交部\n发言人30日在例行记者会\n上回顾了今年中国外交工\n作。\n"
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.byline?.filter { !$0.isWhitespace }, "新华社北京12月31日电（记者刘洋）")
        XCTAssertEqual(article?.paragraphs, ["外交部发言人30日在例行记者会上回顾了今年中国外交工作。"])
    }

    func testOtherPapersDatelinesAndCreditedReporterLines() {
        XCTAssertEqual(BylineRule.prefix(of: "科技日报北京1月2日电 （记者 陆成宽） 记者2日从中国科学院获悉"), "科技日报北京1月2日电 （记者 陆成宽）")
        XCTAssertEqual(BylineRule.prefix(of: "法治日报长沙6月13日电（记者 阮占江）记者今天获悉"), "法治日报长沙6月13日电（记者 阮占江）")
        // Counter-cases: the date is required, and 电 must end the dateline.
        XCTAssertNil(BylineRule.prefix(of: "海报上写着3月1日电影节开幕"))
        XCTAssertNil(BylineRule.prefix(of: "情报电台今年开播"))
        XCTAssertNil(BylineRule.prefix(of: "日报记者从国家统计局获悉"))
        // A writer's credit over a feature or an essay, and its counter-case: the slash is required.
        for line in ["文/图 本报记者 柯蓝", "文/林小满", "图／文 李 明"] {
            XCTAssertTrue(BylineRule.isWholeLine(line), line)
            XCTAssertEqual(BylineRule.prefix(of: line), line)
        }
        XCTAssertFalse(BylineRule.isWholeLine("文化部门"))
        XCTAssertNil(BylineRule.prefix(of: "文/图 本报记者 柯蓝从黄山市区出发，沿着"), "a whole line only")
        // A lead naming the reporter's source, cut before its comma, is text; a rubric opening with 记者 is not that.
        XCTAssertTrue(DisplayLineRule.reportsSpeech("记者从市轨道交通集团"))
        XCTAssertTrue(DisplayLineRule.opensWithReporterSource("记者12日从省农业农村厅"))
        XCTAssertFalse(DisplayLineRule.opensWithReporterSource("记者手记"))
        XCTAssertFalse(DisplayLineRule.opensWithReporterSource("记者节里话初心"))
        XCTAssertFalse(DisplayLineRule.opensWithReporterSource("记者从业三十年"), "从 of a verb")
        XCTAssertTrue(DisplayLineRule.opensWithReporterSource("记者昨从市交通局获悉"))
        XCTAssertTrue(DisplayLineRule.opensWithReporterSource("记者5月12日从省教育厅"))
        // A dateline whose line broke before its credit: the credit opens the next line, which is text.
        XCTAssertTrue(BylineRule.opensWithCredit("（记者 周宇航） 中国男篮"))
        XCTAssertFalse(BylineRule.opensWithCredit("（上接第一版）"))
        let page = PageReader.read("中国男篮结束第二阶段集训\n\n世界杯前仍需解决攻防两端问题\n\n新华社北京8月13日电\n（记者 周宇航） 中国男篮\n13日在北京结束第二阶段集\n\n训。在此前进行的三场国际\n热身赛中，中国男篮取得两胜一\n负的战绩。\n")
        XCTAssertEqual(page.articles.first?.byline, "新华社北京8月13日电（记者 周宇航）")
        XCTAssertEqual(page.articles.first?.pullQuotes, [])
        // Another paper's bulletin, and its counter-case: 讯 must end it.
        XCTAssertEqual(BylineRule.prefix(of: "临州日报讯 （记者 朱辰） 记者从临州市统计局获悉"), "临州日报讯 （记者 朱辰）")
        XCTAssertEqual(BylineRule.prefix(of: "江城晚报讯 昨天，全市"), "江城晚报讯")
        XCTAssertNil(BylineRule.prefix(of: "晚报讯息平台今年上线"))
        for line in ["◎本报记者罗云鹏", "□ 本报记者 陈东升", "中青报·中青网记者 孙庆玲", "中青报·中青网见习记者 李桂杰 实习生 张雨", "农民日报·中国农网记者 王浩"] {
            XCTAssertTrue(BylineRule.isWholeLine(line), line)
            XCTAssertEqual(BylineRule.prefix(of: line), line)
        }
        XCTAssertFalse(BylineRule.isWholeLine("本报记者近日走访"), "without a mark, a name follows its title after a space")
        // Two or more credits with no space after their titles, each name followed by a space.
        XCTAssertEqual(BylineRule.prefix(of: "本报讯 记者张昊 通讯员刘晓燕 6月13日，北京市第一中级人民法院"), "本报讯 记者张昊 通讯员刘晓燕")
        XCTAssertEqual(BylineRule.prefix(of: "本报长沙6月13日电 记者阮占江 通讯员刘琼 记者今天从湖南省人民检察院获悉"),
                       "本报长沙6月13日电 记者阮占江 通讯员刘琼")
        // Counter-cases: one such credit, or a sentence after 记者.
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 记者从有关方"), "新华社电")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯 记者张昊 6月13日，北京市"), "本报讯")
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 记者从有关方面获悉 通讯员说"), "新华社电")
        XCTAssertFalse(BylineRule.isWholeLine("中青报·中青网记者从团中央获悉，"))
    }

    /// Chinese-language papers abroad bracket their dateline, often with the day alone.
    func testABracketedDatelineOfAPaperAbroad() {
        XCTAssertEqual(BylineRule.prefix(of: "（吉隆坡17日讯） 首相今天在出席一项商业论坛时宣布"), "（吉隆坡17日讯）")
        XCTAssertEqual(BylineRule.prefix(of: "（新加坡17日综合电）新加坡建屋发展局发布的数据显示"), "（新加坡17日综合电）")
        XCTAssertEqual(BylineRule.prefix(of: "（曼谷1月17日讯）泰国旅游与体育部今天公布"), "（曼谷1月17日讯）")
        // Counter-cases: an aside in brackets, an author's note, a bracket with no date.
        XCTAssertNil(BylineRule.prefix(of: "（上接第1版）会议指出，"))
        XCTAssertNil(BylineRule.prefix(of: "（作者为北京大学教授）"))
        XCTAssertNil(BylineRule.prefix(of: "（本报讯）"))
        // Taiwan's Central News Agency names its reporter inside the brackets.
        XCTAssertEqual(BylineRule.prefix(of: "（中央社记者吕佳蓉台北20日电） 大陆委员会今天表示"), "（中央社记者吕佳蓉台北20日电）")
        XCTAssertEqual(BylineRule.prefix(of: "（中央社記者呂佳蓉台北20日電） 大陸委員會今天表示"), "（中央社記者呂佳蓉台北20日電）")
        XCTAssertNil(BylineRule.prefix(of: "（据吉隆坡当地媒体和多家通讯社17日讯）"), "past six characters only 中央社's")
    }

    func testADatelineWithASpaceInItsDate() {
        XCTAssertEqual(BylineRule.prefix(of: "新华社青岛3月 25日电（记者 张旭东）我国首个自主设"), "新华社青岛3月 25日电（记者 张旭东）")
        XCTAssertTrue(BylineRule.opensLine("本报北京5月\u{3000}12日电 （记者 李芳） 会议指出"))
        XCTAssertFalse(BylineRule.opensLine("本报北京5月  12日电 会议指出"), "one space, as the extraction sets it")
    }

    /// Papers printed in traditional characters: bylines are read folded to
    /// simplified and returned as written.
    func testBylinesInTraditionalCharacters() {
        XCTAssertEqual(BylineRule.prefix(of: "香港文匯報訊（記者 張思遠 北京報道）國家統計局昨日公佈數據顯示"), "香港文匯報訊（記者 張思遠 北京報道）")
        XCTAssertEqual(BylineRule.prefix(of: "中新社北京5月11日電 記者11日從北京市交通委員會獲悉"), "中新社北京5月11日電")
        XCTAssertTrue(BylineRule.isWholeLine("本報記者 陳思遠"))
        XCTAssertTrue(BylineRule.opensLine("新華社電 國家統計局"))
        // Counter-cases: text in traditional characters that opens no byline; simplified text is read as before.
        XCTAssertNil(BylineRule.prefix(of: "國家統計局昨日公佈數據顯示，今年4月"))
        XCTAssertNil(TraditionalFold.folded("新华社北京5月11日电"), "nothing to fold")
        XCTAssertEqual(TraditionalFold.folded("報訊電"), "报讯电")
    }

    func testMediaCentreAndColonCredits() {
        XCTAssertTrue(BylineRule.isWholeLine("融媒记者 潘晓雨 通讯员 龙燕"))
        XCTAssertTrue(BylineRule.isWholeLine("本台记者 李想"))
        XCTAssertTrue(BylineRule.isWholeLine("报道：黄秀婷 摄影：林家豪"))
        XCTAssertTrue(BylineRule.isWholeLine("文：林小满"))
        XCTAssertEqual(BylineRule.prefix(of: "撰文：李明 图：王芳"), "撰文：李明 图：王芳")
        // Counter-cases: an interview's question; a sentence about a media centre's reporters; a report's subject.
        XCTAssertFalse(BylineRule.isWholeLine("记者：谢谢"))
        XCTAssertNil(BylineRule.prefix(of: "融媒记者深入乡村一线采访"))
        XCTAssertFalse(BylineRule.isWholeLine("报道：全省春耕进度过半"))
    }

    func testIssueAndPublisherLines() {
        XCTAssertTrue(MastheadLabel.isNamedIssue("云溪融媒 第312期"))
        XCTAssertTrue(MastheadLabel.isPublisherLine("云溪县融媒体中心 主办"))
        XCTAssertEqual(FurnitureRule.match(block(["云溪融媒 第312期", "县域新闻"]), atPageEdge: true), "FurnitureRule.masthead")
        // Counter-cases: a head with a number of a different kind; a sentence naming a host.
        XCTAssertFalse(MastheadLabel.isNamedIssue("读书会 第3期开讲"))
        XCTAssertFalse(MastheadLabel.isPublisherLine("活动由市文化馆 主办。"))
        XCTAssertNil(FurnitureRule.match(block(["云溪融媒", "县域新闻"]), atPageEdge: true), "two names with no issue number may be heads")
    }

    func testYoungAndTraineeReportersSignTheirLines() {
        XCTAssertTrue(BylineRule.isWholeLine("小记者 陈子涵"))
        XCTAssertTrue(BylineRule.isWholeLine("本报见习记者 王琳"))
        XCTAssertTrue(BylineRule.isWholeLine("实习记者 李想 通讯员 张强"))
        XCTAssertFalse(BylineRule.isWholeLine("小记者走进社区"), "a head about young reporters")
    }

    func testReporterLineIsWholeLine() {
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 何畅"))
        XCTAssertTrue(BylineRule.isWholeLine("新华社记者 张三 李四"))
        XCTAssertFalse(BylineRule.isWholeLine("新华社电 国家主席习近平"))
    }

    func testUnbracketedCreditAfterADateline() {
        XCTAssertEqual(BylineRule.prefix(of: "本报北京8月8日电 记者 张昊 最高人民法院8日发布"), "本报北京8月8日电 记者 张昊")
        XCTAssertEqual(BylineRule.prefix(of: "本报讯 记者 王春 通讯员 陈 洁 自称“资深律师”，"), "本报讯 记者 王春 通讯员 陈 洁")
        XCTAssertFalse(BylineRule.isWholeLine("本报讯 记者 王春 通讯"), "a title cut by the line's end is no name")
        XCTAssertTrue(BylineRule.isWholeLine("本报北京5月20日电 记者 张晨"))
        // Counter-cases: a sentence after the dateline; a bracketed credit is the credit.
        XCTAssertEqual(BylineRule.prefix(of: "新华社电 记者从中国科学院获悉，"), "新华社电")
        XCTAssertFalse(BylineRule.isWholeLine("本报北京8月8日电 记者 张昊 最高人民法院8日发布"))
        XCTAssertEqual(BylineRule.prefix(of: "本报讯（记者 张伟） 记者 李明 说"), "本报讯（记者 张伟）")
    }

    func testADashDeckGluedUnderItsHeadlineIsABlockOfItsOwn() {
        let read = blocks("以实干担当开好局起好步\n——论扎实做好全年经济工作\n春回大地，万物萌发。从\n田间地头到工厂车间，从建设\n")
        XCTAssertEqual(read.map(\.texts), [["以实干担当开好局起好步"], ["——论扎实做好全年经济工作"], ["春回大地，万物萌发。从", "田间地头到工厂车间，从建设"]])
        // Counter-case: a dash opening a line of running text stays in its paragraph.
        let prose = blocks("他说，这是我们共同的目标\n——让每个孩子都能上好学。\n")
        XCTAssertEqual(prose.count, 1)
    }

    func testReporterLineWithThePlaceReportedFrom() {
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 黄嘉欣 旧金山报道"))
        XCTAssertEqual(BylineRule.prefix(of: "本报记者 黄嘉欣 旧金山报道"), "本报记者 黄嘉欣 旧金山报道")
        // Counter-cases: a place too long, words after it.
        XCTAssertFalse(BylineRule.isWholeLine("本报记者 黄嘉欣 美国加利福尼亚州旧金山市报道"))
        XCTAssertFalse(BylineRule.isWholeLine("本报记者 黄嘉欣 旧金山报道称"))
    }

    func testABracketedCreditWrappedBeforeItsClosingBracketOpensTheArticle() {
        XCTAssertTrue(BylineRule.isWrappedBracketHead("〔记者林宜萱／金门报"))
        XCTAssertTrue(BylineRule.isWrappedBracketHead("【记者黄政翰／台中"))
        XCTAssertTrue(BylineRule.isWrappedBracketHead("（中央社记者吕佳蓉台北"))
        XCTAssertTrue(BylineRule.opensLine("〔記者林宜萱／金門報"))
        // Counter-cases: a bracket closed on its line, or holding punctuation; an aside.
        XCTAssertFalse(BylineRule.isWrappedBracketHead("【记者手记】"))
        XCTAssertFalse(BylineRule.isWrappedBracketHead("〔记者林宜萱，金门／台"), "a comma")
        XCTAssertFalse(BylineRule.isWrappedBracketHead("【张三／"), "no place")
        XCTAssertFalse(BylineRule.isWrappedBracketHead("（中央社"), "no reporter or place")
        XCTAssertFalse(BylineRule.isWrappedBracketHead("（上接第1版"))
        let page = "金廈小三通旅運量回升\n\n年底前擬增開航班\n〔記者林宜萱／金門報\n導〕 金門與廈門之間的小\n三通航線自今年初全面恢復\n客運以來，旅運量逐步回升。\n"
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(article?.byline, "〔記者林宜萱／金門報導〕")
        XCTAssertEqual(article?.subheadlines, ["年底前擬增開航班"])
        XCTAssertEqual(article?.paragraphs, ["金門與廈門之間的小三通航線自今年初全面恢復客運以來，旅運量逐步回升。"])
        let cna = "陸委會將協助台商返鄉過年\n\n（中央社記者呂佳蓉台北\n20日電） 大陸委員會今天表\n示，明年春節前後台商返鄉仍\n以既有航班為主。\n"
        XCTAssertEqual(PageReader.read(cna).articles.first?.byline, "（中央社記者呂佳蓉台北20日電）")
    }

    func testReporterLineWithAPhotoCredit() {
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 何畅 文/图"))
        XCTAssertFalse(BylineRule.isWholeLine("本报记者 何畅 文/图说明如下"))
    }

    func testReporterNameSetApartByASpace() {
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 赵 丽"))
        XCTAssertTrue(BylineRule.isWholeLine("本报记者 陆 健 严红枫"))
        XCTAssertFalse(BylineRule.isWholeLine("本报记者 赵 丽 说"), "a lone character is no name")
    }

    func testAGluedCommentatorLineEndsTheHeadAboveIt() {
        let read = blocks("以实干担当开好局起好步\n本报评论员\n春回大地，万物萌发。从\n田间地头到工厂车间，从建设\n")
        XCTAssertEqual(read.map(\.texts), [["以实干担当开好局起好步"], ["本报评论员"], ["春回大地，万物萌发。从", "田间地头到工厂车间，从建设"]])
    }

    func testCommentatorLineIsWholeLine() {
        XCTAssertTrue(BylineRule.isWholeLine("本报评论员"))
        XCTAssertTrue(BylineRule.isWholeLine("人民日报特约评论员"))
        XCTAssertTrue(BylineRule.isWholeLine("评论员 李明"))
        // Counter-cases: a sentence about commentators, a title inside a name list.
        XCTAssertFalse(BylineRule.isWholeLine("本报评论员文章指出"))
        XCTAssertFalse(BylineRule.isWholeLine("评论员们认为，形势向好。"))
    }

    func testAuthorNoteAtTheEndIsTheByline() throws {
        XCTAssertTrue(BylineRule.isAuthorNote("（作者为中国农业大学人文与发展学院教授 周明远）"))
        XCTAssertTrue(BylineRule.isAuthorNote("（作者系省社科院研究员）"))
        XCTAssertFalse(BylineRule.isAuthorNote("（记者 王晓明）"), "a credit belongs to a dateline")
        XCTAssertFalse(BylineRule.isAuthorNote("作者为中国农业大学教授"), "not bracketed")
        let page = """
        以数字技术赋能乡村治理

        近年来，随着网络基础设施不
        断向农村延伸，数字技术正在深
        刻改变乡村治理的方式。

        乡村治理是国家治理的基石，
        必须久久为功。

        （作者为中国农业大学教授 周明远）
        """
        let article = try XCTUnwrap(PageReader.read(page).articles.first)
        XCTAssertEqual(article.byline, "（作者为中国农业大学教授 周明远）")
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertEqual(article.sectionHeads, [])
        // Counter-case: an article opened by a byline keeps it.
        let dated = try XCTUnwrap(PageReader.read(page.replacingOccurrences(of: "近年来，", with: "本报讯 近年来，")).articles.first)
        XCTAssertEqual(dated.byline, "本报讯")
    }

    func testAReprintedItemsDatelineAndAColumnSignature() {
        XCTAssertEqual(BylineRule.prefix(of: "据新华社里约热内卢电 巴西国家空间研究院"), "据新华社里约热内卢电")
        XCTAssertEqual(BylineRule.prefix(of: "据新华社北京3月1日电（记者 王晓明）国家统计局"), "据新华社北京3月1日电（记者 王晓明）")
        XCTAssertNil(BylineRule.prefix(of: "据新华社电，国家统计局1日发布"), "a sentence citing the agency")
        XCTAssertTrue(BylineRule.isWholeLine("□ 李然"))
        XCTAssertFalse(BylineRule.isWholeLine("□ 李然说，要"), "a signature is a whole line")
    }

    func testThePapersPlaceDatelineWithoutADate() {
        XCTAssertEqual(BylineRule.prefix(of: "本报贵阳电 （记者 苏钰） 记者从贵州省"), "本报贵阳电 （记者 苏钰）")
        XCTAssertEqual(BylineRule.prefix(of: "本报东营讯（记者 王凯 通讯员 刘洋）正值"), "本报东营讯（记者 王凯 通讯员 刘洋）")
        // Counter-case: a sentence whose fifth character is 电.
        XCTAssertNil(BylineRule.prefix(of: "本报记者从国家电网公司获悉"))
    }

    func testThePapersDatedBulletinIsADateline() {
        XCTAssertEqual(BylineRule.prefix(of: "本报北京5月11日讯（记者 韩思远） 国家统计局11日"), "本报北京5月11日讯（记者 韩思远）")
        XCTAssertEqual(BylineRule.prefix(of: "本报5月11日讯 国家统计局"), "本报5月11日讯")
        // Counter-cases: only the paper's own bulletin, and only with its date.
        XCTAssertNil(BylineRule.prefix(of: "新华社北京5月11日讯 国家统计局"))
        XCTAssertNil(BylineRule.prefix(of: "本报北京讯息显示"))
    }

    func testCounterCasesAreNotBylines() {
        XCTAssertNil(BylineRule.prefix(of: "本报记者近日电话采访了多位专家"))
        XCTAssertNil(BylineRule.prefix(of: "记者从农业农村部获悉"))
        XCTAssertNil(BylineRule.prefix(of: "据新华社电，"))
    }

    func testSplitCutsTheBylineFromTheParagraph() throws {
        let split = try XCTUnwrap(BylineRule.split("新华社电 国家主席习近平27日应约"))
        XCTAssertEqual(split.byline, "新华社电")
        XCTAssertEqual(split.rest, "国家主席习近平27日应约")
    }
}

final class FurnitureRuleTests: XCTestCase {
    func testFolioLineAndPageLabel() {
        XCTAssertEqual(FurnitureRule.match(block(["2020年3月28日 星期六"]), atPageEdge: false), "FurnitureRule.folioLine")
        XCTAssertEqual(FurnitureRule.match(block(["第3版"]), atPageEdge: false), "FurnitureRule.pageLabel")
        XCTAssertEqual(FurnitureRule.match(block(["第3版 要闻"]), atPageEdge: false), "FurnitureRule.pageLabel")
    }

    func testFolioLineAndPageLabelInOneBlock() {
        XCTAssertEqual(FurnitureRule.match(block(["2021年7月2日 星期五", "第4版"]), atPageEdge: true), "FurnitureRule.folioLine")
        XCTAssertEqual(FurnitureRule.match(block(["第4版", "2021年7月2日"]), atPageEdge: true), "FurnitureRule.folioLine")
        XCTAssertNil(FurnitureRule.match(block(["第4版", "全国春耕备耕有序推进"]), atPageEdge: true))
    }

    func testBareDateLineAtThePageEdgeOrAlone() {
        XCTAssertEqual(FurnitureRule.match(block(["2021年7月2日"]), atPageEdge: true), "FurnitureRule.dateLine")
        XCTAssertEqual(FurnitureRule.match(block(["2021年7月2日"]), atPageEdge: false), "FurnitureRule.dateLine", "alone, anywhere")
        XCTAssertNil(FurnitureRule.match(block(["2021年7月2日", "全市举行纪念活动"]), atPageEdge: false))
        XCTAssertEqual(FurnitureRule.match(block(["A5"]), atPageEdge: false), "FurnitureRule.pageLabel")
        // A bare number alone in its block is the page's number (set 46 printed "12" mid-page): running
        // text never leaves a number alone between blank lines without a mark or a word beside it.
        XCTAssertEqual(FurnitureRule.match(block(["5"]), atPageEdge: false), "FurnitureRule.pageLabel")
        XCTAssertNil(FurnitureRule.match(block(["5", "全市举行纪念活动"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["2021年7月2日召开"]), atPageEdge: true))
    }

    func testSectionLabelOnlyAtThePageEdge() {
        XCTAssertEqual(FurnitureRule.match(block(["要闻"]), atPageEdge: true), "FurnitureRule.sectionLabel")
        XCTAssertNil(FurnitureRule.match(block(["要闻"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["全国春耕备耕有序推进"]), atPageEdge: true))
    }

    func testABareDateBesideTheStaffCreditIsFurnitureAnywhere() {
        XCTAssertEqual(FurnitureRule.match(block(["2019年9月9日", "责任编辑：邱晨"]), atPageEdge: false), "FurnitureRule.masthead")
        XCTAssertNil(FurnitureRule.match(block(["2019年9月9日", "全市举行纪念活动"]), atPageEdge: false), "a date over text is no furniture")
        XCTAssertEqual(FurnitureRule.match(block(["国际", "本版编辑：高远"]), atPageEdge: false), "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isEditorCredit("首席编辑：宋雨 视觉编辑：林可"))
        XCTAssertFalse(MastheadLabel.isEditorCredit("编辑部：欢迎来稿"), "a title must end in 编辑")
        XCTAssertFalse(MastheadLabel.isEditorCredit("他说：编辑工作很辛苦"))
        XCTAssertEqual(FurnitureRule.match(block(["14", "人民日报 体育"]), atPageEdge: true), "FurnitureRule.masthead")
        XCTAssertTrue(MastheadLabel.isLabel("人民日报 体育"))
        XCTAssertFalse(MastheadLabel.isLabel("赵 丽"), "spaced parts need a paper's name among them")
    }

    func testALabelAboveThePagesFirstTextStandsThoughItsWordRecurs() {
        let page = blocks("体育\n\n本报记者 钱振宇\n为期四周的集训结束。体育专家认为，年轻队员进步明显。\n\n赛事服务\n更加精细")
        XCTAssertEqual(FurnitureRule.match(page)[0], "FurnitureRule.sectionLabel", "no head is moved above the first text")
    }

    func testALongerLabelOverAHeadIsItsKicker() {
        let page = blocks("2020年3月28日 星期六\n要闻\n\n科技助力\n\n我国成功发射一颗\n新型遥感卫星\n\n新华社西昌3月27日电（记者 林晓雪） 我国27日成功发射一颗卫星。")
        let result = FurnitureRule.match(page)
        XCTAssertNotNil(result[0])
        XCTAssertNil(result[1], "a four-character label over a head is a kicker")
        XCTAssertTrue(FurnitureRule.isKicker("文物保护", over: block(["三星堆新发现六座祭祀坑"])))
        // Counter-cases: a two-character section name, one ending as section
        // names do, a paper's name, and a label over a byline or over text.
        XCTAssertFalse(FurnitureRule.isKicker("要闻", over: block(["三星堆新发现六座祭祀坑"])))
        XCTAssertFalse(FurnitureRule.isKicker("国际新闻", over: block(["联合国秘书长呼吁保护平民"])))
        XCTAssertFalse(FurnitureRule.isKicker("文化周刊", over: block(["非遗手艺走进百姓身边"])))
        XCTAssertFalse(FurnitureRule.isKicker("江南日报", over: block(["非遗手艺走进百姓身边"])))
        XCTAssertFalse(FurnitureRule.isKicker("科技前沿", over: block(["本报记者 喻思南"])))
        XCTAssertFalse(FurnitureRule.isKicker("科技前沿", over: block(["记者日前从中国科学院获悉，研究人员开发出一种电池。"])))
    }

    func testAColumnLabelOverABylineIsFurnitureAnywhere() {
        let page = blocks("""
            首批42家中小企业挂牌

            产经观察

            新华社北京7月8日电
            （记者 李奕） 国家统计局8日发布数据。

            湘中日报

            本报讯 （记者 谭静） 由省美术馆主办的作品展开展。

            城事

            本报记者 周雨桐
            11月3日晚，家住江湾小区的杨先生发现电脑迟迟没有发货。
            """)
        let result = FurnitureRule.match(page)
        XCTAssertNil(result[0])
        XCTAssertEqual(result[1], FurnitureRule.columnLabel, "a rubric over a byline")
        XCTAssertEqual(result[3], FurnitureRule.columnLabel, "a paper's name over a byline")
        XCTAssertEqual(result[5], FurnitureRule.columnLabel, "a section name over a reporter line")
        // Counter-cases: a rubric over a head is its kicker, and a head over a byline is a head.
        let headed = FurnitureRule.match(blocks("春耕时节农事忙。\n\n国际观察\n\n多国加快推进区域电力互联\n\n新华社电 东盟多国加快推进电网建设。"))
        XCTAssertNil(headed[1])
        let head = FurnitureRule.match(blocks("春耕时节农事忙。\n\n全省茶叶出口保持增长\n\n本报讯 （记者 蔡文博） 记者昨天获悉。"))
        XCTAssertNil(head[1])
        // A short headline is no section name, a headline ending in 报 no paper's name.
        for (headline, byline) in [("春运首日", "本报讯（记者 李芳） 今天是春运首日。"), ("中方回应", "新华社北京9月19日电 外交部发言人表示。"),
                                   ("一份特殊的喜报", "本报记者 周雨桐")] {
            XCTAssertNil(FurnitureRule.match(blocks("春耕时节农事忙。\n\n\(headline)\n\n\(byline)\n家住江湾小区的杨先生说。"))[1], headline)
        }
    }

    func testBracketedLabelsHotlinesAndChiefEditorsAreFurniture() {
        XCTAssertEqual(FurnitureRule.match(block(["【国际简讯】"]), atPageEdge: false), "FurnitureRule.bracketedLabel")
        XCTAssertEqual(FurnitureRule.match(block(["【城事·速递】"]), atPageEdge: false), "FurnitureRule.bracketedLabel")
        XCTAssertNil(FurnitureRule.match(block(["【国际简讯】联合国秘书长发表声明"]), atPageEdge: false), "text after the label")
        XCTAssertNil(FurnitureRule.match(block(["【1】"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["【编者按】"]), atPageEdge: false), "a label heading a passage of the article")
        XCTAssertNil(FurnitureRule.match(block(["【相关链接】"]), atPageEdge: false))
        XCTAssertEqual(FurnitureRule.match(block(["本报新闻热线：96011"]), atPageEdge: false), "FurnitureRule.registration")
        XCTAssertTrue(MastheadLabel.isHotline("新闻热线：0551-12345678"))
        XCTAssertFalse(MastheadLabel.isHotline("开通服务热线：方便群众"), "a hotline line ends on its number")
        XCTAssertFalse(MastheadLabel.isHotline("他说：热线96011"))
        XCTAssertTrue(MastheadLabel.isEditorCredit("本版主编 罗川 责任编辑 林一帆"))
    }

    func testAPapersLatinNameIsFurniture() {
        let page = blocks("研讨会上，多所学校分享了线上教学经验。\n\nEUROPE TIMES\n\n制造业景气水平有所回落")
        XCTAssertEqual(FurnitureRule.match(page)[1], "FurnitureRule.paperName")
        XCTAssertTrue(FurnitureRule.isLatinPaperName("PEOPLE'S DAILY"))
        XCTAssertFalse(FurnitureRule.isLatinPaperName("NBA"))
        XCTAssertFalse(FurnitureRule.isLatinPaperName("WTA1000 总决赛"))
        XCTAssertFalse(FurnitureRule.isLatinPaperName("iPhone 15 Pro"))
        XCTAssertFalse(FurnitureRule.isLatinPaperName("CPI PPI"), "too short for a name")
    }

    func testAReprintsReferenceAndAPhotoNoteAreFurniture() {
        XCTAssertEqual(FurnitureRule.match(block(["人民日报 2021年1月5日第6版社会"]), atPageEdge: false), "FurnitureRule.folioLine")
        XCTAssertEqual(FurnitureRule.match(block(["（本版图片均由受访单位提供）"]), atPageEdge: false), "FurnitureRule.photoNote")
        // Counter-cases: a sentence citing a page; a bracketed note that is no photo credit.
        XCTAssertNil(FurnitureRule.match(block(["该文刊于2021年1月5日第6版。"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["（作者为北京大学教授）"]), atPageEdge: false))
    }

    func testABarePageNumberIsFurnitureAnywhere() {
        XCTAssertEqual(FurnitureRule.match(block(["12"]), atPageEdge: false), "FurnitureRule.pageLabel")
        XCTAssertNil(FurnitureRule.match(block(["12%"]), atPageEdge: false))
        XCTAssertNil(FurnitureRule.match(block(["2024"]), atPageEdge: false), "a year is no page number")
        // A figure over its unit is an infographic's, not the page's number.
        XCTAssertNil(FurnitureRule.match(blocks("数说民生实事\n\n86\n\n个老旧小区完成电梯加装\n"))[1])
    }

    func testTheWebAddressIsFurniture() {
        XCTAssertEqual(FurnitureRule.match(block(["中国农网：www.farmer.com.cn"]), atPageEdge: false), "FurnitureRule.registration")
        XCTAssertTrue(MastheadLabel.isWebAddress("http://www.example.cn"))
        XCTAssertTrue(MastheadLabel.isWebAddress("people.com.cn"))
        // Counter-cases: a share, a version, a head naming a site, a sentence with an address in it.
        XCTAssertFalse(MastheadLabel.isWebAddress("增长5.8%"))
        XCTAssertFalse(MastheadLabel.isWebAddress("Python 3.12发布"))
        XCTAssertFalse(MastheadLabel.isWebAddress("市民可登录政府网站www.gov.cn查询"))
        XCTAssertFalse(MastheadLabel.isWebAddress("专家提醒：www.abc.com并非官网"))
        XCTAssertFalse(MastheadLabel.isWebAddress("报名网址：www.hzrsks.gov.cn"), "an address the text gives")
    }

    func testAShortLabelBesideFurnitureStandsThoughItsWordRecurs() {
        let page = blocks("本报讯 今年赛事将在市体育中心举行。\n\n我市泳将\n收获11枚金牌\n\n体育\n\n第12版\n\n国乒继续领跑\n\n新华社电 市体育局介绍了赛事安排。")
        let result = FurnitureRule.match(page)
        XCTAssertEqual(result[2], "FurnitureRule.sectionLabel", "no section head is two characters long")
        XCTAssertEqual(result[3], "FurnitureRule.pageLabel")
    }

    func testLabelNextToFurnitureButEchoedInBodyIsNotFurniture() {
        let page = blocks("2020年3月28日 星期六\n\n要闻\n\n体育部门将继续推进健身步道建设。\n\n健身步道")
        let result = FurnitureRule.match(page)
        XCTAssertEqual(result[0], "FurnitureRule.folioLine")
        XCTAssertEqual(result[1], "FurnitureRule.sectionLabel")
        XCTAssertNil(result[2])
        XCTAssertNil(result[3], "a short line the body repeats is a section head")
    }
}

final class ReportedSpeechTests: XCTestCase {
    func testAShortBlockReportingSpeechIsTheStartOfAParagraph() {
        XCTAssertTrue(DisplayLineRule.reportsSpeech("专家建议，银行应进一步完善风险"))
        XCTAssertFalse(DisplayLineRule.reportsSpeech("小小“一次性”，背后是大观念"), "a head may hold a comma")
        XCTAssertFalse(DisplayLineRule.reportsSpeech("说到做到"))
        XCTAssertFalse(DisplayLineRule.reportsSpeech("网络小说，火了"), "说 and 称 end other words")
        XCTAssertFalse(DisplayLineRule.reportsSpeech("简称，“双减”"))
        XCTAssertTrue(DisplayLineRule.reportsSpeech("数据显示，美国9月个人"))
        XCTAssertTrue(DisplayLineRule.reportsSpeech("据了解，北延段全长约"))
        XCTAssertTrue(DisplayLineRule.reportsSpeech("据新华社报道，当地"))
        XCTAssertTrue(DisplayLineRule.reportsSpeech("据监测，全国草原综合植被"))
        XCTAssertFalse(DisplayLineRule.reportsSpeech("据守一线，护航春运"), "据 as a verb opens a head")
        XCTAssertFalse(DisplayLineRule.opensWithAttribution("据点建设提速"), "no comma")
        XCTAssertFalse(DisplayLineRule.opensWithAttribution("据，"))
        let reading = PageReader.read("""
        普惠金融服务持续下沉

        本报讯（记者 王晓明） 多家银行推出线上信用贷款，
        小微企业从申请到放款最快只需十分钟。

        专家建议，银行应进一步完善风险

        定价能力，既要让利实体经济，也
        要守住风险底线。
        """)
        XCTAssertEqual(reading.articles.count, 1)
        XCTAssertEqual(reading.articles.first?.sectionHeads, [])
        XCTAssertEqual(reading.articles.first?.paragraphs.last, "专家建议，银行应进一步完善风险定价能力，既要让利实体经济，也要守住风险底线。")
    }
}

final class DisplayLineRuleTests: XCTestCase {
    func testShortUnpunctuatedBlocksAreCandidates() {
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["当前情况下，中美应该团结抗疫"])))
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["疫情防控", "取得阶段性重要成效"])))
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["数字人民币离我们还有多远？"])))
    }

    func testCounterCases() {
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["会议还研究了其他事项。"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["国家统计局新闻发言人表示，"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["“只要村里人需要，我"])), "an unclosed quote")
        XCTAssertTrue(DisplayLineRule.isCandidate(block(["推动共建“一带一路”高质量发展"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["新华社电 国家主席习近平"])))
        XCTAssertFalse(DisplayLineRule.isCandidate(block(["甲", "乙", "丙", "丁"])))
    }
}

final class PullQuoteRuleTests: XCTestCase {
    let body = PageText(["习近平指出，流行性疾病不分国界。国际社会只有共同应对，才能战而胜之。要支持湖北有序复工复产。",
                         "他说：“保护是前提，发展是目的。”村党支部书记说"])

    func testWholeSentenceIsAPullQuote() {
        XCTAssertTrue(PullQuoteRule.matches(block(["国际社会只有共同应对，才能战而胜之"]), in: body))
        XCTAssertTrue(PullQuoteRule.matches(block(["“保护是前提，发展是目的。”"]), in: body))
    }

    func testClauseIsNotAPullQuote() {
        XCTAssertFalse(PullQuoteRule.matches(block(["支持湖北有序复工复产"]), in: body), "a section head repeats a clause")
        XCTAssertFalse(PullQuoteRule.matches(block(["流行性疾病不分国界"]), in: body))
    }

    func testWordsLiftedFromAQuotationAreAPullQuote() {
        let page = PageText(["夕阳西下，他端详着刚刚完成的新版。“手艺人一辈子就做一件事，做好了，也就对得起祖宗。”",
                             "老人说：“后来河水臭得不敢靠近，现在又能看到鱼群了，心里高兴。”"])
        XCTAssertTrue(PullQuoteRule.matches(block(["手艺人一辈子就做一件事"]), in: page))
        XCTAssertTrue(PullQuoteRule.matches(block(["现在又能看到鱼群了"]), in: page))
        // Counter-cases: a head quoting with its own marks; the reporter's clause outside the quotation.
        XCTAssertFalse(PullQuoteRule.matches(block(["“手艺人一辈子就做一件事”"]), in: page))
        XCTAssertFalse(PullQuoteRule.matches(block(["他端详着刚刚完成的新版"]), in: page))
    }

    func testADisplayLineWithACommaRepeatingTheBodyIsAPullQuote() {
        let page = PageText(["会议指出，长江大保护是一项长期任务，必须久久为功。要坚持精准治污、科学治污、依法治污。",
                             "“保护是前提，发展是目的。”村党支部书记说。"])
        XCTAssertTrue(PullQuoteRule.matches(block(["长江大保护是一项长期任务，", "必须久久为功"]), in: page))
        // Counter-cases: a head listing with "、" repeats its section's clause; a fragment of running text is no display line.
        XCTAssertFalse(PullQuoteRule.matches(block(["坚持精准治污、科学治污、依法治污"]), in: page))
        XCTAssertFalse(PullQuoteRule.matches(block(["“保护是前提，发展是目"]), in: page))
    }

    func testALongRepeatOfReportedSpeechIsAPullQuote() {
        let text = "商务部有关负责人表示，扩大消费要坚持短期和长期相结合，既要稳住汽车家电等大宗消费。校长说，孩子们有了更好的学习环境，学习劲头更足了。"
        for page in [PageText([text]), PageText([text, "e\u{301}"])] {  // scalar and table coding
            XCTAssertTrue(PullQuoteRule.liftsClause(block(["扩大消费要坚持短期和长期相结合"]), in: page))
            XCTAssertTrue(PullQuoteRule.quotesReportedSpeech(block(["扩大消费要坚持短期和长期相结合"]), in: page))
            // Counter-cases: a shorter clause after "说，" may be a section head; a clause after a plain comma is none.
            XCTAssertFalse(PullQuoteRule.quotesReportedSpeech(block(["孩子们有了更好的学习环境"]), in: page))
            XCTAssertFalse(PullQuoteRule.liftsClause(block(["孩子们有了更好的学习环境"]), in: page))
            XCTAssertFalse(PullQuoteRule.matches(block(["孩子们有了更好的学习环境"]), in: page))
            XCTAssertFalse(PullQuoteRule.quotesReportedSpeech(block(["既要稳住汽车家电等大宗消费"]), in: page))
        }
    }

    func testALineQuotingAPhraseRepeatsTheText() {
        let page = PageText(["投诉中，“办卡容易退卡难”问题最为突出。", "“只要乡亲们需要，我就一直干下去。”他说。"])
        XCTAssertTrue(PullQuoteRule.repeats(block(["“办卡容易退卡难”问题最为突出"]), in: page))
        XCTAssertFalse(PullQuoteRule.repeats(block(["“只要乡亲们需要”"]), in: page), "a head that is one whole quotation")
    }

    func testALongRepeatOfASentencesEndIsAPullQuote() {
        let page = PageText(["长江口深水航道维护疏浚工程近期顺利完成年度首轮作业，航道全年通航保证率保持在98%以上。",
                             "各地热烈庆祝中华人民共和国成立72周年。家长可以通过手机查看饭菜制作过程。"])
        XCTAssertTrue(PullQuoteRule.liftsClause(block(["航道全年通航保证率保持在98%以上"]), in: page))
        // Counter-cases: a slogan is a kicker; shorter repeats of a clause may be heads.
        XCTAssertFalse(PullQuoteRule.liftsClause(block(["热烈庆祝中华人民共和国成立72周年"]), in: page))
        XCTAssertFalse(PullQuoteRule.liftsClause(block(["航道全年通航保证率保持"]), in: page))
        // A sentence's whole first clause, from its start to its comma, is lifted too…
        let court = PageText(["法官表示，商家不能通过单方标注扩大不适用无理由退货的商品范围，否则将承担不利后果。"])
        XCTAssertTrue(PullQuoteRule.liftsClause(block(["商家不能通过单方标注扩大不适用无理由退货的商品范围"]), in: court))
        // …but not a clause cut from its middle.
        XCTAssertFalse(PullQuoteRule.liftsClause(block(["通过单方标注扩大不适用无理由退货的商品"]), in: court))
    }

    func testEchoIsAnyVerbatimRepeat() {
        XCTAssertTrue(PullQuoteRule.echoes(block(["支持湖北有序复工复产"]), in: body))
        XCTAssertFalse(PullQuoteRule.echoes(block(["习近平主持召开会议"]), in: body))
    }
}

final class PullQuotePositionTests: XCTestCase {
    /// A headline set after its body, then a line repeating what someone
    /// said: a pull quote, though `DeckRule.underHeadline` would make a
    /// repeated sentence under a headline its deck.
    func testReportedSpeechUnderAHeadlineIsAPullQuote() {
        let page = """
        新华社北京6月12日电 商务部等部门日前
        联合部署推动汽车家电消费。
        商务部有关负责人表示，扩大消费
        要坚持短期和长期相结合，既要稳住
        大宗消费，也要培育新型消费。

        多部门部署推动汽车家电消费

        扩大消费要坚持短期和长期相结合

        本报讯 记者从市文旅局获悉，端午假期全市
        接待游客超过一百万人次。
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.first?.headline, "多部门部署推动汽车家电消费")
        XCTAssertEqual(articles.first?.pullQuotes, ["扩大消费要坚持短期和长期相结合"])
        XCTAssertEqual(articles.first?.subheadlines, [])
    }

    /// A headline lifted from what was said in its own lead heads it: it
    /// repeats only text below it, and a byline stands under it.
    func testAHeadlineRepeatingItsLeadIsNoPullQuote() {
        let page = """
        推动民营经济高质量发展取得新成效

        本报记者 李明

        本报北京3月5日电 全国工商联
        4日召开民营企业座谈会。会议
        强调，推动民营经济高质量发展
        取得新成效，要进一步优化营商
        环境，切实解决企业融资难问题。
        """
        XCTAssertEqual(PageReader.read(page).articles.first?.headline, "推动民营经济高质量发展取得新成效")
    }

    /// Words lifted from a quotation, under a headline and its deck: a pull
    /// quote, not a third head line.
    func testAQuotationsWordsUnderAHeadlineAreAPullQuote() {
        let page = """
        本报讯 新一代超导量子计算原型机日前
        研制成功。“比特数量的增加只是一方面，
        更关键的是在规模扩大的同时保持高精度。”
        研究团队负责人说。

        超导量子计算原型机
        实现新突破

        量子比特数量和操控精度同步提升

        更关键的是在规模扩大的同时保持高精度

        本报讯 记者从省农科院获悉，农业科技成果
        转化平台日前上线运行。
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.first?.headline, "超导量子计算原型机实现新突破")
        XCTAssertEqual(articles.first?.subheadlines, ["量子比特数量和操控精度同步提升"])
        XCTAssertEqual(articles.first?.pullQuotes, ["更关键的是在规模扩大的同时保持高精度"])
    }

    func testPunctuatedBlockRepeatingBodyFromMidSentenceIsAQuote() {
        let body = PageText(["出口方面，去年我国新能源汽车出口120.3万辆，同比增长77.6%。比亚迪等车企"])
        XCTAssertTrue(PullQuoteRule.matches(block(["去年我国新能源汽车出口120.3万辆，同比增长77.6%。"]), in: body))
        XCTAssertFalse(PullQuoteRule.matches(block(["今年我国新能源汽车出口大幅增长。"]), in: body))
    }

    func testQuoteSetApartFromTheColumn() {
        XCTAssertTrue(PullQuoteRule.isSetApart(block(["去年我国新能源汽车出口120.3万辆，同比增长77.6%。"]), column: 13))
        XCTAssertFalse(PullQuoteRule.isSetApart(block(["收到商品之日起七日内有权", "无理由退货。"]), column: 13))
        XCTAssertFalse(PullQuoteRule.isSetApart(block(["新华社电 中共中央政治局3月27日召开会议，分析国内外形势"]), column: 13),
                       "a wide lead opening with a byline is running text")
    }

    func testALineUnderTheWordsItRepeatsIsAPullQuote() {
        let page = """
        人工智能辅助诊断进入基层

        本报讯（记者 何畅） 全省百余家县级医院已接入人工智能影像
        辅助诊断系统，诊断时间缩短一半，阅片效率提高了一倍多。

        阅片效率提高了一倍多

        一位放射科医生说，系统会先标出可疑病灶，医生再逐一复核，
        漏诊明显减少。
        """
        let reading = PageReader.read(page)
        XCTAssertEqual(reading.articles.count, 1)
        XCTAssertEqual(reading.articles.first?.pullQuotes, ["阅片效率提高了一倍多"])
        XCTAssertEqual(reading.articles.first?.sectionHeads, [])
        XCTAssertEqual(reading.blocks.first { $0.role == .pullQuote }?.rule, PullQuoteRule.repeatsTextAbove + " + PullQuoteRule.ownerHoldsText")
        // Counter-case: a head that announces the text below stays a section head.
        let announced = page.replacingOccurrences(of: "阅片效率提高了一倍多\n\n一位", with: "医生复核漏诊减少\n\n一位")
        XCTAssertEqual(PageReader.read(announced).articles.first?.sectionHeads, ["医生复核漏诊减少"])
        // Counter-case: a headline set after its body, with the next head below it.
        let headlineAfter = """
        本报讯 近日，一位外卖骑手救起落水儿童的视频在网上热传。让好人有好报，
        社会才会有更多好人，让每一份善意都被看见、被珍惜。

        让每一份善意都被看见

        “一次办好”要落到实处

        本报讯 今年以来，全市推行政务服务“一次办好”改革，群众办事少跑了路。
        """
        XCTAssertEqual(PageReader.read(headlineAfter).articles.first?.headline, "让每一份善意都被看见")
    }

    func testALongSectionHeadRepeatingTheParagraphBelowIsAPullQuote() {
        let page = """
        新能源汽车产销连续七年全球第一

        本报北京1月7日电 （记者 丁晓峰） 中国汽车工业协会7日发布数据，我国新能源
        汽车产销量连续七年位居全球第一。

        新能源汽车已经从政策驱动转向市场驱动

        协会负责人表示，新能源汽车已经从政策驱动转向市场驱动。充电基础设施不断
        完善，消费者购买意愿明显增强。

        出口增长明显

        值得关注的是，新能源汽车出口表现亮眼，多家企业的海外订单创新高。
        """
        let article = PageReader.read(page).articles.first
        XCTAssertEqual(PageReader.read(page).articles.count, 1)
        XCTAssertEqual(article?.pullQuotes, ["新能源汽车已经从政策驱动转向市场驱动"])
        XCTAssertEqual(article?.sectionHeads, ["出口增长明显"], "a short head announcing its paragraph stays a head")
    }

    func testInAHeadedArticleALiftedLineOverASectionHeadIsAPullQuote() {
        let page = """
        三星堆新发现六座祭祀坑

        新华社成都3月14日电（记者 刘坚） 考古队负责人介绍，
        新发现的祭祀坑与上世纪发现的两座坑年代相近，坑内器物种类丰富，为研
        究古蜀文明提供了新的实物资料。

        为研究古蜀文明提供了新的实物资料

        首次搭建
        考古方舱

        此次发掘首次搭建了考古方舱，舱内恒温恒湿，最大限度避免对
        文物的污染。
        """
        let articles = PageReader.read(page).articles
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(articles.first?.pullQuotes, ["为研究古蜀文明提供了新的实物资料"])
        XCTAssertEqual(articles.first?.sectionHeads, ["首次搭建考古方舱"])
    }

    func testEchoInsideAnOpenSentenceBecomesAPullQuote() {
        let reading = PageReader.read("""
        改造之初，如何处理新与旧的
        关系是最大难题。设计团队逐栋
        调查建筑现状，对有价值的老建
        筑坚持应保尽保。

        街区还引入了非遗工作室、特色
        书店和咖啡馆等新业态。一位店主
        说，老街区有故事、有烟火气，这

        老街区有故事、有烟火气

        是很多新商圈比不了的。他说，
        周末的客流比过去多了好几倍，
        店里的生意也越来越好。
        """)
        XCTAssertEqual(reading.articles.count, 1)
        XCTAssertEqual(reading.articles.first?.pullQuotes, ["老街区有故事、有烟火气"])
        XCTAssertEqual(reading.articles.first?.paragraphs.count, 2)
        XCTAssertEqual(reading.blocks.first { $0.role == .pullQuote }?.rule.hasPrefix(PullQuoteRule.interruptsSentence), true)
    }
}

final class SentenceEndTests: XCTestCase {
    func testAgencyEndMarkClosesTheParagraph() {
        XCTAssertTrue("双方将继续加强合作。（完）".endsSentence)
        XCTAssertTrue("双方将继续加强合作。（记者 张三）".endsSentence)
        XCTAssertFalse("双方将继续加强合作（记者 张三）".endsSentence)
        XCTAssertFalse("党委（党组）".endsSentence)
    }

    func testResidentReporterLine() {
        XCTAssertTrue(BylineRule.isWholeLine("本报驻上海记者 王五"))
    }
}
