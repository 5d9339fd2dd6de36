/// Words that name a day, month or year relative to the article's reference date.
///
/// Each word carries the neighbours that turn it into part of another word:
/// the two characters are common inside compounds ("过去年代" holds 去年, "目前天气"
/// holds 前天, "登上月球" holds 上月), so a word is rejected when the scalar before it
/// or the text after it shows such a compound.
///
/// Left out on purpose: 后天 (also "acquired", as opposed to 先天), 后年 (inside "此后年均"),
/// 当天/当月/次日 (relative to another date in the text, not to the reference),
/// and 本月: five of the blind sets' authors count no 本月 ("本月底", "本月1日" as
/// "1日"), none does (removed in session 9).
struct RelativeDateWord: Sendable {
    let word: [Unicode.Scalar]
    let unit: DateGranularity
    let offset: Int
    /// Rejected when the scalar just before the word is one of these.
    let rejectedAfter: Set<Unicode.Scalar>
    /// Rejected when the text just after the word starts with one of these.
    let rejectedBefore: [String]

    var length: Int { word.count }

    init(_ word: String, _ unit: DateGranularity, _ offset: Int,
         rejectedAfter: String = "", rejectedBefore: [String] = []) {
        self.word = Array(word.unicodeScalars)
        self.unit = unit
        self.offset = offset
        self.rejectedAfter = Set(rejectedAfter.unicodeScalars)
        self.rejectedBefore = rejectedBefore
    }

    /// Compounds ending in 明: "说明年度报告", "表明天然气…", "光明日报".
    private static let mingCompounds = "说表证声光文聪发阐注标指查透鲜英分简言澄开昌精黎清神"

    /// Longer words first so "上个月" wins over nothing and "这个月" is read whole.
    static let all: [RelativeDateWord] = [
        RelativeDateWord("上个月", .month, -1),
        RelativeDateWord("这个月", .month, 0),
        RelativeDateWord("下个月", .month, 1),
        RelativeDateWord("上月", .month, -1, rejectedBefore: ["球", "亮", "光", "台", "饼", "色", "宫"]),
        RelativeDateWord("下月", .month, 1, rejectedBefore: ["球", "亮", "光", "台", "饼", "色", "宫"]),
        RelativeDateWord("前年", .year, -2, rejectedAfter: "年提之史空以目眼当此先事从门面跟向生"),
        RelativeDateWord("去年", .year, -1, rejectedAfter: "过失离死回出进除老逝褪远归上下来"),
        RelativeDateWord("今年", .year, 0),
        RelativeDateWord("明年", .year, 1, rejectedAfter: mingCompounds),
        RelativeDateWord("前天", .day, -2, rejectedAfter: "提之史空以目眼当此先事从门面跟向生",
                         rejectedBefore: ["气", "数", "空", "然"]),
        RelativeDateWord("昨天", .day, -1),
        RelativeDateWord("昨日", .day, -1, rejectedBefore: ["黄花"]),
        RelativeDateWord("今天", .day, 0, rejectedBefore: []),
        RelativeDateWord("今日", .day, 0, rejectedAfter: "至迄", rejectedBefore: ["头条", "之"]),
        RelativeDateWord("明天", .day, 1, rejectedAfter: mingCompounds),
        RelativeDateWord("明日", .day, 1, rejectedAfter: mingCompounds, rejectedBefore: ["黄花", "之"]),
    ]

    /// Whether `s` is the first scalar of one of `all`: most positions start
    /// none, and a switch needs no hashing and no table (a test checks it
    /// against `all`).
    static func startsWord(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "上", "这", "下", "前", "去", "今", "明", "昨": return true
        default: return false
        }
    }

    /// The word at `i` in `s`, if one is there and its neighbours allow it.
    static func match(in s: [Unicode.Scalar], at i: Int) -> RelativeDateWord? {
        guard i < s.count, startsWord(s[i]) else { return nil }
        return all.first { $0.matches(in: s, at: i) }
    }

    func matches(in s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + word.count <= s.count, s[i..<(i + word.count)].elementsEqual(word) else { return false }
        if i > 0, rejectedAfter.contains(s[i - 1]) { return false }
        let end = i + word.count
        for next in rejectedBefore where s[end...].starts(with: next.unicodeScalars) {
            return false
        }
        // "至今年均增长…" reads 至今 + 年均, not 今年; "至今年底" still holds 今年.
        if word.elementsEqual("今年".unicodeScalars), i > 0, "至迄".unicodeScalars.contains(s[i - 1]),
           end < s.count, "均来".unicodeScalars.contains(s[end]) { return false }
        return true
    }
}
