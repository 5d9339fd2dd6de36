/// `FurnitureRule`: page furniture is neither article text nor a headline.
///
/// - `folioLine`: a line carrying a full date with its weekday,
///   "2020年3月28日 星期六", possibly with a paper name or page label around it.
/// - `pageLabel`: a page number "第3版" / "3版" / "A3版", alone or with a
///   short section name ("第3版 要闻").
/// - A block of two lines may mix the two ("2021年7月2日 星期五" / "第4版").
/// - `dateLine`: a line that is only a full date ("2021年7月2日"), the folio
///   line without its weekday: at the page edge within a block, alone in its
///   block anywhere (extraction may set the folio mid-page, between columns);
///   so is a lone lettered page code ("A5").
/// - `masthead`: up to four lines around a folio line or page label, the
///   others short labels (`MastheadLabel`) or the page's staff credit:
///   "光明日报" / "2023年7月7日 星期五 3", "2022年3月4日 星期五" / "要闻",
///   "2019年9月24日 星期二" / "编辑：吴晶" / "综合新闻 3" / "农民日报"; at the
///   page edge also two to four labels of which one is a page code or a
///   paper's name (" B03" / "城事·民生", "江城晚报" / "城事" / "07").
///   Also at the page edge, a paper's name and a bare date on one line
///   ("华夏教育报 2023年9月6日").
/// - `pageLabel` also takes a bare page code with a section name ("6 产经")
///   at the page edge or next to other furniture.
/// - `editorCredit`: the page's staff line, "本版责编：王斌 徐阳" / "责任编辑：…" /
///   "版式设计：…", wherever it stands; with a bare date beside it
///   ("2019年9月9日" / "责任编辑：邱晨"), or labels ("国际" / "本版编辑：高远"),
///   it is a `masthead` wherever it stands.
/// - `registration`: the paper's registration line, "国内统一连续出版物号
///   CN11-0065", its news hotline, "本报新闻热线：96011", or its web address,
///   "中国农网：www.farmer.com.cn", wherever it stands.
/// - `sectionLabel`: a bare section name of at most four Han characters
///   ("要闻", "国际") standing alone in the first or last block of the page,
///   or next to another piece of furniture, where such labels are printed.
///   Inside the page a short line is a section head, so the rule does not
///   apply there; nor to a column rubric (`RubricLabel`), the kicker of the
///   head under it; nor to a label of three or four characters over a head
///   (`isKicker`). A label of at most `shortLabelLength` characters stands
///   even if its word recurs in the text ("体育" beside "第12版" on a sports
///   page): no section head is that short (none of 340 over the blind sets).
/// - `paperName`: a paper's name alone on its line ("民生消费报"), wherever
///   the extraction set it, unless it reads as a word of news ("喜报"): no
///   head over the blind sets has that shape. A `columnLabel` comes first.
/// - `folioLine` also: a line holding a full date with the weekday that
///   date fell on ("中共清源县委主办2023年9月28日星期四第3126期今日4版"),
///   whatever else it holds, if it has no sentence or clause punctuation;
///   with labels beside it, a `masthead`.
/// - `folioLine` also: a reprint's reference, a full date with a page
///   number ("人民日报 2021年1月5日第6版"), on a line without sentence marks.
/// - `photoNote`: a bracketed note on the page's pictures ("（本版图片均由受访
///   单位提供）") alone on its line.
/// - `masthead` also, anywhere: labels naming both the paper and the page
///   ("江城晚报" / "B04 体育").
/// - `issueLine`: the issue's number alone on its line, "总第3516期" or "第3126期
///   今日4版", wherever it stands: no head has that shape.
/// - `newsColumnLabel`: the name of a column of briefs alone on its line
///   ("环球快讯", "青年时讯"), wherever it stands.
/// - `bracketedLabel`: a column's name set in lenticular brackets alone in
///   its block ("【国际简讯】", "【城事速递】"), wherever it stands, except the
///   labels that head a passage inside an article ("【编者按】", "【相关链接】").
/// - `columnLabel`: a column's or paper's name alone on its line — a rubric
///   ("产经观察"), a section name of one or two characters ("城事"), two
///   such names joined by a middle dot ("城事·港航", `pairedSectionName`), or one
///   ending in a section's word ("综合新闻"), or a daily's name ("湘中日报") —
///   standing directly over a byline, wherever on the page: it names the
///   column the article runs in. A rubric over a *head* is that head's
///   kicker (`RubricLabel`); but no head is set between a byline and its
///   text, so a label over a byline heads nothing, and the article's own
///   headline is elsewhere (after its body, on such pages). Counter-case:
///   a label over a head stays, for the head-group rules to weigh.
enum FurnitureRule {
    static let name = "FurnitureRule"

