/// `ArticleBoundaryRule`'s news-lead pattern, matched by hand:
///
/// `日前|近日|近期|昨日|昨天|今天|今日|本月|上周|日电|获悉|了解到|(?<![诉对向跟受给])记者(?![:：])|截至|显示|据[^，。]{1,12}(?:介绍|报道|统计|消息)|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日|[0-9０-９]{1,2}日`
///
/// "记者" counts unless it labels an interviewer's turn ("记者：…") or is
/// the one spoken to ("告诉记者", "对记者说", "向记者介绍", "接受记者采访"):
/// a lead has the reporter find things out, a later paragraph quotes people
/// talking to the reporter.
///
/// It was a regular expression (kept in `LeadCuePatternTests` as the
/// reference), run on the opening of many paragraphs of every page. Only
/// whether it occurs anywhere matters, so each alternative is tested on its
/// own, on scalars, as ICU reads the pattern.
enum LeadCuePattern {
    private static let words = ["日前", "近日", "近期", "昨日", "昨天", "今天", "今日", "本月", "上周", "日电", "获悉", "了解到", "记者",
                                "截至", "显示"].map { Array($0.unicodeScalars) }
    private static let reporter = Array("记者".unicodeScalars)
    /// Scalars before "记者" that make the reporter the one addressed.
    private static let addressMarks: Set<Unicode.Scalar> = ["诉", "对", "向", "跟", "受", "给"]
    private static let sourceWords = ["介绍", "报道", "统计", "消息"].map { Array($0.unicodeScalars) }

    /// Whether the pattern matches somewhere in `s`.
    static func occurs(in s: [Unicode.Scalar]) -> Bool {
        for i in s.indices {
            switch s[i] {
            case "据" where attributed(s, from: i + 1): return true
            case "月" where i > 0 && isNumeral(s[i - 1]) && numeralsThenDay(s, from: i + 1): return true
            case "日" where i > 0 && isDigit(s[i - 1]): return true
            default: break
            }
            if let word = words.first(where: { s[i...].starts(with: $0) }) {
                let next = i + word.count
                if word != reporter { return true }
                let spokenTo = i > 0 && addressMarks.contains(s[i - 1])
                if !spokenTo, next == s.count || (s[next] != ":" && s[next] != "：") { return true }
            }
        }
        return false
    }

    /// `[^，。]{1,12}(?:介绍|报道|统计|消息)` from `start`: a source word after
    /// one to twelve scalars, none of them "，" or "。".
    private static func attributed(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < s.count, end - start < 12, s[end] != "，", s[end] != "。" {
            end += 1
            if sourceWords.contains(where: { s[end...].starts(with: $0) }) { return true }
        }
        return false
    }

    /// `[N]{1,3}日` from `start`. 日 is no numeral, so only the whole run can end at it.
    private static func numeralsThenDay(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        var end = start
        while end < s.count, isNumeral(s[end]) { end += 1 }
        return (1...3).contains(end - start) && end < s.count && s[end] == "日"
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        switch s { case "0"..."9", "０"..."９": return true; default: return false }
    }

    private static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "0"..."9", "０"..."９", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }
}
