/// The folio line: the date a newspaper prints in the page's header or footer,
/// such as "2020年3月28日 星期六" or "2020年3月28日　星期六　农历庚子年三月初五".
///
/// Only a line that is nothing but a full date (year, month and day written out),
/// optionally after the paper's name and followed by the weekday, the lunar date,
/// the page number ("第6版", or a bare "3") and a section name after it, counts;
/// and only among the first and last few lines — or anywhere, when its
/// weekday agrees with its date. A date inside a sentence
/// ("2020年3月28日，会议召开") is news, not the publication date.
public enum FolioLine {
    /// How many non-empty lines at the top and at the bottom may hold the folio line.
    public static let searchedLines = 5

    /// The date of the first folio line near the top, else near the bottom, of
    /// `text`; else of a folio line anywhere whose weekday agrees with its date
    /// (`weekdayCheckedDate`).
    public static func date(inPageText text: String) -> CivilDate? {
        edgeDate(inPageText: text) ?? weekdayCheckedDate(inPageText: text) ?? republicDate(inPageText: text)
            ?? figuresDate(inPageText: text)
    }

    /// `figuresDate`: a folio may write its date in ASCII figures, "2023.08.20 星期日",
    /// "2023-08-20 周日", "2023/8/20 星期日". Such a line counts anywhere on the
    /// page when it is nothing but that date and its weekday (a paper's name
    /// before it allowed) and the weekday agrees with the date, as
    /// `weekdayCheckedDate` asks. Counter-cases: a score or a version
    /// ("2023.08.20版"), a date in figures with no weekday.
    static func figuresDate(inPageText text: String) -> CivilDate? {
        guard holdsYearInFigures(text.utf8) else { return nil }  // nearly every page: one pass over the bytes
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let date = figuresFolioDate(String(line)) { return date }
        }
        return nil
    }

    /// The date of a folio line written in figures with an agreeing weekday; see `figuresDate`.
    public static func figuresFolioDate(_ line: String) -> CivilDate? {
        guard line.utf8.count <= 96, holdsYearInFigures(line.utf8) else { return nil }
        let s = Array(line.trimmingScalars().unicodeScalars)
        guard s.contains(where: { $0 == "星" || $0 == "周" || $0 == "礼" }),
              let start = s.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        var name = s[..<start]
        while let last = name.last, TextScalars.isInlineSpace(last) { name.removeLast() }
        guard name.isEmpty || isPaperName(name) else { return nil }
        var j = start, parts: [Int] = [], separator: Unicode.Scalar?
        for part in 0..<3 {
            var value = 0, digits = 0
            while j < s.count, ("0"..."9").contains(s[j]), digits < 4 { value = value * 10 + Int(s[j].value - 48); digits += 1; j += 1 }
            guard part == 0 ? digits == 4 : (1...2).contains(digits) else { return nil }
            parts.append(value)
            guard part < 2 else { break }
            guard j < s.count, s[j] == "." || s[j] == "-" || s[j] == "/", separator == nil || separator == s[j] else { return nil }
            separator = s[j]
            j += 1
        }
        guard (1900...2100).contains(parts[0]), let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        while j < s.count, TextScalars.isInlineSpace(s[j]) { j += 1 }
        guard let length = weekdayLength(s[j...]), s[(j + length)...].allSatisfy(TextScalars.isInlineSpace),
              writtenWeekday(s[j...]) == weekday(of: date) else { return nil }
        return date
    }

    /// `republicDate`: a Taiwan paper's folio counts the years of the Republic
    /// of China, "中華民國112年9月15日 星期五" (1911 + 112 = 2023). Such a line
    /// counts anywhere when its weekday agrees with the date, as
    /// `weekdayCheckedDate` asks of any folio away from the page's edge.
    /// Counter-case: a history's "民国38年" has no weekday after it.
    static func republicDate(inPageText text: String) -> CivilDate? {
        guard mentionsRepublic(text.utf8) else { return nil }  // nearly every page: one pass over the bytes
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) where line.unicodeScalars.contains("民") {
            let s = Array(line.unicodeScalars)
            var i = 0
            while i + 1 < s.count {
                defer { i += 1 }
                guard s[i] == "民", s[i + 1] == "国" || s[i + 1] == "國" else { continue }
                var j = i + 2
                var parts: [Int] = []
                for unit in ["年", "月", "日"] as [Unicode.Scalar] {
                    while j < s.count, TextScalars.isInlineSpace(s[j]) { j += 1 }
                    var value = 0, digits = 0
                    while j < s.count, let d = TextScalars.digitValue(s[j]), digits < 3 { value = value * 10 + d; digits += 1; j += 1 }
                    while j < s.count, TextScalars.isInlineSpace(s[j]) { j += 1 }
                    guard digits > 0, j < s.count, s[j] == unit else { break }
                    parts.append(value)
                    j += 1
                }
                guard parts.count == 3, let date = CivilDate(year: 1911 + parts[0], month: parts[1], day: parts[2]),
                      let written = writtenWeekday(s[j...]), written == weekday(of: date) else { continue }
                return date
            }
        }
        return nil
    }

    /// Whether the bytes hold four ASCII digits and then ".", "-" or "/" and
    /// a digit: the start of a date in figures, "2023.08.20".
    private static func holdsYearInFigures(_ utf8: String.UTF8View) -> Bool {
        utf8.withBytes { b in
            var digits = 0, i = 0
            while i + 1 < b.count {
                let byte = b[i]
                if byte >= 0x30, byte <= 0x39 {
                    digits += 1
                } else {
                    if digits == 4, byte == 0x2E || byte == 0x2D || byte == 0x2F, b[i + 1] >= 0x30, b[i + 1] <= 0x39 { return true }
                    digits = 0
                }
                i += 1
            }
            return false
        }
    }

    /// Whether "民国" or "民國" (E6 B0 91, then E5 9B BD or E5 9C 8B) stands in the bytes.
    private static func mentionsRepublic(_ utf8: String.UTF8View) -> Bool {
        utf8.withBytes { b in
            var i = 0
            while i + 5 < b.count {
                if b[i] == 0xE6, b[i + 1] == 0xB0, b[i + 2] == 0x91, b[i + 3] == 0xE5,
                   (b[i + 4] == 0x9B && b[i + 5] == 0xBD) || (b[i + 4] == 0x9C && b[i + 5] == 0x8B) { return true }
                i += 1
            }
            return false
        }
    }

    /// The extraction may set the masthead between columns, mid-page ("悦游周刊" /
    /// "2023年7月20日 星期四" after the first article). There a folio line counts
    /// only when it names a weekday and the weekday is the date's: news text
    /// never sets a dated weekday on a line of its own, and a line that did by
    /// chance would have to get the weekday right.
    static func weekdayCheckedDate(inPageText text: String) -> CivilDate? {
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let date = weekdayCheckedFolioDate(String(line)) { return date }
        }
        return nil
    }

    /// Whether `line` is a folio line whose weekday agrees with its date, with
    /// the paper's name or publisher before the date and issue numbers after
    /// it allowed ("中共清源县委主办2023年9月28日星期四第3126期今日4版"): the paper's
    /// folio wherever it stands. See `weekdayCheckedFolioDate`.
    public static func holdsWeekdayCheckedDate(_ line: String) -> Bool { weekdayCheckedFolioDate(line) != nil }

    /// The date of `line` if it is a folio line (`isFolioTail` after the date:
    /// weekday, lunar date, page and issue numbers, a section name after a
    /// page number), with only a paper's name or publisher before it
    /// ("中共清源县委主办"), and a weekday that agrees with the date. Counter-cases:
    /// "2023年10月1日 星期日 晴" (a diary's head: 晴 is no folio's), "1949年10月1日
    /// 星期六 开国大典", "活动时间 2024年5月18日星期六上午9时".
    static func weekdayCheckedFolioDate(_ line: String) -> CivilDate? {
        // Asked of every short block: one pass over the scalars rejects nearly all.
        var hasYear = false, hasWeekday = false
        for s in line.unicodeScalars {
            switch s {
            case "年": hasYear = true
            case "星", "周", "礼": hasWeekday = true
            case "，", "。", "；", "：", "！", "？", "、", ",", ";", "!", "?", ":": return nil
            default: continue
            }
        }
        guard hasYear, hasWeekday else { return nil }
        let text = line.trimmingScalars()
        let scalars = Array(text.unicodeScalars)
        for expression in DateScanner(text).expressions() {
            guard let year = expression.year?.writtenValue, let month = expression.month?.writtenValue,
                  let day = expression.day?.writtenValue, (1900...2100).contains(year),
                  let date = CivilDate(year: year, month: month, day: day) else { continue }
            let before = String(String.UnicodeScalarView(scalars[..<expression.range.lowerBound]))
            let tail = scalars[expression.range.upperBound...]
            guard before.split(whereSeparator: \.isWhitespace).allSatisfy({ MastheadLabel.isPaperName(String($0)) || MastheadLabel.isPublisherLine(String($0)) }),
                  isFolioTail(tail), let written = writtenWeekday(tail), written == weekday(of: date) else { continue }
            return date
        }
        return nil
    }

    /// 0 for Monday … 6 for Sunday.
    static func weekday(of date: CivilDate) -> Int {
        // 1970-01-01, day 0, was a Thursday.
        ((date.dayNumber + 3) % 7 + 7) % 7
    }

    /// The weekday a folio line names ("星期四", "周日", "礼拜天"), 0 for Monday … 6 for Sunday.
    static func writtenWeekday(_ line: String) -> Int? { writtenWeekday(Array(line.unicodeScalars)[...]) }

    static func writtenWeekday(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        for i in scalars.indices {
            guard let length = weekdayLength(scalars[i...]) else { continue }
            let day = scalars[i + length - 1]
            return day == "日" || day == "天" ? 6 : Array("一二三四五六".unicodeScalars).firstIndex(of: day)
        }
        return nil
    }

    static func edgeDate(inPageText text: String) -> CivilDate? {
        guard let (headEnd, tailStart) = simpleWindows(text) else { return dateByCharacter(inPageText: text) }
        let top = lines(text[..<headEnd], fromTop: true)
        var bottom = lines(text[tailStart...], fromTop: false)
        if tailStart < headEnd { bottom.removeAll { top.contains($0) } }
        for line in top + bottom {
            if let date = date(inLine: line) { return date }
        }
        return nil
    }

    /// Characters at each end of the page that may hold the folio line.
    private static let window = 200 * searchedLines

    /// Where the top window ends and the bottom one starts, found by scalars
    /// when the windows hold only simple scalars and line breaks (each then
    /// one Character, "\r\n" one together); nil otherwise.
    private static func simpleWindows(_ text: String) -> (String.Index, String.Index)? {
        let scalars = text.unicodeScalars
        var headEnd = scalars.startIndex, counted = 0
        while headEnd < scalars.endIndex, counted < window {
            let s = scalars[headEnd]
            guard SimpleScalars.isSimple(s) || s == "\r" else { return nil }
            scalars.formIndex(after: &headEnd)
            if s == "\r", headEnd < scalars.endIndex, scalars[headEnd] == "\n" { scalars.formIndex(after: &headEnd) }
            counted += 1
        }
        var tailStart = scalars.endIndex
        counted = 0
        while tailStart > scalars.startIndex, counted < window {
            scalars.formIndex(before: &tailStart)
            let s = scalars[tailStart]
            guard SimpleScalars.isSimple(s) || s == "\r" else { return nil }
            if s == "\n", tailStart > scalars.startIndex, scalars[scalars.index(before: tailStart)] == "\r" {
                scalars.formIndex(before: &tailStart)
            }
            counted += 1
        }
        return (headEnd, tailStart)
    }

    /// The first (or last, from the bottom up) `searchedLines` non-empty
    /// trimmed lines of a simple window.
    private static func lines(_ window: Substring, fromTop: Bool) -> [String] {
        var ranges: [Range<String.Index>] = []
        let utf8 = window.utf8
        var start = utf8.startIndex, i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<i)
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        ranges.append(start..<utf8.endIndex)
        var result: [String] = []
        for range in fromTop ? ranges : ranges.reversed() where result.count < searchedLines {
            let line = window[range].trimmingScalars()
            if !line.isEmpty { result.append(line) }
        }
        return result
    }

    /// The reference: what `date(inPageText:)` does, `Character` by `Character`.
    static func dateByCharacter(inPageText text: String) -> CivilDate? {
        // Only the ends of the page matter: look at a bounded window of each,
        // so a long page costs no more than a short one.
        let head = text.prefix(window), tail = text.suffix(window)
        let top = nonEmptyLines(head).prefix(searchedLines)
        var bottom = Array(nonEmptyLines(tail).suffix(searchedLines).reversed())
        if tail.startIndex < head.endIndex { bottom.removeAll { top.contains($0) } }
        for line in Array(top) + bottom {
            if let date = date(inLine: line) { return date }
        }
        return nil
    }

    private static func nonEmptyLines(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { String($0).trimmingScalars() }
            .filter { !$0.isEmpty }
    }

    /// The date if `line` is a folio line.
    public static func date(inLine line: String) -> CivilDate? {
        let scalars = Array(line.trimmingScalars().unicodeScalars)
        guard let first = DateScanner(String(String.UnicodeScalarView(scalars))).expressions().first,
              first.range.lowerBound == 0 || isPaperName(scalars[..<first.range.lowerBound]),
              let year = first.year?.writtenValue, let month = first.month?.writtenValue,
              let day = first.day?.writtenValue,
              (1900...2100).contains(year),
              let date = CivilDate(year: year, month: month, day: day),
              isFolioTail(scalars[first.range.upperBound...]) else { return nil }
        return date
    }

    /// What may follow the date on a folio line: spaces, "星期六", "周六", "礼拜六",
    /// brackets, "第4版", the issue "第3126期" / "今日4版", and "农历…" to the end of the line.
    static func isFolioTail(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = tail
        var afterPage = false
        while let s = rest.first {
            if TextScalars.isInlineSpace(s) || "()（）".unicodeScalars.contains(s) {
                rest = rest.dropFirst()
            } else if rest.starts(with: "农历".unicodeScalars) {
                return !rest.contains { "，。；：！？,;".unicodeScalars.contains($0) }
            } else if let weekdayLength = weekdayLength(rest) {
                rest = rest.dropFirst(weekdayLength)
            } else if let pageLength = pageLength(rest) {
                rest = rest.dropFirst(pageLength)
                afterPage = true
            } else if let codeLength = pageCodeLength(rest) {
                rest = rest.dropFirst(codeLength)
                afterPage = true
            } else if let issueLength = issueLength(rest) {
                rest = rest.dropFirst(issueLength)
                afterPage = true
            } else {
                // A section name follows the page number ("第6版 教育科技"); a
                // word after the weekday alone ("星期六 晴") is not furniture.
                return afterPage && isSectionName(rest)
            }
        }
        return true
    }

    private static func weekdayLength(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        for prefix in ["星期", "礼拜", "周"] {
            let p = Array(prefix.unicodeScalars)
            guard s.starts(with: p) else { continue }
            let dayIndex = s.startIndex + p.count
            if dayIndex < s.endIndex, "一二三四五六日天".unicodeScalars.contains(s[dayIndex]) { return p.count + 1 }
        }
        return nil
    }

    /// A paper's name before the date: "人民日报 2021年9月14日 星期二".
    private static func isPaperName(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        MastheadLabel.isPaperName(String(String.UnicodeScalarView(prefix)))
    }

    /// A section name closing the line: "教育科技", "体育新闻" (at most six Han characters).
    private static func isSectionName(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let name = rest.filter { !TextScalars.isInlineSpace($0) }
        return (1...6).contains(name.count) && name.allSatisfy { Glyph.isHanScript($0) || $0 == "·" }
    }

    /// A bare page number or code followed by a space or the end: "3", "A5", "B03".
    private static func pageCodeLength(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = s.startIndex
        if i < s.endIndex, ("A"..."Z").contains(s[i]) { i += 1 }
        let digits = i
        while i < s.endIndex, ("0"..."9").contains(s[i]), i - digits < 3 { i += 1 }
        guard i > digits, i == s.endIndex || TextScalars.isInlineSpace(s[i]) else { return nil }
        return i - s.startIndex
    }

    /// "第3126期", "总第12345期", "今日4版", "本期16版": the issue's number or its pages.
    static func issueLength(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        for (opening, closing) in [("总第", "期"), ("第", "期"), ("今日", "版"), ("本期", "版")] as [(String, Unicode.Scalar)] {
            let open = Array(opening.unicodeScalars)
            guard s.starts(with: open) else { continue }
            var i = s.startIndex + open.count
            let digits = i
            while i < s.endIndex, ("0"..."9").contains(s[i]), i - digits < 6 { i += 1 }
            if i > digits, i < s.endIndex, s[i] == closing { return i + 1 - s.startIndex }
        }
        return nil
    }

    /// "第4版", "第04版", "第十二版".
    private static func pageLength(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard s.first == "第" else { return nil }
        var i = s.startIndex + 1
        while i < s.endIndex, TextScalars.isDigit(s[i]) || ChineseNumeral.isNumeral(s[i]) { i += 1 }
        guard i > s.startIndex + 1, i < s.endIndex, s[i] == "版" else { return nil }
        return i + 1 - s.startIndex
    }
}
