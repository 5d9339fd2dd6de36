/// `BylineRule`'s dateline pattern, matched by hand:
///
/// `^(?:(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日)?电|本报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日讯|(?:新华社|中新社)\p{Han}{2,5}?电(?=\s|[（(])|本报\p{Han}{2,5}?[电讯](?=\s|[（(])|本报讯|新华网讯|人民网讯|\p{Han}{1,7}?报\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月\s?[0-9０-９一二三四五六七八九十]{1,3}日[电讯](?=\s|[（(])|\p{Han}{1,7}?报讯(?=\s|[（(])|[（(](?:中央社\p{Han}{0,11}?|\p{Han}{2,6}?)(?:[0-9０-９一二三四五六七八九十]{1,2}月\s?)?[0-9０-９一二三四五六七八九十]{1,3}日(?:综合)?[讯电][）)])(?:\s*[（(][^）)]{0,30}[）)])?`
///
/// The second alternative is the paper's own dated bulletin, "本报北京5月11日讯";
/// the last two, another paper's dated dateline (`paperDatedEnd`) and its
/// bulletin (`paperBulletinEnd`).
///
/// The third alternative is a dateline with a place and no date,
/// "新华社日内瓦电 …", "本报贵阳电 （记者 苏钰）", "本报东营讯（记者 王凯）": it must be followed by a space or a credit, so that a
/// body line "新华社记者从国家电网…" is not read as one.
///
/// It was a regular expression (kept in `BylineShortcutsTests` as the
/// reference); every paragraph that opens with an agency's name was bridged
/// to `NSString` and ICU several times. Read the ICU way, on scalars: `\s` is
/// White_Space, `\p{Han}` the Han script. The match is the one the regex's
/// backtracking finds first; where the pattern could split a text in several
/// ways, the notes below say why only one split can succeed.
enum DatelinePattern {
    private static let agencies = ["新华社", "本报", "中新社", "人民日报", "央视", "中央广播电视总台"].map { Array($0.unicodeScalars) }
    private static let paper = Array("本报".unicodeScalars)
    private static let bulletins = ["本报讯", "新华网讯", "人民网讯"].map { Array($0.unicodeScalars) }

    /// The number of scalars the pattern matches at the start of `s`, or nil.
    static func match(_ s: [Unicode.Scalar]) -> Int? {
        if s.first == "据" { return attributedMatch(s) }
        guard let opening = openingEnd(s) else { return nil }
        return creditEnd(s, from: opening)
    }

    /// `^据(?:…the alternation…)(?=\s|[（(])` and the credit: a reprinted
    /// item, "据新华社里约热内卢电 巴西…". The space or bracket after it is
    /// required: "据新华社电，…" is a sentence.
    private static func attributedMatch(_ s: [Unicode.Scalar]) -> Int? {
        let rest = Array(s.dropFirst())
        // Like the regex, every way the alternation can end is tried against the lookahead.
        let followed = { (end: Int) in
            end < rest.count && (SimpleScalars.isWhitespace(rest[end]) || rest[end] == "（" || rest[end] == "(")
        }
        guard let opening = openingEnd(rest, accepting: followed) else { return nil }
        return creditEnd(s, from: opening + 1)
    }

    /// The alternation: an agency with an optional date and 电, else a bulletin word.
    /// - Parameter accepting: what must hold after the match (a lookahead);
    ///   the first end, in the regex's order, that passes is taken.
    private static func openingEnd(_ s: [Unicode.Scalar], accepting: (Int) -> Bool = { _ in true }) -> Int? {
        for agency in agencies where s.starts(with: agency) {
            if let end = datedEnd(s, from: agency.count, mark: "电", accepting: accepting) ?? undatedEnd(s, from: agency.count, accepting: accepting) {
                return end
            }
            if agency == paper, let end = datedEnd(s, from: agency.count, mark: "讯", accepting: accepting) { return end }
        }
        for agency in placeAgencies where s.starts(with: agency) {
            if let end = placeEnd(s, from: agency.count, bulletin: agency == paper), accepting(end) { return end }
        }
        for bulletin in bulletins where s.starts(with: bulletin) && accepting(bulletin.count) { return bulletin.count }
        if let end = paperDatedEnd(s, accepting: accepting) { return end }
        if let end = paperBulletinEnd(s, accepting: accepting) { return end }
        if let end = bracketedEnd(s, accepting: accepting) { return end }
        return nil
    }

