/// The short labels printed in a page's masthead beside the folio line:
/// a paper's name, a section name, a bare page code. Each is recognised by
/// its shape alone, so `FurnitureRule` accepts them only next to a folio
/// line or page label, or at the page's edge.
enum MastheadLabel {
    /// Longest section name, in Han characters per part.
    static let sectionNameLength = 4
    /// Longest paper name, in characters.
    static let paperNameLength = 10

    /// "要闻", "体育新闻", "城事·民生": one or two short Han names joined by a middle dot.
    static func isSectionName(_ text: String) -> Bool {
        let parts = text.trimmingWhitespace.split(whereSeparator: { "·•・".contains($0) }).map(String.init)
        guard (1...2).contains(parts.count), parts.count == 1 || !text.trimmingWhitespace.hasPrefix("·") else { return false }
        return parts.allSatisfy { part in
            (1...sectionNameLength).contains(part.count) && part.allSatisfy(Glyph.isHan)
        }
    }

    /// "光明日报", "健康报", "晨 报", "人民日报海外版", "21世纪经济报道", "聯合報": a name ending
    /// the way paper names end, with no punctuation or space inside; not a
    /// rubric naming a kind of report ("文化遗产日特别报道").
    static func isPaperName(_ text: String) -> Bool {
        // Asked of every one-line block: reject on the last scalar first.
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }), "报刊道版報".unicodeScalars.contains(last) else {
            return false
        }
        // Letter-spaced to fill the masthead: "晨 报"; only so may a name be two
        // characters long ("据报" is the start of a sentence).
        let name = String(text.filter { !$0.isWhitespace })
        let letterSpaced = name.count < text.trimmingWhitespace.count
        guard ((letterSpaced ? 2 : 3)...paperNameLength).contains(name.count),
              name.allSatisfy({ Glyph.isHan($0) || Glyph.isDigit($0) }) else { return false }
        guard !reportRubrics.contains(where: { name.hasSuffix($0) }) else { return false }
        return ["报", "刊", "报道", "海外版", "報"].contains { name.hasSuffix($0) }
    }

    /// Rubrics that end like a paper's name but name a kind of report: "文化遗产日特别报道".
    private static let reportRubrics = ["特别报道", "专题报道", "连续报道", "深度报道", "系列报道", "跟踪报道", "追踪报道"]

    /// "B03", "6", "A5": a page code (an optional letter and one to three digits).
    static func isPageCode(_ text: String) -> Bool {
        var code = Substring(text.trimmingWhitespace)
        if let first = code.first, Glyph.isLatinLetter(first) { code = code.dropFirst() }
        return (1...3).contains(code.count) && code.allSatisfy(Glyph.isDigit)
    }

    /// "6 产经", "B03 城事", "要闻 2": a page code and a section name, separated by a space.
    static func isPageCodeWithSection(_ text: String) -> Bool {
        let parts = text.trimmingWhitespace.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard parts.count == 2 else { return false }
        return (isPageCode(parts[0]) && isSectionName(parts[1])) || (isSectionName(parts[0]) && isPageCode(parts[1]))
    }

    /// The page's staff credit: "本版责编：赵言 张冰 版式设计：刘洋", "责任编辑：李明", "编辑：吴晶",
    /// "编辑/张伟 校对/李娜".
    static func isEditorCredit(_ text: String) -> Bool {
        // Asked of most lines of a page: reject on the first character.
        let opening = text.unicodeScalars.drop(while: \.properties.isWhitespace).prefix(8)
        guard let first = opening.first else { return false }
        guard creditInitials.contains(first) || opening.contains("辑") else { return isStaffList(text) }
        let line = text.trimmingWhitespace
        return creditPrefixes.contains { line.hasPrefix($0) } || hasQualifiedEditorTitle(line) || isStaffList(line)
    }

    /// A staff line of other titles: "值班编委：许文涛 责任编辑：方静 校对：陈萌": two or more
    /// "title：name" pairs set apart by spaces, one of them a title above
    /// (`editorTitles`), the others any two to six Han characters. Counter-case:
    /// a sentence quoting a speaker ("他说：…") has one colon and punctuation.
    static func isStaffList(_ text: String) -> Bool {
        guard text.unicodeScalars.contains("：") || text.unicodeScalars.contains(":") else { return false }
        let pairs = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard pairs.count >= 2 else { return false }
        var knownTitle = false
        for pair in pairs {
            let parts = pair.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "：" || $0 == ":" })
            guard parts.count == 2, (2...6).contains(parts[0].count), (2...4).contains(parts[1].count),
                  parts[0].allSatisfy(Glyph.isHan), parts[1].allSatisfy(Glyph.isHan) else { return false }
            if editorTitles.contains(String(parts[0])) { knownTitle = true }
        }
        return knownTitle
    }

    /// "首席编辑：宋雨", "视觉编辑：林可", "值班编辑：…": a title of up to four
    /// Han characters ending in 编辑, then a colon.
    private static func hasQualifiedEditorTitle(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars.prefix(8))
        guard let colon = scalars.firstIndex(where: { $0 == "：" || $0 == ":" }), (3...6).contains(colon),
              scalars[colon - 2] == "编", scalars[colon - 1] == "辑" else { return false }
        return scalars[..<colon].allSatisfy(Glyph.isHan)
    }

    /// Each title with each separator that may follow it.
    private static let creditPrefixes = editorTitles.flatMap { title in ["：", ":", " ", "/", "／"].map { title + $0 } }
    private static let creditInitials = Set(editorTitles.compactMap(\.unicodeScalars.first))

    /// The paper's registration line on a front page: "国内统一连续出版物号
    /// CN11-0065", "今日16版 国内统一连续出版物号 CN11-0065".
    static func isRegistration(_ text: String) -> Bool {
        guard text.unicodeScalars.contains("统") else { return false }  // most lines: no substring search
        return text.contains("国内统一连续出版物号") || text.contains("国内统一刊号")
    }

    /// The paper's news hotline: "本报新闻热线：96011", "新闻热线：0551-12345678":
    /// 热线 and a colon within the first ten characters, then only a number;
    /// or the desk's telephone under its staff line, "电话：010-66097321".
    static func isHotline(_ text: String) -> Bool {
        let line = Array(text.trimmingWhitespace.unicodeScalars)
        guard let colon = line.prefix(10).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2,
              (line[colon - 2] == "热" && line[colon - 1] == "线") || (line[colon - 2] == "电" && line[colon - 1] == "话")
        else { return false }
        let number = line[(colon + 1)...].filter { $0 != " " }
        return number.count >= 5 && number.allSatisfy { ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The paper's web address, alone or after its site's name: "中国农网：
    /// www.farmer.com.cn", "http://www.example.cn": at most `webLabelLength`
    /// characters before a colon, then an address of Latin letters, digits
    /// and dots, opening with "www." or "http" or ending in a common domain.
    static func isWebAddress(_ text: String) -> Bool {
        guard text.unicodeScalars.contains("."), text.utf8.count <= 160 else { return false }  // most lines: no further look
        let line = text.trimmingWhitespace
        guard line.count <= 40 else { return false }
        var address = Substring(line)
        if let colon = line.firstIndex(where: { $0 == "：" }) ?? line.firstIndex(of: ":").flatMap({ line[$0...].hasPrefix("://") ? nil : $0 }) {
            // The paper's site names itself ("中国农网"); "报名网址：…" gives an address in the text.
            guard line[..<colon].count <= webLabelLength, line[..<colon].allSatisfy(Glyph.isHan), line[..<colon].hasSuffix("网") else { return false }
            address = line[line.index(after: colon)...].drop { $0 == " " }
        }
        let lower = address.lowercased()
        guard lower.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "./:-_".contains($0)) }),
              lower.split(separator: ".").count >= 2 else { return false }
        return lower.hasPrefix("www.") || lower.hasPrefix("http") || webDomains.contains { lower.hasSuffix($0) }
    }
    static let webLabelLength = 8
    private static let webDomains = [".com", ".cn", ".net", ".org", ".gov"]

    /// Titles that open a staff credit.
    static let editorTitles = ["本版责编", "本版责任编辑", "责任编辑", "本版编辑", "责编", "编辑", "版式设计", "美术编辑", "美编", "图片编辑", "校对",
                               "本版主编"]

    /// "星期四": the weekday on a line of its own, under the date.
    static func isWeekday(_ text: String) -> Bool {
        let day = Array(text.trimmingWhitespace.unicodeScalars)
        let weekdays = "一二三四五六日天".unicodeScalars
        if day.count == 3, day[0] == "星", day[1] == "期" { return weekdays.contains(day[2]) }
        return day.count == 2 && day[0] == "周" && weekdays.contains(day[1])
    }

    /// "农历壬寅年二月初一": the lunar date printed under the folio line.
    static func isLunarDate(_ text: String) -> Bool {
        let line = text.trimmingWhitespace
        return line.hasPrefix("农历") && line.count <= 12 && line.allSatisfy(Glyph.isHan)
    }

    /// "DAZHONG RIBAO": the paper's name in capitals, under its Chinese name.
    static func isRomanizedName(_ text: String) -> Bool {
        let line = text.trimmingWhitespace
        return (4...30).contains(line.count) && line.contains(" ")
            && line.allSatisfy { ($0.isASCII && $0.isUppercase) || $0 == " " }
    }

    /// "中共溪川县委主办", "湘中日报社主办", "云溪县融媒体中心 主办": the paper's
    /// publisher under its name; up to `publisherLineLength` Han characters
    /// ending in 主办 (spaces aside), with no punctuation (a sentence
    /// "活动由市文化馆主办。" has its stop).
    static func isPublisherLine(_ text: String) -> Bool {
        // Most lines: rejected on their last two scalars.
        let tail = text.unicodeScalars.reversed().lazy.filter { !SimpleScalars.isWhitespace($0) }.prefix(2)
        guard tail.elementsEqual(["办", "主"] as [Unicode.Scalar]), text.utf8.count <= 3 * publisherLineLength + 8 else { return false }
        let line = text.filter { !$0.isWhitespace }
        return (4...publisherLineLength).contains(line.count) && line.allSatisfy(Glyph.isHan)
    }

    static let publisherLineLength = 16

    /// "第3126期 今日4版", "总第12345期", "今日16版": the issue's number and page
    /// count, each part a number between its words.
    static func isIssueLine(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        // Each part is one issue token, as a folio line's tail reads them (`FolioLine.issueLength`).
        return parts.allSatisfy { part in
            let scalars = Array(part.unicodeScalars)
            return FolioLine.issueLength(scalars[...]) == scalars.count
        }
    }

    /// Any of the labels above, or a paper's name and other labels on one
    /// line, set apart by spaces ("人民日报 体育").
    static func isLabel(_ text: String) -> Bool {
        if isSingleLabel(text) { return true }
        if isNamedIssue(text) { return true }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        return parts.count > 1 && parts.contains(where: isPaperName) && parts.allSatisfy(isSingleLabel)
    }

    /// "云溪融媒 第312期": a paper's name of any ending, then the issue's
    /// number. The number is a shape no head has, so it vouches for the name.
    static func isNamedIssue(_ text: String) -> Bool {
        guard text.utf8.count <= 48, text.unicodeScalars.contains("期") else { return false }  // most lines
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard parts.count == 2, (2...paperNameLength).contains(parts[0].count), parts[0].allSatisfy(Glyph.isHan) else { return false }
        return isIssueLine(parts[1])
    }

    private static func isSingleLabel(_ text: String) -> Bool {
        isSectionName(text) || isPaperName(text) || isPageCode(text) || isPageCodeWithSection(text)
            || isLunarDate(text) || isRomanizedName(text) || isWeekday(text) || isPublisherLine(text) || isIssueLine(text)
    }
}
