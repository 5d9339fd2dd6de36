import Foundation

/// `BylineRule`: bylines and datelines open articles.
///
/// Forms recognised at the start of a line:
/// - agency or paper datelines ending in 电: "新华社电", "新华社北京7月1日电",
///   "本报北京5月12日电", "中新社上海3月2日电", optionally followed by a
///   parenthesised reporter credit "（记者 王晓明）";
/// - "本报讯", optionally with the same credit;
/// - an agency dateline with a place and no date, "新华社日内瓦电", when a
///   space or a credit follows its 电 (a body line "新华社记者从国家电网…" must
///   not read as one);
/// - a dateline with an unbracketed credit, "本报北京5月20日电 记者 张晨",
///   "本报讯 记者 王春 通讯员 陈 洁 自称…" (see `unbracketedCredit`);
/// - a reporter line "本报记者 何畅" / "新华社记者 张三 李四" /
///   "本报驻上海记者 王五": reporter
///   names separated by spaces and nothing else on the line; likewise a
///   commentator line "本报评论员" / "评论员 李明", with or without names;
///   a column signature "□ 李然".
///
/// A dateline wrapped in a narrow column may break before its 电: a line that
/// is nothing but agency, place and date ("新华社北京9月19日", then "电（记者
/// 刘洋）外交部…") opens the article too (`datelineHead`); so does one that
/// broke before the date, agency and place alone ("新华社武汉", then "6月17日
/// 电 记者17日从…"); so does another paper's, broken before its 电 after a
/// whole date ("科技日报合肥6月14日", `paperDatelineHead`). A body line says more: "新华社记者近日走访" is not a head,
/// nor is a place that is a title, a source or a kind of piece ("新华社记者",
/// "本报综合", "央视新闻", "本报评论员", "人民日报社论", "新华社述评",
/// "本报特稿", "人民日报海外版", "新华社供图").
///
/// At the end of an article, a bracketed author note "（作者为…）" is its
/// byline when nothing opened it (`authorNote`).
///
/// The byline is cut from the paragraph it opens ("新华社电 国家主席习近平"
/// gives byline "新华社电" and a paragraph starting "国家主席习近平"); a credit
/// that wrapped onto the next line is found in the joined paragraph text.
enum BylineRule {
    static let name = "BylineRule"