    /// The furniture rule matching each block, or nil.
    ///
    /// A short line that occurs in the page's running text ("健身步道" moved
    /// to the page end) is a section head, not a label — except above the
    /// page's first text, where no head is moved to.
    static func match(_ blocks: [TextBlock]) -> [String?] {
        var result = blocks.map { match($0, atPageEdge: false) }
        let texts = blocks.map(\.joined)
        // A number over a line opening with its unit is a figure of an
        // infographic ("86" / "个老旧小区完成电梯加装"), not the page's number.
        for i in blocks.indices.dropLast() where isBareNumber(texts[i]) {
            if let unit = texts[i + 1].trimmingWhitespace.first, measureWords.contains(unit) { result[i] = nil }
        }
        for i in blocks.indices where result[i] == nil {
            let edge = i == 0 || i == blocks.count - 1
                || (i > 0 && result[i - 1] != nil) || (i + 1 < blocks.count && result[i + 1] != nil)
            guard edge, let label = match(blocks[i], atPageEdge: true) else { continue }
            // A name that recurs in the text is a section head; a page code's
            // digits recur in any page ("2" in "2022年").
            if label != "\(name).sectionLabel" { result[i] = label; continue }
            if i + 1 < blocks.count, result[i + 1] == nil, isKicker(texts[i], over: blocks[i + 1]) { continue }
            // Heads are moved to the page's end, never above its first text:
            // there a label stands even if its word recurs ("体育" over "体育专家认为…").
            if !(0..<i).contains(where: { result[$0] == nil }) { result[i] = label; continue }
            if texts[i].trimmingWhitespace.count <= shortLabelLength { result[i] = label; continue }
            let others = PageText(texts.indices.filter { $0 != i && result[$0] == nil }.map { texts[$0] })
            if !others.contains(others.needle(texts[i])) { result[i] = label }
        }
        for i in blocks.indices.dropLast() where result[i] == nil && result[i + 1] == nil {
            if isColumnLabel(blocks[i]), let first = blocks[i + 1].lines.first,
               BylineRule.opensLine(first.text) || BylineRule.isWholeLine(first.text) {
                result[i] = columnLabel
            }
        }
        for i in blocks.indices where result[i] == nil && blocks[i].lines.count == 1
            && (isPaperNameAnywhere(texts[i]) || isLatinPaperName(texts[i]) || isPaperWithLatinName(texts[i])) {
            result[i] = paperName
        }
        // `rubricInMasthead`: a rubric word between two pieces of furniture above
        // the page's first text ("18" / "乡村振兴" / "华夏日报" / the folio) names
        // the page, not a head: a kicker stands over its headline.
        for i in blocks.indices.dropFirst().dropLast() where result[i] == nil && result[i - 1] != nil && result[i + 1] != nil {
            guard blocks[i].lines.count == 1, !(0..<i).contains(where: { result[$0] == nil }), RubricLabel.isRubric(texts[i]) else { continue }
            result[i] = "\(name).sectionLabel"
        }
        return result
    }