    /// `[（(]\p{Han}{2,6}?(?:N{1,2}月\s?)?N{1,3}日(?:综合)?[讯电][）)]`: the
    /// bracketed dateline of Chinese-language papers abroad, "（吉隆坡17日讯）",
    /// "（新加坡17日综合电）", "（曼谷1月17日讯）": a place, a date (often the
    /// day alone) and 讯 or 电, all in brackets. Taiwan's Central News Agency
    /// names its reporter inside them, "（中央社记者吕佳蓉台北20日电）": up to
    /// `cnaLongest` Han characters before the date, 中央社 included.
    private static func bracketedEnd(_ s: [Unicode.Scalar], accepting: (Int) -> Bool) -> Int? {
        guard let open = s.first, open == "（" || open == "(" else { return nil }
        let longest = s.dropFirst().starts(with: cna) ? cnaLongest : 6
        var han = 2
        while han <= longest, han < s.count, (1...han).allSatisfy({ Glyph.isHanScript(s[$0]) }) {
            for date in [dateEnd(s, from: 1 + han), dayEnd(s, from: 1 + han)] {
                guard let date else { continue }
                let compiled = date + 1 < s.count && s[date] == "综" && s[date + 1] == "合" ? [date + 2, date] : [date]
                for mark in compiled where mark + 1 < s.count && (s[mark] == "讯" || s[mark] == "电") {
                    let close = s[mark + 1]
                    if close == "）" || close == ")", accepting(mark + 2) { return mark + 2 }
                }
            }
            han += 1
        }
        return nil
    }

    private static let cna = Array("中央社".unicodeScalars)
    /// 中央社, 记者, a name of up to four characters and a place of up to five.
    static let cnaLongest = 14