    /// A credit without brackets after a dateline: " 记者 张昊", " 记者 王春
    /// 通讯员 陈 洁". Each name is two to four characters, or two set apart
    /// by a space ("陈 洁"), and is followed by a space or the end: the text
    /// after a credit runs on without one ("记者 张昊 最高人民法院8日发布…"
    /// takes 张昊 and stops), so "新华社电 记者从中国科学院获悉" is a dateline
    /// and a sentence. A title cut by the line's end ("通讯" / "员 陈 洁") is
    /// no name.
    /// Two or more credits whose names follow their titles with no space,
    /// each name then followed by a space: "本报讯 记者张昊 通讯员刘晓燕 6月13日，…".
    /// One such credit alone is not enough ("新华社电 记者从有关方" ends a line
    /// the way a name would), and a name must be followed by a space, as a
    /// sentence after 记者 never is within four characters.
    private static let unspacedCredits = try! NSRegularExpression(pattern:
        #"^(?:\s+(?:记者|通讯员|实习生)(?!通讯|实习)[\p{Han}·]{2,4}(?=\s)){2,}"#)
    private static let unbracketedCredit = try! NSRegularExpression(pattern:
        #"^(?:\s+(?:记者|通讯员|实习生)(?:\s+(?!通讯|实习)(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?=\s|$))+)+"#)
    /// Reporter line: "本报记者 何畅", "新华社记者 张三 李四", "本报通讯员 王五",
    /// "融媒记者 潘晓雨" (a county media centre's), "本台记者 李想",
    /// "本报记者 赵 丽" (a two-character name set apart to fill the measure),
    /// "本报记者 何畅 文/图" (with the credit for the photographs); see
    /// `isReporterLine` for the place a story is reported from.
    private static let reporterLine = try! NSRegularExpression(pattern:
        #"^(?:本报|新华社|人民日报|中新社|融媒|本台|本刊|本网|总台|央视)?(?:驻\p{Han}{1,6})?(?:特约|见习|实习|小)?(?:记者|通讯员)(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))+(?:\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))+)*(?:\s+(?:文/图|文／图|摄影|摄))?$"#)

    /// A reporter line under a mark or another paper's name: "◎本报记者罗云鹏",
    /// "□ 本报记者 陈东升", "中青报·中青网记者 孙庆玲", "农民日报·中国农网记者
    /// 王浩", "中青报·中青网见习记者 李桂杰 实习生 张雨". After a mark the name
    /// may follow its title with no space: the mark says the line is a credit.
    /// A whole line only, like a reporter line.
    private static let creditedReporterLine = try! NSRegularExpression(pattern:
        #"^(?:[◎□■]\s*(?:\p{Han}{1,6}报(?:·\p{Han}{1,6}网)?|新华社)?(?:特约|见习)?(?:记者|通讯员)\s*|\p{Han}{1,6}报(?:·\p{Han}{1,6}网)?(?:特约|见习)?(?:记者|通讯员)\s+)(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))*$"#)

    /// Commentator line: "本报评论员", "人民日报特约评论员", "评论员 李明";
    /// a whole line only, like a reporter line.
    /// Column signature: "□ 李然", "■张明" (a box before the writer's name, as
    /// commentary columns print it); a whole line only.
    private static let signatureLine = try! NSRegularExpression(pattern:
        #"^[□■]\s*[\p{Han}·]{2,4}$"#)

    /// Writer's credit of a feature or an essay: "文/图 本报记者 柯蓝", "文/林小满",
    /// "图/文 李明"; a whole line only. The slash is required: "文化部门" is no
    /// credit.
    private static let writerCreditLine = try! NSRegularExpression(pattern:
        #"^(?:文[/／]图|图[/／]文|文[/／])\s*(?:(?:本报|新华社)?(?:特约|见习)?(?:记者|通讯员)\s*)?(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?:\s+(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))*$"#)

    /// `BylineRule.placeCredit`: a reporter's name, a slash and the place
    /// reported from, as Taiwan's and Hong Kong's papers credit a story:
    /// "记者林佳蓉／台北报导", "林佳蓉／台北报导", "【记者张咏晴／台中报导】",
    /// "〔记者林佳蓉／台北报导〕" (read folded from "記者林佳蓉／台北報導"), "本报记者
    /// 王宁/北京报道". It ends on 报道 or 报导, a word no sentence's opening words
    /// end on: on its own line or before its paragraph, with a space after it
    /// unless it is bracketed. Counter-case: "记者林佳蓉说，" has no slash and is
    /// a sentence; "林佳蓉／台北报导指出，" runs on with no space.
    /// The credit once, its brackets checked in `placeCreditPrefix`: a long
    /// pattern is copied by CoreFoundation into memory it never frees.
    private static let placeCredit = try! NSRegularExpression(pattern:
        #"^\s*([【〔]\s*)?(?:(?:本报|新华社|中央社)?(?:驻\p{Han}{1,6})?(?:特约|见习|实习)?记者\s*)?[\p{Han}·]{2,4}(?:[、\s]+[\p{Han}·]{2,4})*\s*[／/]\s*\p{Han}{2,6}?(?:报道|报导)(\s*[】〕])?"#)

    /// The `placeCredit` at the start of `text`, trimmed; only a text with a
    /// slash and 报 among its first 24 scalars reaches the regex. Brackets
    /// must pair (【…】, 〔…〕); a bare credit is followed by a space or the end.
    private static func placeCreditPrefix(_ text: String) -> String? {
        // Asked of every line: first a look for the slash among the opening bytes.
        guard hasSlashNearStart(text.utf8) else { return nil }
        let opening = text.unicodeScalars.drop(while: { SimpleScalars.isWhitespace($0) }).prefix(24)
        guard opening.contains(where: { $0 == "／" || $0 == "/" }), opening.contains("报"),
              let m = placeCredit.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let r = Range(m.range, in: text) else { return nil }
        func bracket(_ group: Int) -> Character? {
            guard let range = Range(m.range(at: group), in: text) else { return nil }
            return text[range].first { !$0.isWhitespace }
        }
        switch (bracket(1), bracket(2)) {
        case ("【", "】"), ("〔", "〕"): break
        case (.none, .none):
            guard r.upperBound == text.endIndex || text[r.upperBound].isWhitespace else { return nil }
        default: return nil
        }
        return String(text[r]).trimmingWhitespace
    }

    /// Whether "/" or "／" (EF BC 8F) stands among the first 96 bytes, where
    /// a place credit's slash stands.
    private static func hasSlashNearStart(_ utf8: String.UTF8View) -> Bool {
        utf8.withBytes { bytes in
            let end = min(bytes.count, 96)
            var i = 0
            while i < end {
                let byte = bytes[i]
                if byte == 0x2F || (byte == 0x8F && i >= 2 && bytes[i - 1] == 0xBC && bytes[i - 2] == 0xEF) { return true }
                i += 1
            }
            return false
        }
    }

    /// `BylineRule.creditOnNextLine`: a line that opens with a bracketed
    /// reporter credit ("（记者 周宇航） 中国男篮" under "新华社北京8月13日电") is the
    /// rest of a dateline whose line broke before its credit: running text,
    /// never a head or a pull quote, though it may echo the headline.
    static func opensWithCredit(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.drop(while: { SimpleScalars.isWhitespace($0) }).prefix(32))
        guard let open = scalars.first, open == "（" || open == "(",
              scalars.dropFirst().contains(where: { $0 == "）" || $0 == ")" }) else { return false }
        let inside = String(String.UnicodeScalarView(scalars.dropFirst().drop(while: { SimpleScalars.isWhitespace($0) })))
        return ["记者", "通讯员", "实习生", "特约记者", "本报记者", "见习记者"].contains { inside.hasPrefix($0) }
    }

    static let creditOnNextLine = "BylineRule.creditOnNextLine"

    /// Whether `line` is a column signature, "□ 李然"; only lines opening with □ or ■ reach the regex.
    static func isSignatureLine(_ line: String) -> Bool { matchesTrimmed(signatureLine, line, openingWith: "□■") }

    /// Credits with a colon, as papers abroad print them: "报道：黄秀婷 摄影：林家豪",
    /// "文：林小满", "撰文：李明 图：王芳"; a whole line only. Not "记者：…", which
    /// opens an interview's questions.
    private static let colonCreditLine = try! NSRegularExpression(pattern:
        #"^(?:报道|撰文|采写|文)[：:]\s*(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han})(?:\s+(?:摄影|摄|图|图片)[：:]\s*(?:[\p{Han}·]{2,4}|\p{Han}[ \u3000]\p{Han}))?$"#)

    /// Whether `line`, trimmed, is a `writerCreditLine` or a `colonCreditLine`;
    /// only lines opening with one of their words reach the regexes.
    static func isWriterCredit(_ line: String) -> Bool {
        matchesTrimmed(writerCreditLine, line, openingWith: "文图") || matchesTrimmed(colonCreditLine, line, openingWith: "报撰采文")
    }

    /// Whether `regex` matches `line` trimmed, asked only when the line's first
    /// scalar past its whitespace is one of `openings` (most lines are rejected there).
    private static func matchesTrimmed(_ regex: NSRegularExpression, _ line: String, openingWith openings: String) -> Bool {
        guard let first = line.unicodeScalars.first(where: { !SimpleScalars.isWhitespace($0) }),
              openings.unicodeScalars.contains(first) else { return false }
        return matches(regex, line.trimmingWhitespace)
    }

    private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static let commentatorLine = try! NSRegularExpression(pattern:
        #"^(?:本报|新华社|人民日报|中新社)?(?:特约)?评论员(?:\s+[\p{Han}·]{2,4})*$"#)

    /// The first line of a dateline that wrapped before its 电, or before its date.
    private static let datelineHead = try! NSRegularExpression(pattern:
        #"^(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日?)?|(?:(?!记者|通讯员|评论|特约|综合|消息|新闻|讯|社论|述评|特稿|专稿|图|摄|照片|版|编辑|调查|观察|专访)\p{Han}){2,6})\s*$"#)

    /// Whether a line starts with a byline, or is the head of a wrapped dateline.
    static func opensLine(_ line: String) -> Bool {
        if let folded = TraditionalFold.folded(line) { return opensSimplifiedLine(folded) }
        return opensSimplifiedLine(line)
    }

    private static func opensSimplifiedLine(_ line: String) -> Bool {
        if simplifiedPrefix(of: line) != nil { return true }
        if isWrappedBracketHead(line) { return true }
        // `datelineHead` opens with one of `openingWords`: a line that starts
        // otherwise, past any whitespace, needs no trimming and no regex.
        if let first = line.unicodeScalars.first, !SimpleScalars.isWhitespace(first), !mayOpenByline(line) { return false }
        var trimmed = line.trimmingWhitespace
        // A reprinted item's dateline wraps the same way: "据中新社布达佩斯10月6日" then "电 一列…".
        if trimmed.hasPrefix("据"), agencies.contains(where: { trimmed.unicodeScalars.dropFirst().starts(with: $0) }) {
            trimmed.removeFirst()
        }
        guard agencies.contains(where: { trimmed.unicodeScalars.starts(with: $0) }) else {
            return trimmed.unicodeScalars.last == "日" && opensWithPaperName(trimmed) && matches(paperDatelineHead, trimmed)
        }
        return matches(datelineHead, trimmed)
    }

    /// `wrappedBracketHead`: the first line of a bracketed credit that wrapped
    /// before its closing bracket, as a narrow column breaks Taiwan's credits:
    /// "〔记者林宜萱／金门报" then "导〕 金门与厦门…", "【记者黄政翰／台中" then
    /// "报导】…" (a bracket, a name, the slash, part of the place, and nothing
    /// else; at least one character of the place), or the Central News
    /// Agency's "（中央社记者吕佳蓉台北" then "20日电） …" (the bracket, 中央社 and
    /// at least two more Han characters, nothing else). The joined text is then
    /// read as any credit (`placeCredit`, `DatelinePattern`). Counter-case: a
    /// bracket in running text closes on its line or holds punctuation.
    static func isWrappedBracketHead(_ line: String) -> Bool {
        // Asked of every line: first the opening scalar, with no allocation.
        guard let opening = line.unicodeScalars.first(where: { !SimpleScalars.isWhitespace($0) }),
              opening == "〔" || opening == "【" || opening == "（" else { return false }
        let s = Array(line.unicodeScalars.drop(while: SimpleScalars.isWhitespace))
        guard s.count <= 16 else { return false }
        var inside = s.dropFirst()
        while let last = inside.last, SimpleScalars.isWhitespace(last) { inside.removeLast() }
        if opening == "（" {
            return inside.count >= cnaAgency.count + 2 && inside.starts(with: cnaAgency) && inside.allSatisfy(Glyph.isHan)
        }
        guard let slash = inside.firstIndex(where: { $0 == "／" || $0 == "/" }), slash + 1 < inside.endIndex else { return false }
        var name = inside[..<slash]
        if name.starts(with: reporterTitle) { name = name.dropFirst(reporterTitle.count) }
        return (2...4).contains(name.count) && name.allSatisfy { Glyph.isHan($0) || $0 == "·" }
            && inside[(slash + 1)...].allSatisfy(Glyph.isHan)
    }

    /// Whether the text up to its first 报 names a paper ("科技日报"): a paper's
    /// name that ends as a newspaper's does (`FurnitureRule.dailyEndings`,
    /// "导报", "快报", "侨报"), not "据天气预报" or "申报".
    private static func opensWithPaperName(_ text: String) -> Bool {
        guard let end = text.firstIndex(of: "报") else { return false }
        let name = String(text[...end])
        return !name.hasPrefix("据") && MastheadLabel.isPaperName(name) && datelinePaperEndings.contains { name.hasSuffix($0) }
    }

    private static let datelinePaperEndings = FurnitureRule.dailyEndings + ["导报", "快报", "侨报"]

    private static let cnaAgency = Array("中央社".unicodeScalars)
    private static let reporterTitle = Array("记者".unicodeScalars)

    /// The first line of another paper's dateline that wrapped before its 电:
    /// the paper's name, a place and the whole date ("科技日报合肥6月14日", then
    /// "电 （记者 吴长锋） 记者…"). Only a whole date, and only a paper's name
    /// up to the first 报 (`MastheadLabel.isPaperName`): body text wrapped after
    /// a date may open on 申报, 预报 or 年报 ("申报截止日期为6月14日" / "，逾期…").
    private static let paperDatelineHead = try! NSRegularExpression(pattern:
        #"^\p{Han}{1,7}?报\p{Han}{0,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日$"#)

    /// Whether the line is a reporter line and nothing else ("本报记者 何畅").
    ///
    /// A dateline alone on a line ("新华社北京4月11日电") is not: datelines run
    /// into their paragraph, and the line break may fall just before the
    /// credit "（记者 王晓明）" on the next line.
    static func isWholeLine(_ line: String) -> Bool {
        if let folded = TraditionalFold.folded(line) { return isSimplifiedWholeLine(folded) }
        return isSimplifiedWholeLine(line)
    }

    private static func isSimplifiedWholeLine(_ line: String) -> Bool {
        if isSignatureLine(line) { return true }
        if let credit = placeCreditPrefix(line), credit == line.trimmingWhitespace { return true }
        if creditedReporter(line) != nil || isWriterCredit(line) { return true }
        guard mayOpenByline(line) else { return false }
        if let dateline = dateline(of: line), dateline.hasUnbracketedCredit, dateline.byline == line.trimmingWhitespace { return true }
        guard mayBeReporterLine(line) else { return false }
        let range = NSRange(line.startIndex..., in: line)
        if commentatorLine.firstMatch(in: line, range: range) != nil { return true }
        return isReporterLine(line)
    }

    /// Whether `text` is a `reporterLine`, with the place reported from after
    /// the names allowed ("本报记者 黄嘉欣 旧金山报道", as papers abroad credit a
    /// story: two to six Han characters and 报道 or 报导, after a space).
    private static func isReporterLine(_ text: String) -> Bool {
        let core = withoutPlaceReported(text)
        let range = NSRange(core.startIndex..., in: core)
        guard let m = reporterLine.firstMatch(in: core, range: range), let r = Range(m.range, in: core) else { return false }
        return core[r].count == core.count
    }

    private static func withoutPlaceReported(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasSuffix("报道") || trimmed.hasSuffix("报导"),
              let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\u{3000}" }) else { return text }
        let place = trimmed[trimmed.index(after: space)...]
        guard (4...8).contains(place.count), place.allSatisfy(Glyph.isHan) else { return text }
        return String(trimmed[..<space])
    }

    /// `BylineRule.authorNote`: a bracketed note naming the author, set at the
    /// end of a commentary: "（作者为中国农业大学教授 周明远）", "（作者系…）",
    /// "（作者单位：…）". It is the article's byline when nothing opened the
    /// article with one. Counter-case: a bracketed aside inside the text has
    /// sentence text around it and is never a block of its own.
    static func isAuthorNote(_ text: String) -> Bool {
        let note = text.trimmingWhitespace
        guard note.count <= authorNoteLength, let first = note.first, first == "（" || first == "(",
              let last = note.last, last == "）" || last == ")" else { return false }
        let inside = note.dropFirst()
        return authorNoteOpenings.contains { inside.hasPrefix($0) }
    }

    static let authorNote = "BylineRule.authorNote"
    /// Longest author note, in characters: a name, a title and an affiliation.
    static let authorNoteLength = 60
    private static let authorNoteOpenings = ["作者为", "作者系", "作者是", "作者单位"]

    /// The byline at the start of `text`, as written (trimmed), or nil.
    /// Traditional characters are read as simplified (`TraditionalFold`); the byline is returned as written.
    static func prefix(of text: String) -> String? {
        guard let folded = TraditionalFold.folded(text) else { return simplifiedPrefix(of: text) }
        guard let byline = simplifiedPrefix(of: folded) else { return nil }
        let lead = text.unicodeScalars.prefix { SimpleScalars.isWhitespace($0) }.count
        let written = TraditionalFold.prefix(text, scalars: lead + byline.unicodeScalars.count)
        return written.trimmingWhitespace
    }

    private static func simplifiedPrefix(of text: String) -> String? {
        if let credit = creditedReporter(text) { return credit }
        if let credit = placeCreditPrefix(text) { return credit }
        if isWriterCredit(text) { return text.trimmingWhitespace }
        guard mayOpenByline(text) else { return nil }
        if mayBeReporterLine(text) {
            let range = NSRange(text.startIndex..., in: text)
            if isReporterLine(text) { return text.trimmingWhitespace }
            if commentatorLine.firstMatch(in: text, range: range) != nil { return text.trimmingWhitespace }
        }
        return dateline(of: text)?.byline
    }

    /// The dateline at the start of `text` (`DatelinePattern`, once a regex)
    /// with the credit after it, bracketed or not, trimmed.
    private static func dateline(of text: String) -> (byline: String, hasUnbracketedCredit: Bool)? {
        // Like the regex's range, a match that ends inside a Character gives none.
        let scalars = text.unicodeScalars
        let head = Array(datelineWindow(text).unicodeScalars)
        guard let length = DatelinePattern.match(head),
              let end = String.Index(scalars.index(scalars.startIndex, offsetBy: length), within: text) else { return nil }
        let dateline = text[..<end]
        if let last = dateline.unicodeScalars.last, last != "）", last != ")" {
            let rest = String(text[end...])
            for credit in [unbracketedCredit, unspacedCredits] {
                if let m = credit.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)), let r = Range(m.range, in: rest) {
                    return (String(dateline + rest[r]).trimmingWhitespace, true)
                }
            }
        }
        return (String(dateline).trimmingWhitespace, false)
    }

    /// `text` trimmed when it is a `creditedReporterLine`. Asked of most lines:
    /// only a line of reporter-line scalars naming a title (者 of 记者, 员 of
    /// 通讯员) reaches the regex.
    private static func creditedReporter(_ text: String) -> String? {
        guard mayBeReporterLine(text), text.unicodeScalars.contains(where: { $0 == "者" || $0 == "员" }) else { return nil }
        let trimmed = text.trimmingWhitespace
        guard matches(creditedReporterLine, trimmed) else { return nil }
        return trimmed
    }

    /// A reporter line runs to the end of the text and holds only Han
    /// characters, "·", spaces and the slash of "文/图": a paragraph with a comma cannot be one,
    /// and need not be handed to the regex whole.
    private static func mayBeReporterLine(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            Glyph.isHanScript($0) || $0 == "·" || $0 == "/" || $0 == "／" || $0 == "◎" || $0 == "□" || $0 == "■" || SimpleScalars.isWhitespace($0)
        }
    }

    /// The start of `text` that holds any dateline it opens with: at most 24
    /// characters up to "电" (agency, place, date), the spaces after them,
    /// and 32 for the credit "（…）". The pattern has no end anchor, so it
    /// matches the same there as in the whole paragraph.
    private static func datelineWindow(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        var end = scalars.index(scalars.startIndex, offsetBy: 24, limitedBy: scalars.endIndex) ?? scalars.endIndex
        while end < scalars.endIndex, SimpleScalars.isWhitespace(scalars[end]) { scalars.formIndex(after: &end) }
        end = scalars.index(end, offsetBy: 32, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return text[..<end]
    }

    /// Both patterns are anchored and open with one of these words, scalar
    /// for scalar: a line that starts otherwise, as nearly every line does,
    /// needs no regex.
    private static let openingWords = ["本报", "新华社", "人民日报", "中新社", "央视", "中央广播电视总台", "新华网讯", "人民网讯",
                                       "驻", "特约", "见习", "实习", "小记者", "记者", "通讯员", "评论员", "据",
                                       "融媒", "本台", "本刊", "本网", "总台"].map { Array($0.unicodeScalars) }

    /// The names `datelineHead` opens with, in its words.
    private static let agencies = ["新华社", "本报", "中新社", "人民日报", "央视", "中央广播电视总台"].map { Array($0.unicodeScalars) }

    /// The first scalars of `openingWords`, tested before any whole word.
    private static func opensLikeByline(_ s: Unicode.Scalar) -> Bool {
        switch s { case "本", "新", "人", "中", "央", "驻", "特", "见", "实", "小", "记", "通", "评", "据", "融", "总": return true; default: return false }
    }

    private static func mayOpenByline(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return false }
        if opensLikeByline(first), openingWords.contains(where: { scalars.starts(with: $0) }) { return true }
        // A bracketed dateline ("（吉隆坡17日讯）"): 讯 or 电 within its first twenty scalars.
        if first == "（" || first == "(" { return scalars.prefix(20).contains { $0 == "讯" || $0 == "电" } }
        // Another paper's dateline: its name, ending in 报, within the first eight scalars.
        return Glyph.isHanScript(first) && scalars.dropFirst().prefix(7).contains("报")
    }

    /// Splits an opening paragraph into byline and remaining text.
    static func split(_ text: String) -> (byline: String, rest: String)? {
        guard let byline = prefix(of: text) else { return nil }
        let rest = String(text.dropFirst(byline.count)).trimmingWhitespace
        return (byline, rest)
    }
}