    /// The name of the sub-rule that makes `block` furniture, or nil.
    /// - Parameter atPageEdge: the block is the first or last of the page, or next to furniture.
    static func match(_ block: TextBlock, atPageEdge: Bool) -> String? {
        guard block.lines.count <= mastheadLines else { return nil }
        let texts = block.texts
        if texts.allSatisfy(MastheadLabel.isEditorCredit) { return "\(name).editorCredit" }
        // A staff line with the desk's telephone under it.
        if texts.count == 2, MastheadLabel.isEditorCredit(texts[0]), MastheadLabel.isHotline(texts[1]) { return "\(name).editorCredit" }
        if texts.count == 1, MastheadLabel.isRegistration(texts[0]) || MastheadLabel.isHotline(texts[0]) || MastheadLabel.isWebAddress(texts[0]) {
            return "\(name).registration"
        }
        // A bare date is furniture at the page's edge, or beside the page's staff credit anywhere.
        let besideCredit = texts.count > 1 && texts.contains(where: MastheadLabel.isEditorCredit)
        let isDate = { (text: String) in
            FurniturePatterns.hasFolioDate(text) || ((atPageEdge || besideCredit) && FurniturePatterns.isBareDate(text))
        }
        if texts.count <= 2 {
            if texts.allSatisfy(FurniturePatterns.hasFolioDate) { return "\(name).folioLine" }
            if texts.allSatisfy(FurniturePatterns.isPageNumber) { return "\(name).pageLabel" }
            if texts.allSatisfy({ isDate($0) || FurniturePatterns.isPageNumber($0) }), texts.contains(where: isDate) {
                return texts.count == 1 ? "\(name).dateLine" : "\(name).folioLine"
            }
        }
        // A section name over the page's staff credit ("国际" / "本版编辑：高远").
        if besideCredit, texts.allSatisfy({ MastheadLabel.isLabel($0) || MastheadLabel.isEditorCredit($0) || isDate($0) }) {
            return "\(name).masthead"
        }
        let isAnchor = { (text: String) in isDate(text) || FurniturePatterns.isPageNumber(text) }
        if texts.contains(where: isAnchor),
           texts.allSatisfy({ isAnchor($0) || MastheadLabel.isLabel($0) || MastheadLabel.isEditorCredit($0) }) {
            return "\(name).masthead"
        }
        if texts.count == 1, isBracketedLabel(texts[0]) { return "\(name).bracketedLabel" }
        if texts.count == 1, isNewsColumnLabel(texts[0]) { return "\(name).newsColumnLabel" }
        if texts.count == 1, MastheadLabel.isIssueLine(texts[0]) { return "\(name).issueLine" }
        if texts.count == 1, !texts[0].containsSentencePunctuation, FurniturePatterns.hasDatedPage(texts[0]) { return "\(name).folioLine" }
        if texts.count == 1, isPhotoNote(texts[0]) { return "\(name).photoNote" }
        if texts.contains(where: FolioLine.holdsWeekdayCheckedDate),
           texts.allSatisfy({ FolioLine.holdsWeekdayCheckedDate($0) || MastheadLabel.isLabel($0) || MastheadLabel.isEditorCredit($0) }) {
            return texts.count == 1 ? "\(name).folioLine" : "\(name).masthead"
        }
        // Alone on its line, a lettered page code ("A5"), a bare page number or a full date is furniture
        // wherever the extraction put it: no head is either.
        if texts.count == 1, let t = texts.first {
            if let first = t.trimmingWhitespace.first, Glyph.isLatinLetter(first), MastheadLabel.isPageCode(t) { return "\(name).pageLabel" }
            // So is a page's bare number alone in its block ("12"): a head is never a number.
            if isBareNumber(t) { return "\(name).pageLabel" }
            if FurniturePatterns.isBareDate(t) { return "\(name).dateLine" }
        }
        if texts.count == 1, isPaperAndSection(texts[0]) { return "\(name).masthead" }
        if texts.count == 1, isPairedSectionName(texts[0]) { return "\(name).sectionLabel" }
        // Labels naming both the paper and the page ("江城晚报" / "B04 体育") are its masthead wherever
        // they stand; a bare number ("07") is too weak a page code away from the page's edge.
        if texts.count >= 2, texts.allSatisfy(MastheadLabel.isLabel), texts.contains(where: MastheadLabel.isPaperName),
           texts.contains(where: { MastheadLabel.isPageCodeWithSection($0) || (MastheadLabel.isPageCode($0) && $0.contains(where: Glyph.isLatinLetter)) }) {
            return "\(name).masthead"
        }
        guard atPageEdge else { return nil }
        if texts.count == 1, isNameAndDate(texts[0]) { return "\(name).masthead" }
        // A column rubric ("记者调查") heads the article under it, even at the page's edge.
        if texts.count == 1, let t = texts.first, RubricLabel.isRubric(t) { return nil }
        if texts.count == 1, let t = texts.first {
            if (1...4).contains(t.count), t.allSatisfy(Glyph.isHan) { return "\(name).sectionLabel" }
            if MastheadLabel.isPageCodeWithSection(t) || MastheadLabel.isPageCode(t) { return "\(name).pageLabel" }
            if MastheadLabel.isPaperName(t) || MastheadLabel.isSectionName(t) { return "\(name).sectionLabel" }
        }
        // Two to four labels at the edge, one of a shape no head has (a page
        // code, a paper's name, an issue's number): "江城晚报" / "城事" / "07",
        // "云溪融媒 第312期" / "县域新闻".
        if texts.count >= 2, texts.allSatisfy(MastheadLabel.isLabel),
           texts.contains(where: { MastheadLabel.isPageCode($0) || MastheadLabel.isPageCodeWithSection($0) || MastheadLabel.isPaperName($0)
               || MastheadLabel.isNamedIssue($0) }) {
            return "\(name).masthead"
        }
        return nil
    }