    /// `N{1,3}日` from `start`.
    private static func dayEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        numeralsEnd(s, from: start, most: 3, unit: "日")
    }

    /// `\p{Han}{1,7}?报讯(?=\s|[（(])`: another paper's bulletin, "临州日报讯
    /// （记者 朱辰）", "江城晚报讯 …": its name (the shortest run of Han ending
    /// in 报), 讯, then a space or a credit, so that a sentence ("…晚报讯息") is
    /// none.
    private static func paperBulletinEnd(_ s: [Unicode.Scalar], accepting: (Int) -> Bool) -> Int? {
        var name = 1
        while name <= 7, name + 2 < s.count, Glyph.isHanScript(s[name - 1]) {
            if s[name] == "报", s[name + 1] == "讯" {
                let end = name + 2
                if SimpleScalars.isWhitespace(s[end]) || s[end] == "（" || s[end] == "(", accepting(end) { return end }
            }
            name += 1
        }
        return nil
    }

    /// `\p{Han}{1,7}?报\p{Han}{0,8}?N{1,2}月N{1,3}日电(?=\s|[（(])`: another
    /// paper's dateline, "科技日报北京1月2日电 （记者 陆成宽）", "法治日报长沙6月13日电
    /// …": its name (the shortest run of Han ending in 报), a place and a date,
    /// then 电 and a space or a credit. The date is required, and so is what
    /// follows 电, so that a sentence ("海报上写着3月1日电影节开幕") is none.
    /// Its dated bulletin ends in 讯 the same way ("欧华日报巴黎10月7日讯 （记者 林静）").
    private static func paperDatedEnd(_ s: [Unicode.Scalar], accepting: (Int) -> Bool) -> Int? {
        var name = 1
        while name <= 7, name < s.count, Glyph.isHanScript(s[name - 1]) {
            if s[name] == "报" {
                let followed = { (end: Int) in
                    end < s.count && (SimpleScalars.isWhitespace(s[end]) || s[end] == "（" || s[end] == "(") && accepting(end)
                }
                if let end = datedEnd(s, from: name + 1, mark: "电", accepting: followed) { return end }
                if let end = datedEnd(s, from: name + 1, mark: "讯", accepting: followed) { return end }
            }
            name += 1
        }
        return nil
    }

    private static let placeAgencies = ["新华社", "中新社", "本报"].map { Array($0.unicodeScalars) }

    /// `\p{Han}{2,5}?电(?=\s|[（(])` from `start`: the shortest run of two to
    /// five Han scalars followed by 电 and then a space or an opening bracket;
    /// for the paper's own bulletins also 讯 ("本报东营讯（记者 王凯）").
    private static func placeEnd(_ s: [Unicode.Scalar], from start: Int, bulletin: Bool) -> Int? {
        var han = 0
        while han < 5, start + han < s.count, Glyph.isHanScript(s[start + han]) {
            han += 1
            let end = start + han
            guard han >= 2, end + 1 < s.count, s[end] == "电" || (bulletin && s[end] == "讯") else { continue }
            let next = s[end + 1]
            if SimpleScalars.isWhitespace(next) || next == "（" || next == "(" { return end + 1 }
        }
        return nil
    }

    /// `\p{Han}{0,8}?N{1,2}月N{1,3}日` then `mark` from `start`, with as few
    /// Han scalars before the date as will do: "北京7月1日电" (`mark` 电), or the
    /// paper's own dated bulletin "北京5月11日讯" (`mark` 讯, tried after its
    /// dated 电 as the regex's alternation would).
    private static func datedEnd(_ s: [Unicode.Scalar], from start: Int, mark: Unicode.Scalar, accepting: (Int) -> Bool) -> Int? {
        var han = 0
        while han <= 8 {
            if let end = dateEnd(s, from: start + han), end < s.count, s[end] == mark, accepting(end + 1) { return end + 1 }
            guard start + han < s.count, Glyph.isHanScript(s[start + han]) else { break }
            han += 1
        }
        return nil
    }

    /// 电 right after the agency: the date group of `(?:…)?电` left out.
    private static func undatedEnd(_ s: [Unicode.Scalar], from start: Int, accepting: (Int) -> Bool) -> Int? {
        start < s.count && s[start] == "电" && accepting(start + 1) ? start + 1 : nil
    }

    /// `N{1,2}月\s?N{1,3}日` from `start`. 月 and 日 are no numerals, so each run
    /// can only end where the greedy take ends it.
    private static func dateEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard var i = numeralsEnd(s, from: start, most: 2, unit: "月") else { return nil }
        // "3月 25日": the extraction may set a space after the month.
        if i + 1 < s.count, SimpleScalars.isWhitespace(s[i]), isNumeral(s[i + 1]) { i += 1 }
        return dayEnd(s, from: i)
    }

    /// `N{1,most}` then `unit` from `start`: the end past the unit, or nil.
    private static func numeralsEnd(_ s: [Unicode.Scalar], from start: Int, most: Int, unit: Unicode.Scalar) -> Int? {
        var i = start
        while i < s.count, i - start < most, isNumeral(s[i]) { i += 1 }
        guard i > start, i < s.count, s[i] == unit else { return nil }
        return i + 1
    }

    /// `(?:\s*[（(][^）)]{0,30}[）)])?` from `end`: a credit whose first
    /// closing bracket comes within 30 scalars of its opening one.
    private static func creditEnd(_ s: [Unicode.Scalar], from end: Int) -> Int {
        var open = end
        while open < s.count, SimpleScalars.isWhitespace(s[open]) { open += 1 }
        guard open < s.count, s[open] == "（" || s[open] == "(" else { return end }
        var close = open + 1
        while close < s.count, close - (open + 1) < 30, s[close] != "）", s[close] != ")" { close += 1 }
        guard close < s.count, s[close] == "）" || s[close] == ")" else { return end }
        return close + 1
    }

    private static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "0"..."9", "０"..."９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }
}
