/// `HeadStackRule`: three head lines with no blank line between them are a
/// two-line headline with a kicker or a deck glued to it, when one line
/// stands apart by its length:
/// - a first line much shorter than the two under it is a kicker ("非遗" /
///   "蔚县剪纸作品展" / "在省博物院开幕");
/// - a last line much longer than the two above it is a deck ("地铁6号线二期" /
///   "月底前全线“电通”" / "联调联试后将择机开通试运营"): decks are set smaller,
///   to a longer measure.
/// Counter-cases: lines of about one length are one headline wrapped twice
/// ("工业生产稳步回升" / "服务业加快恢复" / "经济运行持续向好"; "强降雨袭击" /
/// "德国比利时部分地区" / "多处村镇被淹"), and so are two-line blocks, which
/// on every page set but a few are one headline. Only lines without any
/// punctuation are heads; running text always has some within three lines.
enum HeadStackRule {
    static let name = "HeadStackRule"
    /// A kicker is at most this share of the shorter headline line.
    static let kickerRatio = 0.6
    /// A deck is at least this multiple of the longer headline line.
    static let deckRatio = 1.3

    /// Where to cut the lines of a block: 1 after a kicker, 2 before a deck, or nil.
    static func cut(_ lines: [PageLine]) -> Int? {
        guard lines.count == 3, lines.allSatisfy({ !Glyph.hasClausePunctuation($0.text) && !$0.text.endsSentence }) else { return nil }
        let widths = lines.map(\.width)
        if widths[0] <= kickerRatio * min(widths[1], widths[2]) { return 1 }
        if widths[2] >= deckRatio * max(widths[0], widths[1]) { return 2 }
        return nil
    }
}
