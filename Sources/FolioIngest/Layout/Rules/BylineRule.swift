import Foundation

/// `BylineRule`: bylines and datelines open articles.
///
/// Forms recognised at the start of a line:
/// - agency or paper datelines ending in 电: "新华社电", "新华社北京7月1日电",
///   "本报北京5月12日电", "中新社上海3月2日电", optionally followed by a
///   parenthesised reporter credit "（记者 王晓明）";
/// - "本报讯", optionally with the same credit;
/// - a reporter line "本报记者 何畅" / "新华社记者 张三 李四" /
///   "本报驻上海记者 王五": reporter
///   names separated by spaces and nothing else on the line.
///
/// The byline is cut from the paragraph it opens ("新华社电 国家主席习近平"
/// gives byline "新华社电" and a paragraph starting "国家主席习近平"); a credit
/// that wrapped onto the next line is found in the joined paragraph text.
enum BylineRule {
    static let name = "BylineRule"

    /// Dateline ending in 电 or 讯, with optional reporter credit.
    private static let dateline = try! NSRegularExpression(pattern:
        #"^(?:(?:新华社|本报|中新社|人民日报|央视|中央广播电视总台)(?:\p{Han}{0,8}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)?电|本报讯|新华网讯|人民网讯)(?:\s*[（(][^）)]{0,30}[）)])?"#)
    /// Reporter line: "本报记者 何畅", "新华社记者 张三 李四", "本报通讯员 王五".
    private static let reporterLine = try! NSRegularExpression(pattern:
        #"^(?:本报|新华社|人民日报|中新社)?(?:驻\p{Han}{1,6})?(?:特约)?(?:记者|通讯员)(?:\s+[\p{Han}·]{2,4})+(?:\s*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?(?:\s+[\p{Han}·]{2,4})+)*$"#)

    /// Whether a line starts with a byline.
    static func opensLine(_ line: String) -> Bool { prefix(of: line) != nil }

    /// Whether the line is a reporter line and nothing else ("本报记者 何畅").
    ///
    /// A dateline alone on a line ("新华社北京4月11日电") is not: datelines run
    /// into their paragraph, and the line break may fall just before the
    /// credit "（记者 王晓明）" on the next line.
    static func isWholeLine(_ line: String) -> Bool {
        let range = NSRange(line.startIndex..., in: line)
        guard let m = reporterLine.firstMatch(in: line, range: range), let r = Range(m.range, in: line) else { return false }
        return line[r].count == line.count
    }

    /// The byline at the start of `text`, as written (trimmed), or nil.
    static func prefix(of text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let m = reporterLine.firstMatch(in: text, range: range), let r = Range(m.range, in: text) {
            return String(text[r]).trimmingWhitespace
        }
        if let m = dateline.firstMatch(in: text, range: range), let r = Range(m.range, in: text) {
            return String(text[r]).trimmingWhitespace
        }
        return nil
    }

    /// Splits an opening paragraph into byline and remaining text.
    static func split(_ text: String) -> (byline: String, rest: String)? {
        guard let byline = prefix(of: text) else { return nil }
        let rest = String(text.dropFirst(byline.count)).trimmingWhitespace
        return (byline, rest)
    }
}
