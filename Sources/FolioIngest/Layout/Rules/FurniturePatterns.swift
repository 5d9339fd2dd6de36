/// The three line patterns of `FurnitureRule`, matched by hand.
///
/// They were regular expressions (kept in `FurniturePatternsTests` as the
/// reference); hand-written, a line costs one pass over its scalars instead
/// of a bridge to `NSString` and ICU. Each matcher answers exactly what the
/// pattern did, read the ICU way: `\s` is the Unicode White_Space property,
/// `\p{Han}` the Han script, `$` the end or a final line terminator.
enum FurniturePatterns {
    /// `(?:(?<=民[国國])[0-9０-９]{2,4}|[0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:[/／|｜]\s*)?(?:星期|周)[一二三四五六日天]`,
    /// anywhere in the line: a full date with its weekday; or a folio with its
    /// date in figures and an agreeing weekday (`FolioLine.figuresDate`: "2023.08.20 星期日").
    static func hasFolioDate(_ line: String) -> Bool {
        // Most lines: no scan from every start.
        guard line.unicodeScalars.contains("年") else { return FolioLine.figuresFolioDate(line) != nil }
        let s = Array(line.unicodeScalars)
        for start in s.indices {
            guard var i = fullDate(s, from: start) else { continue }
            i = skipSpaces(s, from: i)
            // Evening papers set a rule between them: "2019年9月11日/星期三".
            if i < s.count, "/／|｜".unicodeScalars.contains(s[i]) { i = skipSpaces(s, from: i + 1) }
            if i < s.count, s[i] == "周" {
                i += 1
            } else if i + 1 < s.count, s[i] == "星", s[i + 1] == "期" {
                i += 2
            } else {
                continue
            }
            if i < s.count, "一二三四五六日天".unicodeScalars.contains(s[i]) { return true }
        }
        return false
    }

    /// A full date and then, past any spaces, a page number: "2021年1月5日第6版",
    /// the reference of a reprint ("人民日报 2021年1月5日第6版社会"). No head
    /// cites a page.
    static func hasDatedPage(_ line: String) -> Bool {
        guard line.unicodeScalars.contains("版") else { return false }
        let s = Array(line.unicodeScalars)
        for start in s.indices {
            guard let end = fullDate(s, from: start) else { continue }
            var i = skipSpaces(s, from: end)
            guard i < s.count, s[i] == "第" else { continue }
            i += 1
            let digits = i
            while i < s.count, i - digits < 3, ("0"..."9").contains(s[i]) || ("０"..."９").contains(s[i]) { i += 1 }
            if i > digits, i < s.count, s[i] == "版" { return true }
        }
        return false
    }

    /// `^\s*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*$`: a date and nothing else.
    static func isBareDate(_ line: String) -> Bool {
        guard line.unicodeScalars.contains("年") else { return false }
        let s = Array(line.unicodeScalars)
        guard let end = fullDate(s, from: skipSpaces(s, from: 0)) else { return false }
        return isEnd(s, skipSpaces(s, from: end))
    }

    /// `^(?:\p{Han}{0,6}\s*)?第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:\s*(?:·\s*)?[\p{Han}·]{0,7})?$`:
    /// a page number with an optional short section name before or after it.
    ///
    /// The name, "第", the numerals and "版" are all Han, so the pattern can
    /// split a line in several ways: every split is tried, as the regex's
    /// backtracking did.
    static func isPageNumber(_ line: String) -> Bool {
        guard line.unicodeScalars.contains("版") else { return false }
        let s = Array(line.unicodeScalars)
        var hanPrefix = 0
        while true {
            for j in spaceRun(s, from: hanPrefix) {
                for k in [j] + (j < s.count && s[j] == "第" ? [j + 1] : []) {
                    for m in spaceRun(s, from: k) {
                        for a in [m] + (m < s.count && isLatinLetter(s[m]) ? [m + 1] : []) where numberThenBan(s, from: a) {
                            return true
                        }
                    }
                }
            }
            guard hanPrefix < 6, hanPrefix < s.count, Glyph.isHanScript(s[hanPrefix]) else { return false }
            hanPrefix += 1
        }
    }

    /// `[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:\s*(?:·\s*)?[\p{Han}·]{0,7})?$` from `start`.
    private static func numberThenBan(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var n = start
        while n < s.count, n - start < 3, isPageNumeral(s[n]) {
            n += 1
            for r in spaceRun(s, from: n) where r < s.count && s[r] == "版" && isHanTail(s, from: r + 1) { return true }
        }
        return false
    }

    /// `(?:\s*(?:·\s*)?[\p{Han}·]{0,7})?$` from `start`: a section name after the
    /// page number, "要闻", "国际·经济".
    /// A middle dot may stand apart between them: "第3版 · 权益".
    private static func isHanTail(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var starts = Array(spaceRun(s, from: start))
        for w in starts where w < s.count && s[w] == "·" { starts += Array(spaceRun(s, from: w + 1)) }
        for w in starts {
            var h = w
            while true {
                if isEnd(s, h) { return true }
                guard h - w < 7, h < s.count, Glyph.isHanScript(s[h]) || s[h] == "·" else { break }
                h += 1
            }
        }
        return false
    }

    /// `(?:(?<=民[国國])[0-9０-９]{2,4}|[0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日` from `start`; the end, or nil.
    /// Digit runs are taken whole: a shorter take leaves a digit where the
    /// pattern wants a space or a unit.
    ///
    /// A year of the Republic of China era, as Taiwan's papers print it, has
    /// two or three digits after "民国" or "民國" ("中华民国112年9月15日 星期五"),
    /// read as written even where the page's fold leaves 國 alone.
    private static func fullDate(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        let republicYear = start >= 2 && s[start - 2] == "民" && (s[start - 1] == "国" || s[start - 1] == "國")
        for (count, unit) in [(republicYear ? 2...4 : 4...4, "年"), (1...2, "月"), (1...2, "日")] as [(ClosedRange<Int>, Unicode.Scalar)] {
            let digitsStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            guard count.contains(i - digitsStart) else { return nil }
            i = skipSpaces(s, from: i)
            guard i < s.count, s[i] == unit else { return nil }
            i = skipSpaces(s, from: i + 1)
        }
        return i
    }

    /// `\s*` from `start`: every place it may stop.
    private static func spaceRun(_ s: [Unicode.Scalar], from start: Int) -> ClosedRange<Int> {
        start...skipSpaces(s, from: start)
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, SimpleScalars.isWhitespace(s[i]) { i += 1 }
        return i
    }

    /// ICU's `$` without multiline mode: the end, or just before a line
    /// terminator that ends the input.
    private static func isEnd(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if i == s.count { return true }
        if i == s.count - 2 { return s[i] == "\r" && s[i + 1] == "\n" }
        guard i == s.count - 1 else { return false }
        switch s[i] {
        case "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        switch s { case "0"..."9", "０"..."９": return true; default: return false }
    }

    private static func isPageNumeral(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || "一二三四五六七八九十".unicodeScalars.contains(s)
    }

    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s { case "A"..."Z", "a"..."z": return true; default: return false }
    }
}