    /// `paperAndSection`: a daily's name and a section's, set apart by a space
    /// or a middle dot on one line ("女性时报 权益周刊", "江城晚报 体育新闻",
    /// "湖湘日报·经济新闻", a weekly's "青溪周刊·乡村新闻"): the page's running head, wherever the extraction put
    /// it. The section's name ends in a section's word, or has
    /// `shortSectionLength` characters and names no one ("解放军报 军事训练"). Counter-case: a paper's name alone mid-page
    /// may be a source line or a head and is weighed elsewhere; a longer phrase
    /// after it ("光明日报 创刊七十五周年") may be a head.
    static func isPaperAndSection(_ text: String) -> Bool {
        guard text.utf8.count <= 56, text.unicodeScalars.contains(where: { $0 == "报" || $0 == "刊" }) else { return false }  // most lines
        let parts = text.trimmingWhitespace.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "·" }).map(String.init)
        guard parts.count == 2, MastheadLabel.isPaperName(parts[0]),
              dailyEndings.contains(where: { parts[0].hasSuffix($0) }) || weeklyEndings.contains(where: { parts[0].hasSuffix($0) })
        else { return false }
        let section = parts[1]
        guard (2...6).contains(section.count), section.allSatisfy(Glyph.isHan) else { return false }
        if sectionEndings.contains(where: { section.hasSuffix($0) }) { return true }
        return section.count == shortSectionLength && !creditWords.contains { section.contains($0) }
    }

    /// A section name after a daily's that needs no section's word has four
    /// characters: a name of two or three ("光明日报 王五") or a title ("人民日报
    /// 评论员") is a credit, not a section.
    static let shortSectionLength = 4
    private static let creditWords = ["记者", "评论", "通讯", "编辑", "特约"]
    /// A weekly's name before its section ("青溪周刊·乡村新闻").
    private static let weeklyEndings = ["周刊", "周报"]

    /// `pairedSectionName`: two two-character section names joined by a middle
    /// dot, alone on a line ("消费·价格", "城事·民生", "科技·健康"): the page's
    /// section, wherever the extraction put it. Over the blind sets 31 such
    /// lines, none a head; a head of that shape ("匠心·传承", "中国·东盟") would
    /// be lost, the trade taken. Counter-case: a rubric of longer parts
    /// ("走基层·在一线") is a kicker and is left to `RubricLabel`.
    static func isPairedSectionName(_ text: String) -> Bool {
        guard text.utf8.count <= 24, text.unicodeScalars.contains("·") else { return false }  // most lines
        let parts = text.trimmingWhitespace.split(separator: "·", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { $0.count == 2 && $0.allSatisfy(Glyph.isHan) }
    }

    /// One to three ASCII digits and nothing else.
    static func isBareNumber(_ text: String) -> Bool {
        guard text.utf8.count <= 16, text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }  // most lines: no trimming
        let t = text.trimmingWhitespace
        return (1...3).contains(t.count) && t.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Units and measure words that follow a figure ("个", "公里", "万", "%").
    private static let measureWords: Set<Character> = ["个", "公", "万", "亿", "千", "百", "元", "吨", "家", "项", "名", "人", "次", "条", "座",
                                                        "所", "户", "台", "辆", "件", "平", "米", "年", "天", "%", "％", "余", "多", "位", "场", "亩", "岁"]

    /// `photoNote`: a note on the page's pictures set in brackets on its own
    /// line, "（本版图片均由受访单位提供）", "（照片由作者提供）": wherever it
    /// stands, it belongs to no article's text.
    static func isPhotoNote(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "（" || $0 == "(" }) else { return false }  // most lines: no trimming
        let line = text.trimmingWhitespace
        guard line.count <= 30, line.hasPrefix("（") || line.hasPrefix("("), line.hasSuffix("）") || line.hasSuffix(")") else { return false }
        return (line.contains("图片") || line.contains("照片") || line.contains("图由")) && (line.contains("提供") || line.contains("摄"))
    }

    /// A paper's name and a bare date on one line at the page's edge, set
    /// apart by a space ("华夏教育报 2023年9月6日"), with other labels if any:
    /// the folio line printed without its weekday.
    static func isNameAndDate(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count >= 2, parts.contains(where: MastheadLabel.isPaperName),
              parts.contains(where: FurniturePatterns.isBareDate) else { return false }
        return parts.allSatisfy { MastheadLabel.isLabel($0) || FurniturePatterns.isBareDate($0) }
    }

    static let paperName = "\(name).paperName"

    /// `paperName`: a paper's name alone on its line, wherever it stands
    /// ("民生消费报" between two articles): the extraction set the masthead
    /// there. Only a name ending in 报 of three or more characters counts here
    /// (not 报道 or 刊: "两会报道", "文学期刊" head passages), and not one whose
    /// last words are news or a saying ("一份特殊的喜报", "天气预报", "统计公报",
    /// "好人有好报", "一线战报"), unless they name a paper ("文汇报", "中国青年报",
    /// "现代快报", "人民画报", "申报").
    static func isPaperNameAnywhere(_ text: String) -> Bool {
        guard MastheadLabel.isPaperName(text) else { return false }
        let name = text.filter { !$0.isWhitespace }
        guard name.count >= 3, name.hasSuffix("报"), !name.hasSuffix("报道") else { return false }
        if paperEndingsInBao.contains(where: { name.hasSuffix($0) }) { return true }
        return !newsWordsInBao.contains { name.hasSuffix($0) }
    }

    /// `paperName` also: a line of capital Latin words alone, as papers print
    /// their names ("EUROPE TIMES", "CHINA DAILY", "PEOPLE'S DAILY"): two or
    /// more words, at least `latinPaperNameLetters` letters; a Chinese page
    /// sets no head or text that way. Counter-cases: an
    /// acronym ("NBA", "WTA1000") or a name in mixed case ("iPhone 15") heads
    /// a passage.
    static func isLatinPaperName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !SimpleScalars.isWhitespace($0) }), ("A"..."Z").contains(first) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard words.count >= 2 else { return false }
        var letters = 0
        for word in words {
            for s in word.unicodeScalars {
                if ("A"..."Z").contains(s) { letters += 1 } else if s != "'" && s != "’" && s != "&" && s != "." { return false }
            }
        }
        return letters >= latinPaperNameLetters
    }
    static let latinPaperNameLetters = 8

    /// A paper's name with its Latin name after it, "欧华日报 OUHUA DAILY": the
    /// masthead of a paper abroad. The Latin name is capitals, at least
    /// `latinPaperNameLetters` of them.
    static func isPaperWithLatinName(_ text: String) -> Bool {
        // Asked of every one-line block: first a capital letter among the bytes.
        guard text.utf8.count <= 64, text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return false }
        let trimmed = text.trimmingWhitespace
        guard let space = trimmed.firstIndex(of: " ") else { return false }
        let name = String(trimmed[..<space])
        return MastheadLabel.isPaperName(name) && dailyEndings.contains(where: { name.hasSuffix($0) })
            && isLatinPaperName(String(trimmed[space...]))
    }

    private static let paperEndingsInBao = ["文汇报", "青年报", "快报", "画报", "申报", "日报", "晚报", "晨报", "早报", "时报", "商报", "导报"]
    private static let newsWordsInBao = ["喜报", "捷报", "简报", "情报", "海报", "预报", "通报", "公报", "汇报", "回报", "举报", "警报",
                                         "电报", "年报", "月报", "季报", "画报", "板报", "墙报", "抄报", "好报", "善报", "图报", "战报",
                                         "党报", "小报", "学报"]

    /// `newsColumnLabel`: the name of a column of briefs alone on its line,
    /// wherever it stands — a word or two ending in 快讯, 简讯, 时讯, 短讯, 资讯,
    /// 速递 or 速览 ("环球快讯", "青年时讯", "■ 体坛速览"): it heads a run of items,
    /// each with its own headline, and is none of theirs. Over the blind
    /// sets, six such lines, none a head in the truth. Counter-case: a
    /// headline that ends on such a word is longer ("全市政务服务开通速递" is no
    /// label: at most `newsColumnLabelLength` characters).
    /// So is a section's name of a two-character word and 新闻 or 要闻 ("综合新闻",
    /// "国际新闻", "生活新聞" on a page in traditional characters): 29 such lines
    /// alone on theirs over the blind sets, none a head. Counter-case: a head
    /// about news is longer ("警惕网络假新闻") or shorter ("假新闻").
    static func isNewsColumnLabel(_ text: String) -> Bool {
        let name = String(text.trimmingWhitespace.drop { "■□◆●▲".contains($0) }).trimmingWhitespace
        guard (3...newsColumnLabelLength).contains(name.count), name.allSatisfy(Glyph.isHan) else { return false }
        if name.count == 4, name.hasSuffix("新闻") || name.hasSuffix("要闻") { return true }
        return ["快讯", "简讯", "时讯", "短讯", "资讯", "速递", "速览"].contains { name.hasSuffix($0) }
    }

    static let newsColumnLabelLength = 6

    /// `sectionLabel` counter-case: a label of three or four characters set
    /// over a head ("科技助力" over "我国成功发射一颗" / "新型遥感卫星", "文物保护"
    /// over "三星堆新发现六座祭祀坑") is the head's kicker: section names are
    /// mostly two characters ("要闻", "城市", "地方"), and the longer ones end
    /// on a word that names a section (`sectionEndings`: "国际新闻", "文化周刊").
    static func isKicker(_ label: String, over next: TextBlock) -> Bool {
        let name = label.trimmingWhitespace
        guard (3...4).contains(name.count), !sectionEndings.contains(where: { name.hasSuffix($0) }), !MastheadLabel.isPaperName(name),
              let first = next.lines.first, !BylineRule.opensLine(first.text), !BylineRule.isWholeLine(first.text)
        else { return false }
        return DisplayLineRule.isCandidate(next)
    }

    static let columnLabel = "\(name).columnLabel"

    /// "【国际简讯】": two to eight Han characters (a "·" allowed) in lenticular
    /// brackets. Counter-case: labels that head a passage inside an article
    /// ("【编者按】", "【相关链接】", "【延伸阅读】") are not furniture.
    static func isBracketedLabel(_ text: String) -> Bool {
        let label = text.trimmingWhitespace
        guard label.hasPrefix("【"), label.hasSuffix("】") else { return false }
        let name = String(label.dropFirst().dropLast())
        guard (2...8).contains(name.count), name.allSatisfy({ Glyph.isHan($0) || $0 == "·" }) else { return false }
        return !passageLabelWords.contains { name.contains($0) }
    }

    /// Words of labels that head a passage of an article rather than name a column.
    static let passageLabelWords = ["编者按", "链接", "阅读", "背景", "贴士", "点评", "手记", "提示", "释疑", "问答", "案例"]

    /// The longest label that is never a section head, in characters.
    static let shortLabelLength = 3

    /// A one-line block naming a column or a paper: a rubric ("产经观察"), a
    /// section name of one or two characters ("城事"), a daily's name ("湘中日报").
    /// Counter-cases: a short headline ("春运首日", "中方回应") is no section
    /// name, and a headline ending in 报 ("一份特殊的喜报") no paper's name.
    static func isColumnLabel(_ block: TextBlock) -> Bool {
        guard block.lines.count == 1, let text = block.texts.first else { return false }
        let name = text.trimmingWhitespace
        // A long-form rubric ("探访地下综合管廊") may as well be the headline over the byline.
        if name.count <= RubricLabel.maximumLength, RubricLabel.isRubric(name) { return true }
        if (1...2).contains(name.count), MastheadLabel.isSectionName(name) { return true }
        if isPairedSectionName(name) { return true }
        // A section's name ("综合新闻", "文化周刊").
        if (3...4).contains(name.count), name.allSatisfy(Glyph.isHan), sectionEndings.contains(where: { name.hasSuffix($0) }) { return true }
        return MastheadLabel.isPaperName(name) && dailyEndings.contains { name.hasSuffix($0) }
    }

    /// How the names of newspapers end ("日报", "晚报", …).
    static let dailyEndings = ["日报", "晚报", "早报", "商报", "时报", "周报", "都市报", "青年报", "法治报", "科技报", "军报"]

    /// Words that end the name of a section rather than a kicker.
    static let sectionEndings = ["新闻", "要闻", "周刊", "专刊", "副刊", "特刊", "专版", "广角", "天地"]

    /// Most lines in a masthead block: paper, date, weekday, page label, section.
    static let mastheadLines = 5
}
